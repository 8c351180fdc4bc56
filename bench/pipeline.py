"""The serverless pipeline on the local stack: AWS requests per final utterance, and the
import time (cold start) of each Lambda handler module.

Requests are counted with a botocore hook on every client that touches AWS: the handlers'
and the local event-source runner's (its receives and deletes are what Lambda's mapping
would make; polls that return nothing are idle time, not counted). The moto server is slow
with long FIFO queues, so events are fed as a listener would, a few batches ahead.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cold_start import import_time  # noqa: E402

from infra.local.embedded_stack import EmbeddedStack  # noqa: E402
from tests.integration.helpers import event_bodies, forwarded_count, load_rows  # noqa: E402
from transcript_pipeline.core.aws import RequestCounter, client  # noqa: E402

CONVERSATIONS = 40


def requests_per_utterance() -> None:
    rows = load_rows(ROOT / "tests" / "data" / "dev_corpus.jsonl", CONVERSATIONS)
    bodies = event_bodies(rows)
    settings = {"FLUSH_SIZE": "10", "MAX_BATCH_AGE_SECONDS": "2", "POWERTOOLS_LOG_LEVEL": "ERROR"}
    with EmbeddedStack(name="bench", settings=settings) as stack:
        counter = RequestCounter().attach(client("sqs"), client("dynamodb"), client("events"),
                                          stack.runner.sqs)
        started = time.monotonic()
        for start in range(0, len(bodies), 10):
            while stack.queue_depth("EventsQueueUrl") > 40:
                time.sleep(0.05)
            stack.send_events(bodies[start:start + 10])
        stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 900, "all forwarded")
        stack.wait_until(lambda: stack.queue_depth("FlushQueueUrl") == 0, 120, "flushes done")
        elapsed = time.monotonic() - started
    print(f"pipeline: {len(rows)} final utterances of {CONVERSATIONS} calls in {elapsed:.1f} s "
          "(moto server on loopback)")
    print(f"AWS requests: {counter.total}, per final utterance {counter.total / len(rows):.2f} "
          "(budget 3)")
    for name, count in counter.counts.most_common():
        print(f"  {name:<32}{count:>7}{count / len(rows):>8.2f}")


def main() -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    for function in ("redact", "flush"):
        seconds = import_time("app", ROOT / "functions" / function, runs=5)
        print(f"cold start: import functions/{function}/app.py: {seconds * 1000:.0f} ms "
              "(budget 300 ms)")
    requests_per_utterance()


if __name__ == "__main__":
    main()
