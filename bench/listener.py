"""The listener's sustained throughput: Genesys emulator -> listener -> FIFO events queue.

Two figures in one run: into the moto server's FIFO queue (the acceptance setting), and into a
counting stand-in for SQS (the listener's own ceiling). SendMessageBatch calls per event are
counted with a botocore hook. The emulator shares the process (and its GIL) with the listener,
so both figures understate a listener that has a container to itself.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import first_calls  # noqa: E402

from infra.local.aws import MotoServer  # noqa: E402
from infra.local.genesys import GenesysEmulator  # noqa: E402
from transcript_pipeline.aws import RequestCounter  # noqa: E402
from transcript_pipeline.listener import Listener, ListenerOptions  # noqa: E402
from transcript_pipeline.publisher import EventPublisher  # noqa: E402

CALLS = 150
os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")  # no EMF lines in the figures


class CountingSqs:
    def __init__(self) -> None:
        self.calls = Counter()

    def send_message_batch(self, QueueUrl: str, Entries: list) -> dict:
        self.calls["SendMessageBatch"] += 1
        return {}


def run(sqs: object, queue_url: str) -> tuple[int, float]:
    scripted = first_calls(CALLS)
    expected = sum(len(c) + 1 for c in scripted)  # utterances and a session end per call
    emulator = GenesysEmulator(scripted, per_message=10, interval=0)
    listener = Listener(emulator.api(), EventPublisher(sqs, queue_url),
                        ListenerOptions(queue_ids=[emulator.queue_id]))
    stop = threading.Event()
    thread = threading.Thread(target=listener.run, args=(stop,), daemon=True)
    started = time.monotonic()
    thread.start()
    while listener.stats.counts["events_sent"] < expected and time.monotonic() - started < 600:
        time.sleep(0.05)
    elapsed = time.monotonic() - started
    stop.set()
    thread.join(timeout=30)
    emulator.stop()
    return listener.stats.counts["events_sent"], elapsed


def main() -> None:
    stub = CountingSqs()
    sent, elapsed = run(stub, "local.fifo")
    print(f"listener -> counting stand-in: {sent} events in {elapsed:.2f} s = "
          f"{sent / elapsed:,.0f} events/s, SendMessageBatch per event "
          f"{stub.calls['SendMessageBatch'] / sent:.2f}")
    server = MotoServer()
    try:
        sqs = server.client("sqs")
        url = sqs.create_queue(QueueName="bench-events.fifo",
                               Attributes={"FifoQueue": "true"})["QueueUrl"]
        counter = RequestCounter().attach(sqs)
        sent, elapsed = run(sqs, url)
        print(f"listener -> moto FIFO queue: {sent} events in {elapsed:.2f} s = "
              f"{sent / elapsed:,.0f} events/s, SendMessageBatch per event "
              f"{counter.counts['sqs.SendMessageBatch'] / sent:.2f} (acceptance: >= 1,000/s, "
              "<= 0.2)")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
