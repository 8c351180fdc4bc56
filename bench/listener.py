"""The listener's sustained throughput: Genesys emulator -> listener -> FIFO events queue.

Three figures in one run: into the moto server's FIFO queue (the acceptance setting), into a
counting stand-in for SQS (the listener's own ceiling), and the baseline: a bare loop sending
the same number of ten-message batches to the same moto server (what the server accepts from
one sender on this machine today; the listener's ratio to it is what compares across runs).
SendMessageBatch calls per event are counted with a botocore hook. The emulator shares the
process (and its GIL) with the listener, so the listener's figures understate one that has a
container to itself.
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


def bare_loop(sqs: object, queue_url: str, messages: int) -> float:
    """Messages per second a plain loop of ten-message batches gets into the queue."""
    body = '{"event": {"text": "%s"}}' % ("x" * 200)
    started = time.monotonic()
    for b in range(0, messages, 10):
        sqs.send_message_batch(QueueUrl=queue_url, Entries=[  # type: ignore[attr-defined]
            {"Id": str(i), "MessageBody": body, "MessageGroupId": f"g{b % 150}",
             "MessageDeduplicationId": f"bare-{b}-{i}"} for i in range(10)])
    return messages / (time.monotonic() - started)


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
        rate = sent / elapsed
        print(f"listener -> moto FIFO queue: {sent} events in {elapsed:.2f} s = "
              f"{rate:,.0f} events/s, SendMessageBatch per event "
              f"{counter.counts['sqs.SendMessageBatch'] / sent:.2f} (acceptance: >= 1,000/s, "
              "<= 0.2)")
        base = bare_loop(sqs, url, sent)
        print(f"baseline, bare SendMessageBatch loop -> the same moto server: {base:,.0f} "
              f"messages/s; listener ratio {rate / base:.2f}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
