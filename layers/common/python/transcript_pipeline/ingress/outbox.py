"""Events on their way to the FIFO queue, sent by a thread of their own.

The listener's reading loop hands events over and goes back to its sockets; the sender takes
them in arrival order, up to a hundred at a time (SendMessageBatch calls of ten), as soon as a
batch of ten is ready or the oldest event has waited `linger` seconds. While SQS is unavailable
the events stay here, in order, and are tried again with capped backoff. Memory is bounded:
when `capacity` events wait, `put` blocks the reader (backpressure) for up to
`backpressure_wait` seconds, then drops the event, logging its ids and counting it. `close`
drains within a deadline (SIGTERM) and reports, by id, whatever could not be sent.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from dataclasses import dataclass

from transcript_pipeline.core.models import SessionEndedEvent, TranscriptEvent

from .publisher import MAX_BATCH, EventPublisher
from .stats import Stats

log = logging.getLogger("transcript_pipeline.ingress.outbox")
Event = TranscriptEvent | SessionEndedEvent
TAKE = 10 * MAX_BATCH  # events one sending round takes
MAX_SEND_BACKOFF = 5.0


@dataclass
class _Waiting:
    event: Event
    since: float  # time.monotonic() when it was received


def event_id(event: Event) -> str:
    """`conversation:utterance` for logs: ids, never text."""
    return f"{event.conversation_id}:{getattr(event, 'utterance_id', 'session-ended')}"


class Outbox:
    def __init__(self, publisher: EventPublisher, stats: Stats, linger: float = 0.2,
                 capacity: int = 10_000, backpressure_wait: float = 5.0) -> None:
        self.publisher = publisher
        self.stats = stats
        self.linger = linger
        self.capacity = capacity
        self.backpressure_wait = backpressure_wait
        self._waiting: deque[_Waiting] = deque()
        self._taken: list[_Waiting] = []  # with the sender, not yet confirmed: still held
        self._cond = threading.Condition()
        self._closing = False
        self._abandoned = False  # close() gave up waiting: nothing goes back in line
        self._thread = threading.Thread(target=self._run, name="outbox", daemon=True)
        self._thread.start()

    def _full(self) -> bool:
        return len(self._waiting) + len(self._taken) >= self.capacity

    def put(self, event: Event) -> None:
        with self._cond:
            if self._full():
                self.stats.add("backpressure")
                self._cond.wait_for(lambda: not self._full(), self.backpressure_wait)
            if self._full():
                self.stats.add("dropped")
                log.error("event dropped: SQS unavailable and the outbox is full",
                          extra={"event": event_id(event), "waiting": len(self._waiting)})
                return
            self._waiting.append(_Waiting(event, time.monotonic()))
            if len(self._waiting) >= MAX_BATCH:
                self._cond.notify_all()

    def oldest_age(self) -> float:
        """Seconds the oldest unsent event has waited: the listener's lag."""
        with self._cond:
            return time.monotonic() - self._waiting[0].since if self._waiting else 0.0

    def close(self, timeout: float) -> None:
        """Send what waits, for at most `timeout` seconds; report by id what could not go."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join(timeout)
        with self._cond:  # a send still running may yet succeed: reported all the same
            left, self._waiting = self._taken + list(self._waiting), deque()
            self._abandoned = True
        for item in left:
            log.error("event not confirmed by SQS before shutdown",
                      extra={"event": event_id(item.event)})
        self.stats.add("dropped", len(left))

    # -- the sending thread ---------------------------------------------------------------

    def _ready(self) -> bool:
        if not self._waiting:
            return False
        return self._closing or len(self._waiting) >= MAX_BATCH \
            or time.monotonic() - self._waiting[0].since >= self.linger

    def _run(self) -> None:
        backoff = 0.2
        while True:
            with self._cond:
                while not self._ready():
                    if self._closing and not self._waiting:
                        return
                    timeout = self.linger if not self._waiting else max(
                        0.001, self.linger - (time.monotonic() - self._waiting[0].since))
                    self._cond.wait(timeout)
                taken = [self._waiting.popleft()
                         for _ in range(min(TAKE, len(self._waiting)))]
                self._taken = taken
            sent = self._send(taken)
            with self._cond:
                self._taken = []
                if not sent and not self._abandoned:  # back at the front, in order
                    self._waiting.extendleft(reversed(taken))
                self._cond.notify_all()  # room again for a blocked reader
                closing = self._closing
            if sent:
                backoff = 0.2
                continue
            time.sleep(backoff if not closing else min(backoff, 0.5))
            backoff = min(backoff * 2, MAX_SEND_BACKOFF)

    def _send(self, taken: list[_Waiting]) -> bool:
        try:
            result = self.publisher.publish([item.event for item in taken])
        except Exception as exc:  # SQS unreachable: keep them, try again
            self.stats.add("send_failures")
            log.warning("SQS unavailable, events kept in memory",
                        extra={"error": type(exc).__name__, "waiting": len(taken)})
            return False
        if result.failed:  # all again: SQS drops what it already has (same dedup ids)
            self.stats.add("send_failures", len(result.failed))
            log.warning("events not accepted by SQS, resending",
                        extra={"events": result.failed[:20]})
            return False
        now = time.monotonic()
        self.stats.add("events_sent", len(taken))
        self.stats.observe_lag(max(now - item.since for item in taken))
        return True
