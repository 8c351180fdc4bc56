"""Load on the local stack: N concurrent calls from the Genesys emulator through the listener,
queues and Lambdas to the gateway emulator.

Prints end-to-end latency percentiles (the emulator sending an utterance -> the gateway
receiving it), separately for batches that were full (size-triggered flushes: at least
FLUSH_SIZE segments, more when utterances arrived while the flush was queued) and the rest
(age-triggered or end-of-call), throughput, and AWS requests per utterance. Everything is on
one 2-core machine with the moto server, so the figures compare runs, not deployments.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import threading
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import first_calls  # noqa: E402

from infra.local.embedded_stack import EmbeddedStack  # noqa: E402
from infra.local.emulators.genesys import GenesysEmulator  # noqa: E402
from transcript_pipeline.core.aws import RequestCounter, client  # noqa: E402
from transcript_pipeline.ingress.listener import Listener, ListenerOptions  # noqa: E402
from transcript_pipeline.ingress.publisher import EventPublisher  # noqa: E402

CALLS = int(os.environ.get("LOAD_CALLS", "20"))
FLUSH_SIZE = 6


def percentiles(values: list[float]) -> str:
    if not values:
        return "none"
    q = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else values * 99
    return f"p50 {q[49]:.2f} s, p90 {q[89]:.2f} s, p99 {q[98]:.2f} s (n={len(values)})"


def main() -> None:
    warnings.filterwarnings("ignore")  # Powertools' "no metrics to publish", once per batch
    calls = first_calls(CALLS)
    total = sum(len(c) for c in calls)
    settings = {"FLUSH_SIZE": str(FLUSH_SIZE), "MAX_BATCH_AGE_SECONDS": "5",
                "POWERTOOLS_LOG_LEVEL": "ERROR"}
    with EmbeddedStack(name="load", settings=settings) as stack:
        counter = RequestCounter().attach(client("sqs"), client("dynamodb"), client("events"),
                                          stack.runner.sqs)
        genesys = GenesysEmulator(calls, per_message=2, interval=0.05)
        api = genesys.api()
        listener_sqs = stack.server.client("sqs")
        counter.attach(listener_sqs)
        listener = Listener(api, EventPublisher(listener_sqs, stack.events_queue),
                            ListenerOptions(queue_ids=[genesys.queue_id]))
        stop = threading.Event()
        thread = threading.Thread(target=listener.run, args=(stop,), daemon=True)
        started = time.monotonic()
        thread.start()
        gateway = stack.gateway
        assert gateway is not None
        stack.wait_until(
            lambda: sum(len(r.body["messages"]) - 1 for r in gateway.accepted()) >= total,
            900, "every utterance at the gateway")
        elapsed = time.monotonic() - started
        stop.set()
        thread.join(timeout=30)
        genesys.stop()
        full, other = [], []
        order = {c[0]["conversation_id"]: [r["utterance_id"] for r in c] for c in calls}
        for received in gateway.accepted():
            cid = received.conversation_id
            first, last = received.seq_range
            bucket = full if last - first + 1 >= FLUSH_SIZE else other
            for seq in range(first, last + 1):
                sent = genesys.sent_at.get((cid, order[cid][seq - 1]))
                if sent is not None:
                    bucket.append(received.at - sent)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print(f"load: {len(calls)} concurrent calls, {total} utterances in {elapsed:.1f} s = "
          f"{total / elapsed:.1f} utterances/s end to end")
    print(f"latency, size-triggered batches (>= {FLUSH_SIZE} segments): {percentiles(full)}")
    print(f"latency, age-triggered and end-of-call batches: {percentiles(other)}")
    print(f"AWS requests per utterance (listener, Lambdas, runner): "
          f"{counter.total / total:.2f}")


if __name__ == "__main__":
    main()
