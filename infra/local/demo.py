"""`make demo`: a few scripted calls through the whole pipeline on the embedded local stack.

The Genesys emulator replays the calls over its Notifications API; the listener discovers them,
subscribes to their transcripts and puts them on the FIFO events queue; AWS is the moto server
on loopback with the resources of template.yaml; the Lambdas run under the local event-source
runner; the LLM gateway is the local emulator unless LLM_GATEWAY_URL and LLM_API_KEY point at a
real one. At the end: a report, and one call side by side, as spoken and as the gateway
received it. Exit status 0 when every utterance was delivered, 1 otherwise (with the reason).
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import time
import warnings
from collections import Counter
from pathlib import Path

from pydantic import SecretStr

from transcript_pipeline.genesys_api import GenesysApi
from transcript_pipeline.listener import Listener, ListenerOptions
from transcript_pipeline.publisher import EventPublisher

from .gateway import Failure
from .genesys import GenesysEmulator
from .stack import LocalStack

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
SPEAKERS = {"INTERNAL": "agent", "EXTERNAL": "caller"}
DEMO_CALLS = 3  # from the dev corpus, after the bundled sample call
TIMEOUT = 90
PLACEHOLDER = re.compile(r"\[REDACTED_([A-Z_]+)\]")


def load_calls() -> list[list[dict]]:
    calls: dict[str, list[dict]] = {}
    for path, limit in ((DATA / "sample_call.jsonl", None), (DATA / "dev_corpus.jsonl",
                                                                DEMO_CALLS)):
        found: dict[str, list[dict]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if limit is not None and row["conversation_id"] not in found \
                    and len(found) >= limit:
                continue
            found.setdefault(row["conversation_id"], []).append(row)
        calls.update(found)
    return list(calls.values())


def delivered(stack: LocalStack) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for received in stack.gateway.accepted() if stack.gateway else []:
        cid = received.body["metadata"]["conversation_id"]
        out.setdefault(cid, []).extend(
            m["content"] for m in received.body["messages"] if m["role"] != "system")
    return out


def main() -> int:
    warnings.filterwarnings("ignore")
    calls = load_calls()
    total = sum(len(c) for c in calls)
    gateway_url = os.environ.get("LLM_GATEWAY_URL")
    print(f"Starting the local stack (moto server, template.yaml resources, "
          f"{'gateway ' + gateway_url if gateway_url else 'gateway emulator'}) ...", flush=True)
    started = time.monotonic()
    settings = {"FLUSH_SIZE": "8", "MAX_BATCH_AGE_SECONDS": "2", "RETRY_BASE_SECONDS": "1",
                "RETRY_MAX_SECONDS": "2",
                "POWERTOOLS_LOG_LEVEL": os.environ.get("DEMO_LOG_LEVEL", "WARNING")}
    with LocalStack(name="demo", settings=settings,
                    gateway_url=gateway_url, gateway_key=os.environ.get("LLM_API_KEY")) as stack:
        if stack.gateway:  # show a retry: the gateway says "too many requests" once
            stack.gateway.fail_next(Failure(status=429, retry_after="1"))
        genesys = GenesysEmulator(calls)
        api = GenesysApi("local", genesys.client_id, SecretStr(genesys.client_secret),
                         login_url=genesys.base_url, api_url=genesys.base_url)
        listener = Listener(api, EventPublisher(stack.sqs, stack.events_queue),
                            ListenerOptions(queue_ids=[genesys.queue_id]))
        stop = threading.Event()
        listening = threading.Thread(target=listener.run, args=(stop,), daemon=True)
        listening.start()
        print(f"Genesys emulator playing {len(calls)} calls ({total} utterances); "
              "the listener is subscribed.", flush=True)
        deadline = time.monotonic() + TIMEOUT
        done = shown = -1
        while time.monotonic() < deadline:
            if stack.gateway:
                done = sum(len(v) for v in delivered(stack).values())
            if done != shown:
                print(f"  forwarded {done}/{total} utterances", flush=True)
                shown = done
            if (done >= total or not stack.gateway) and stack.queue_depth("FlushQueueUrl") == 0 \
                    and stack.queue_depth("EventsQueueUrl") == 0:
                break
            time.sleep(0.5)
        stop.set()
        listening.join(timeout=10)
        genesys.stop()
        return report(stack, calls, total, time.monotonic() - started)


def report(stack: LocalStack, calls: list[list[dict]], total: int, elapsed: float) -> int:
    got = delivered(stack)
    entities: Counter[str] = Counter(  # counted in what the gateway received
        m.group(1) for texts in got.values() for text in texts
        for m in PLACEHOLDER.finditer(text))
    received = stack.gateway.received if stack.gateway else []
    retries = sum(1 for r in received if r.outcome.startswith("failed"))
    dlq = {name: stack.queue_depth(name) for name in ("EventsDeadLetterQueueUrl",
                                                      "FlushDeadLetterQueueUrl")}
    forwarded = sum(len(v) for v in got.values())
    print(f"\nReport ({elapsed:.0f} s)")
    print(f"  calls {len(calls)}, utterances {total}, forwarded {forwarded}")
    print("  PII replaced: " + ", ".join(f"{t} {n}" for t, n in sorted(entities.items())))
    print(f"  batches forwarded {len(stack.gateway.accepted()) if stack.gateway else '?'}, "
          f"gateway failures retried {retries}")
    print(f"  dead letters: events {dlq['EventsDeadLetterQueueUrl']}, "
          f"flush {dlq['FlushDeadLetterQueueUrl']}")
    if stack.gateway and got:
        call = calls[0]
        sent = got.get(call[0]["conversation_id"], [])
        print(f"\nOne call side by side ({call[0]['conversation_id']}):")
        for row, text in zip(call, sent, strict=False):
            speaker = SPEAKERS.get(row["channel"], "?")
            print(f"  {speaker:>6} said   : {row['text']}")
            print(f"  {'':>6} gateway: {text}")
    if not stack.gateway:
        print("\nA real gateway was used: check its side for what it received.")
        return 0 if not any(dlq.values()) else 1
    if forwarded != total or any(dlq.values()):
        print(f"\nNOT everything was delivered: {forwarded}/{total} forwarded, "
              f"dead letters {dlq}", file=sys.stderr)
        return 1
    print("\nEvery utterance was delivered once, in order, with personal data replaced.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
