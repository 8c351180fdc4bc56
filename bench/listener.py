"""The listener's sustained throughput: Genesys emulator -> listener -> FIFO events queue.

Three figures in one run: into the moto server's FIFO queue (the acceptance setting), into a
counting stand-in for SQS (the listener's own ceiling), and the baseline: a bare loop sending
the same number of ten-message batches to the same moto server (what the server accepts from
one sender on this machine today; the listener's ratio to it is what compares across runs).
SendMessageBatch calls per event are counted with a botocore hook. The Genesys emulator runs
in a process of its own, as Genesys is remote in production: sharing the listener's GIL, it
took a fifth of the figure. "Sustained" counts from the first confirmed batch to the last; the
start (token, channels, 150 subscriptions: ~0.7 s here) is printed in the total time.
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
from genesys_process import EmulatorProcess  # noqa: E402

from infra.local.cloudformation import MotoServer  # noqa: E402
from transcript_pipeline.core.aws import RequestCounter  # noqa: E402
from transcript_pipeline.ingress.listener import Listener, ListenerOptions  # noqa: E402
from transcript_pipeline.ingress.publisher import EventPublisher  # noqa: E402

CALLS = 150
os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")  # no EMF lines in the figures


class CountingSqs:
    def __init__(self) -> None:
        self.calls = Counter()

    def send_message_batch(self, QueueUrl: str, Entries: list) -> dict:
        self.calls["SendMessageBatch"] += 1
        return {}


def run(sqs: object, queue_url: str) -> tuple[int, float, float]:
    """Events sent, seconds from start (token, channels, subscriptions) to the last event,
    and the sustained rate: events per second from the first confirmed batch to the last."""
    expected = sum(len(c) + 1 for c in first_calls(CALLS))  # utterances, a session end each
    emulator = EmulatorProcess(CALLS, per_message=10)
    listener = Listener(emulator.api(), EventPublisher(sqs, queue_url),
                        ListenerOptions(queue_ids=[emulator.queue_id]))
    stop = threading.Event()
    thread = threading.Thread(target=listener.run, args=(stop,), daemon=True)
    started = time.monotonic()
    thread.start()
    first: tuple[float, int] | None = None
    while (sent := listener.stats.counts["events_sent"]) < expected \
            and time.monotonic() - started < 600:
        if first is None and sent:
            first = time.monotonic(), sent
        time.sleep(0.01)
    ended = time.monotonic()
    stop.set()
    thread.join(timeout=30)
    emulator.stop()
    assert first is not None, "nothing was sent"
    return sent, ended - started, (sent - first[1]) / (ended - first[0])


def bare_loop(sqs: object, queue_url: str, messages: int) -> float:
    """Messages per second a plain loop of ten-message batches gets into the queue."""
    body = '{"event": {"text": "%s"}}' % ("x" * 200)
    started = time.monotonic()
    for b in range(0, messages, 10):
        sqs.send_message_batch(QueueUrl=queue_url, Entries=[  # type: ignore[attr-defined]
            {"Id": str(i), "MessageBody": body, "MessageGroupId": f"g{b % 150}",
             "MessageDeduplicationId": f"bare-{b}-{i}"} for i in range(10)])
    return messages / (time.monotonic() - started)


SECONDS_BETWEEN_UTTERANCES = 2.0  # per call, as bench/capacity.py assumes


def main() -> None:
    stub = CountingSqs()
    sent, elapsed, rate = run(stub, "local.fifo")
    print(f"listener -> counting stand-in: {sent} events in {elapsed:.2f} s, sustained "
          f"{rate:,.0f} events/s, SendMessageBatch per event "
          f"{stub.calls['SendMessageBatch'] / sent:.2f}")
    print(f"per-task ceiling: {rate:,.0f} events/s = {rate * SECONDS_BETWEEN_UTTERANCES:,.0f} "
          f"concurrent calls at one final utterance every {SECONDS_BETWEEN_UTTERANCES:.0f} s "
          "(bench/capacity.py --listener-events-per-second)")
    server = MotoServer()
    try:
        sqs = server.client("sqs")
        url = sqs.create_queue(QueueName="bench-events.fifo",
                               Attributes={"FifoQueue": "true"})["QueueUrl"]
        counter = RequestCounter().attach(sqs)
        sent, elapsed, rate = run(sqs, url)
        print(f"listener -> moto FIFO queue: {sent} events in {elapsed:.2f} s "
              f"({sent / elapsed:,.0f}/s with the start), sustained {rate:,.0f} events/s, "
              f"SendMessageBatch per event {counter.counts['sqs.SendMessageBatch'] / sent:.2f} "
              "(acceptance: >= 1,000/s, <= 0.2)")
        fresh = sqs.create_queue(QueueName="bench-baseline.fifo",
                                 Attributes={"FifoQueue": "true"})["QueueUrl"]
        base = bare_loop(sqs, fresh, sent)  # from an empty queue too: moto's FIFO
        # deduplication scans every message already in the queue, so depth costs time
        print(f"baseline, bare SendMessageBatch loop -> the same moto server: {base:,.0f} "
              f"messages/s; listener ratio {rate / base:.2f}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
