"""Capacity and cost model: what 1,000, 10,000 and 50,000 concurrent calls ask of each part,
against the quota that part runs into first, and what they cost at list prices.

Nothing here talks to AWS: the inputs are figures measured on the local stack (requests per
utterance from `bench/pipeline.py`, the engine's time per utterance from `bench/redaction.py`,
the listener's events/s per task from `bench/listener.py`) and stated assumptions (how often a
caller speaks, how long a call lasts, AWS call latencies, the gateway's answer time), each a
flag. The README's "Scaling" section is this script's output with the template defaults and
with the parameters it tells an operator to set:

    .venv/bin/python bench/capacity.py                 # the template defaults
    .venv/bin/python bench/capacity.py --redact-concurrency 150 --flush-concurrency 800 \\
        --flush-size 20 --listener-shards 2            # what the README sets for 10,000 calls
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass

LOADS = (1_000, 10_000, 50_000)
TARGET = 0.70  # a part is fine below 70% of its quota
PRICES_AS_OF = "AWS list prices, us-east-1, as published in 2025 (model run 2026-12-02)"
PRICE = {  # USD
    "sqs_fifo_per_million": 0.50,
    "lambda_gb_second": 0.0000166667,  # x86; arm64 is 20% less
    "lambda_per_million": 0.20,
    "ddb_write_unit_per_million": 0.625,  # on-demand
    "ddb_read_unit_per_million": 0.125,
    "events_per_million": 1.00,
    "fargate_vcpu_hour": 0.04048,
    "fargate_gb_hour": 0.004445,
    "logs_ingest_per_gb": 0.50,
}
QUOTA = {
    # SQS FIFO, high-throughput mode (the template's DeduplicationScope/FifoThroughputLimit):
    # API calls per second per action; 9,000 is the lowest regional figure (us-east-1, us-west-2
    # and eu-west-1 allow 70,000). A SendMessageBatch of ten is one call.
    "fifo_calls_per_action": 9_000,
    "lambda_concurrency": 1_000,  # account default, adjustable
    "ddb_table_write_units": 40_000,  # on-demand table default, adjustable
    "ddb_partition_write_units": 1_000,  # per partition, index partitions too
    "genesys_channels_per_client": 20,
    "genesys_topics_per_channel": 1_000,
    "genesys_requests_per_minute_per_token": 300,  # Genesys' default per OAuth token
}


@dataclass
class Inputs:
    seconds_between_utterances: float  # per call, both speakers
    call_minutes: float  # average handle time
    engine_ms: float  # redaction per utterance (bench/redaction.py)
    aws_call_ms: float  # one DynamoDB or SQS call from Lambda, in region
    gateway_seconds: float  # the LLM gateway's answer to one batch
    flush_size: int
    redact_batch: int
    redact_concurrency: int
    flush_concurrency: int
    sweep_shards: int
    listener_tasks: int
    listener_shards: int  # deployments, each its own OAuth client and queues
    listener_events_per_second: float  # one task's ceiling (bench/listener.py)
    item_kb: float  # the session item a redact step writes
    memory_mb: int


def model(calls: int, i: Inputs) -> list[tuple[str, float, float, str]]:
    """(part, demand, quota, unit) for each part at `calls` concurrent calls."""
    events = calls / i.seconds_between_utterances
    batches = events / i.flush_size
    starts = calls / (i.call_minutes * 60)
    per_shard_calls = calls / i.listener_shards
    per_task_channels = (QUOTA["genesys_channels_per_client"] // i.listener_tasks) - 1
    # redact: GetItem + UpdateItem per record, a flush request every flush_size records
    redact_seconds = i.engine_ms / 1000 + (2 + 1 / i.flush_size) * i.aws_call_ms / 1000
    redact_busy = events * redact_seconds
    # flush: lease, read, the gateway, confirm, publish
    flush_busy = batches * (i.gateway_seconds + 4 * i.aws_call_ms / 1000)
    # subscription requests per task: new calls' topics once a second per channel that gets
    # them (one, mostly), ended ones every 10 s per channel that lost some
    channels_in_use = min(per_task_channels, math.ceil(per_shard_calls / 1000))
    subscribe_per_minute = min(60, starts / i.listener_shards * 60) + 6 * channels_in_use
    return [
        ("events queue sends (calls/s, per task)", events / i.listener_shards / 10,
         QUOTA["fifo_calls_per_action"], "SendMessageBatch/s"),
        ("events queue receives (Lambda poller)", events / i.redact_batch,
         QUOTA["fifo_calls_per_action"], "ReceiveMessage/s"),
        ("redact Lambda concurrency (MaximumConcurrency)", redact_busy,
         i.redact_concurrency, "busy instances"),
        ("flush Lambda concurrency (MaximumConcurrency)", flush_busy,
         i.flush_concurrency, "busy instances"),
        ("account Lambda concurrency", redact_busy + flush_busy,
         QUOTA["lambda_concurrency"], "instances"),
        ("session table writes", events * math.ceil(i.item_kb) + batches * 2 * math.ceil(
            i.item_kb), QUOTA["ddb_table_write_units"], "WRU/s"),
        ("pending index, hottest shard", batches * 2 / i.sweep_shards,
         QUOTA["ddb_partition_write_units"], "writes/s"),
        ("listener task CPU", events / i.listener_shards,
         i.listener_events_per_second, "events/s"),
        ("Genesys topics per OAuth client", per_shard_calls,
         per_task_channels * QUOTA["genesys_topics_per_channel"], "topics"),
        ("Genesys API requests per token", subscribe_per_minute,
         QUOTA["genesys_requests_per_minute_per_token"], "requests/min"),
    ]


def cost_per_1000_call_minutes(calls: int, i: Inputs) -> dict[str, float]:
    """USD for 1,000 minutes of calls (60,000 call-seconds) in a centre of `calls` concurrent
    calls (only the listener's share depends on it: its tasks run whatever the load)."""
    utterances = 60_000 / i.seconds_between_utterances
    batches = utterances / i.flush_size
    gb = i.memory_mb / 1024
    sqs_requests = (utterances / 10 * i.listener_tasks  # listener sends, every task
                    + utterances / i.redact_batch * 2  # Lambda receives and deletes
                    + batches * 3)  # flush requests: send, receive, delete
    redact_seconds = i.engine_ms / 1000 + (2 + 1 / i.flush_size) * i.aws_call_ms / 1000
    lambda_gb_s = (utterances * redact_seconds + batches * (i.gateway_seconds + 0.02)) * gb
    invocations = utterances / i.redact_batch + batches
    task_hours = i.listener_tasks * i.listener_shards * (1000 / calls) / 60
    return {
        "SQS FIFO": sqs_requests / 1e6 * PRICE["sqs_fifo_per_million"],
        "Lambda (x86; the flush waits on the gateway)": lambda_gb_s * PRICE["lambda_gb_second"]
        + invocations / 1e6 * PRICE["lambda_per_million"],
        "DynamoDB on-demand": (utterances + batches * 2) * math.ceil(i.item_kb) / 1e6
        * PRICE["ddb_write_unit_per_million"]
        + utterances * 2 / 1e6 * PRICE["ddb_read_unit_per_million"],
        "EventBridge answers": batches / 1e6 * PRICE["events_per_million"],
        "Fargate listener tasks (0.5 vCPU, 1 GB each)": task_hours
        * (0.5 * PRICE["fargate_vcpu_hour"] + PRICE["fargate_gb_hour"]),
        "CloudWatch Logs (~0.4 KB a record)": (utterances + batches) * 0.4 / 1e6
        * PRICE["logs_ingest_per_gb"],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add = parser.add_argument
    add("--seconds-between-utterances", type=float, default=2.0)
    add("--call-minutes", type=float, default=6.0)
    add("--engine-ms", type=float, default=0.35, help="bench/redaction.py, this machine")
    add("--aws-call-ms", type=float, default=8.0, help="in-region DynamoDB/SQS call (assumed)")
    add("--gateway-seconds", type=float, default=2.0, help="LLM answer time (assumed)")
    add("--flush-size", type=int, default=10)
    add("--redact-batch", type=int, default=10)
    add("--redact-concurrency", type=int, default=20)
    add("--flush-concurrency", type=int, default=150)
    add("--sweep-shards", type=int, default=8)
    add("--listener-tasks", type=int, default=2)
    add("--listener-shards", type=int, default=1)
    add("--listener-events-per-second", type=float, default=5_000,
        help="one task into a counting stand-in (bench/listener.py)")
    add("--item-kb", type=float, default=4.0, help="session item with 10 pending segments")
    add("--memory-mb", type=int, default=512)
    args = vars(parser.parse_args(argv))
    i = Inputs(**args)
    print(f"inputs: {', '.join(f'{k}={v}' for k, v in args.items())}")
    print(f"quotas: {', '.join(f'{k}={v:,}' for k, v in QUOTA.items())}")
    for calls in LOADS:
        rows = model(calls, i)
        print(f"\n{calls:,} concurrent calls: {calls / i.seconds_between_utterances:,.0f} "
              f"utterances/s, {calls / (i.call_minutes * 60):,.1f} calls starting/s")
        print(f"  {'part':<48}{'demand':>12}{'quota':>12}{'use':>7}  unit")
        for part, demand, quota, unit in rows:
            flag = "" if demand <= TARGET * quota else "  <-- over 70%"
            print(f"  {part:<48}{demand:>12,.1f}{quota:>12,.0f}{demand / quota:>7.0%}  "
                  f"{unit}{flag}")
        first = max(rows, key=lambda r: r[1] / r[2])
        print(f"  first limit: {first[0]} at {first[1] / first[2]:.0%}")
    print(f"\nAWS cost per 1,000 call-minutes ({PRICES_AS_OF}; the LLM gateway not included):")
    table = {calls: cost_per_1000_call_minutes(calls, i) for calls in LOADS}
    print(f"  {'':<48}" + "".join(f"{f'{c:,} calls':>14}" for c in LOADS))
    for name in table[LOADS[0]]:
        print(f"  {name:<48}" + "".join(f"{f'${table[c][name]:.4f}':>14}" for c in LOADS))
    print(f"  {'total':<48}" + "".join(f"{f'${sum(table[c].values()):.4f}':>14}"
                                       for c in LOADS))


if __name__ == "__main__":
    main()
