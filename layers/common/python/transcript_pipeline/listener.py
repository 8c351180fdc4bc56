"""The Genesys listener: notification channel in, transcript events on the FIFO queue out.

One channel, one WebSocket (websocket-client). Conversations are discovered on the configured
queues' conversation topics; each gets its transcription topic, dropped again when its session
ends. Messages go through the one parser (`genesys.parse_message`), final utterances are
deduplicated by conversation and utterance id, and published in batches of up to ten with a
short linger. A socket that closes, a `socket_closing` warning or a failure reconnects on a
fresh channel with capped exponential backoff and jitter; bad credentials or a rejected
subscription stop the listener with a message that says what to fix. Raw text lives only in
memory here: logs carry ids and counts.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

import websocket

from .genesys import GenesysMessageError, TextField, parse_message
from .genesys_api import Channel, GenesysApi, GenesysAuthError
from .models import SessionEndedEvent, TranscriptEvent
from .publisher import MAX_BATCH, EventPublisher

log = logging.getLogger("transcript_pipeline.listener")
SEEN_LIMIT = 200_000  # utterance keys remembered for deduplication
QUEUE_TOPIC = "v2.routing.queues.{}.conversations"
TRANSCRIPTION_TOPIC = "v2.conversations.{}.transcription"


@dataclass
class ListenerOptions:
    queue_ids: list[str]
    text_field: TextField = "transcript"
    linger: float = 0.2  # seconds a partial batch waits for company
    ping_after: float = 35.0  # seconds of silence before we ping
    max_backoff: float = 60.0
    max_pending: int = 10_000  # events held while SQS is unavailable


@dataclass
class Stats:
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, name: str, n: int = 1) -> None:
        self.counts[name] += n


class Listener:
    def __init__(self, api: GenesysApi, publisher: EventPublisher,
                 options: ListenerOptions) -> None:
        self.api = api
        self.publisher = publisher
        self.options = options
        self.stats = Stats()
        self.active: set[str] = set()
        self._seen: OrderedDict[tuple[str, str], None] = OrderedDict()
        self._pending: list[TranscriptEvent | SessionEndedEvent] = []
        self._oldest_pending = 0.0
        self.connected = threading.Event()

    # -- the loop -----------------------------------------------------------------------------

    def run(self, stop: threading.Event) -> None:
        """Until `stop` is set; raises GenesysAuthError when an operator must act."""
        backoff = 1.0
        try:
            while not stop.is_set():
                try:
                    self._session(stop)
                    backoff = 1.0
                except GenesysAuthError:
                    raise
                except Exception as exc:  # socket, HTTP and SQS failures all reconnect
                    self.stats.add("reconnects")
                    log.warning("listener reconnecting",
                                extra={"error": type(exc).__name__, "backoff_s": backoff})
                    stop.wait(backoff * random.uniform(0.5, 1.0))
                    backoff = min(backoff * 2, self.options.max_backoff)
        finally:
            self.connected.clear()
            self.flush(force=True)  # SIGTERM drains what is in memory

    def _session(self, stop: threading.Event) -> None:
        channel = self.api.create_channel()
        socket = websocket.create_connection(channel.connect_uri, timeout=1)
        try:
            self._subscribe_all(channel)
            self.connected.set()
            quiet_since = time.monotonic()
            while not stop.is_set():
                try:
                    raw = socket.recv()
                except websocket.WebSocketTimeoutException:
                    self.flush()
                    if time.monotonic() - quiet_since > self.options.ping_after:
                        socket.send(json.dumps({"message": "ping"}))
                        quiet_since = time.monotonic()
                    continue
                if not raw:
                    raise ConnectionError("socket closed by Genesys")
                quiet_since = time.monotonic()
                if self._handle(channel, raw) == "rotate":
                    return
                self.flush()
        finally:
            self.connected.clear()
            socket.close()

    def _subscribe_all(self, channel: Channel) -> None:
        topics = [QUEUE_TOPIC.format(q) for q in self.options.queue_ids]
        topics += [TRANSCRIPTION_TOPIC.format(c) for c in sorted(self.active)]
        self.api.subscribe(channel, topics, replace=True)
        self.stats.counts["subscriptions"] = len(topics)

    # -- messages -----------------------------------------------------------------------------

    def _handle(self, channel: Channel, raw: str) -> str | None:
        self.stats.add("messages")
        try:
            doc = json.loads(raw)
            topic = doc.get("topicName", "") if isinstance(doc, dict) else ""
        except ValueError:
            self.stats.add("malformed")
            log.warning("malformed message ignored", extra={"bytes": len(raw)})
            return None
        if topic == "v2.system.socket_closing":
            return "rotate"
        if topic.startswith("v2.routing.queues.") and topic.endswith(".conversations"):
            cid = (doc.get("eventBody") or {}).get("id")
            if isinstance(cid, str) and cid not in self.active:
                self.active.add(cid)
                self.api.subscribe(channel, [TRANSCRIPTION_TOPIC.format(cid)])
                self.stats.add("conversations")
            return None
        try:
            events = parse_message(doc, self.options.text_field)
        except GenesysMessageError as exc:
            self.stats.add("malformed")
            log.warning("message not understood", extra={"reason": str(exc)})
            return None
        for event in events:
            if isinstance(event, SessionEndedEvent):
                self.active.discard(event.conversation_id)
                self._subscribe_all(channel)
            elif event.is_final and self._already_seen(event):
                self.stats.add("duplicates")
                continue
            self.stats.add("events_received")
            self._enqueue(event)
        return None

    def _already_seen(self, event: TranscriptEvent) -> bool:
        key = (event.conversation_id, event.utterance_id)
        if key in self._seen:
            return True
        self._seen[key] = None
        if len(self._seen) > SEEN_LIMIT:
            self._seen.popitem(last=False)
        return False

    def _enqueue(self, event: TranscriptEvent | SessionEndedEvent) -> None:
        if not self._pending:
            self._oldest_pending = time.monotonic()
        if len(self._pending) >= self.options.max_pending:
            self.stats.add("dropped")
            log.error("event dropped: SQS unavailable and the buffer is full",
                      extra={"conversation_id": event.conversation_id,
                             "utterance_id": getattr(event, "utterance_id", "session-ended")})
            return
        self._pending.append(event)

    def flush(self, force: bool = False) -> None:
        """Publish pending events when a batch is full, the linger passed, or `force`."""
        if not self._pending:
            return
        if not force and len(self._pending) < MAX_BATCH \
                and time.monotonic() - self._oldest_pending < self.options.linger:
            return
        batch = self._pending
        try:
            result = self.publisher.publish(batch)
        except Exception as exc:  # SQS unreachable: keep the events (bounded), try again later
            self.stats.add("send_failures")
            log.warning("SQS unavailable, events kept in memory",
                        extra={"error": type(exc).__name__, "pending": len(batch)})
            return
        self.stats.add("events_sent", result.sent)
        self._pending = []
        if result.failed:  # resend the batch: SQS drops what it already has (same dedup ids)
            self.stats.add("send_failures", len(result.failed))
            log.warning("events not accepted by SQS, resending",
                        extra={"events": result.failed[:20]})
            self._pending = batch
            self._oldest_pending = time.monotonic()
