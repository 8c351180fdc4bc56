"""The Genesys listener: notification channels in, transcript events on the FIFO queue out.

Topics live in slots, each slot one notification channel of at most `topics_per_channel`
topics (Genesys allows 1,000), at most `max_channels` of them (Genesys allows 20 per OAuth
client). Each channel's WebSocket is read by a thread of its own into one inbox; the main loop
handles messages in arrival order and keeps the channels right:

- discovery: a conversation announced on a configured queue's conversation topic gets its
  transcription topic in the first slot with room (a new channel when all are full); it leaves
  again at `SESSION_ENDED`, and an ended conversation is not picked up a second time;
- rotation: shortly before a channel's `expires`, or when Genesys announces
  `v2.system.socket_closing`, the slot moves to a fresh channel: connect, subscribe the same
  topics, and only then leave the old one, so the overlap may deliver twice but never drops;
- liveness: a quiet socket is pinged; one that stays silent after the ping, or closes, is
  replaced with capped exponential backoff and jitter;
- deduplication by conversation and utterance id (overlaps, reconnects and Genesys itself
  deliver twice); interim results are ignored unless configured.

In `interaction` mode the slot holds the tutorial's Interaction stream (one WebSocket at a
configured URL, bearer token, no subscriptions) instead of notification channels.

Events go to the `Outbox`, which sends them on its own thread. Bad credentials or a rejected
subscription stop the listener with a message that says what to fix. Raw text lives only in
memory here: logs carry ids and counts.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import queue
import random
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Literal

import websocket
from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics import MetricUnit

from transcript_pipeline.core.errors import GenesysAuthError, GenesysMessageError, NeedsOperator
from transcript_pipeline.core.models import SessionEndedEvent, TranscriptEvent
from transcript_pipeline.ingress.genesys_messages import TextField, parse_message

from .genesys_api import Channel, GenesysApi
from .outbox import Outbox
from .publisher import EventPublisher
from .stats import Stats

log = logging.getLogger("transcript_pipeline.ingress.listener")
SEEN_LIMIT = 200_000  # utterance keys (and ended conversations) remembered
INBOX_LIMIT = 1_000  # messages read from the sockets, not yet handled
QUEUE_TOPIC = "v2.routing.queues.{}.conversations"
TRANSCRIPTION_TOPIC = "v2.conversations.{}.transcription"
SESSION_END = "\x00session-ended"
NAMESPACE = "TranscriptPipeline"  # the Lambdas' metrics namespace (template.yaml)
# What a Genesys conversation id looks like (a UUID; up to 64 id characters accepted): anything
# else in an id field is never subscribed to nor used as a message group.
_CONVERSATION_ID = re.compile(r"[A-Za-z0-9-]{1,64}")


@dataclass
class ListenerOptions:
    queue_ids: list[str] = field(default_factory=list)
    mode: Literal["notifications", "interaction"] = "notifications"
    interaction_url: str | None = None  # the Interaction stream's WebSocket, in that mode
    text_field: TextField = "transcript"
    forward_interim: bool = False
    linger: float = 0.2  # seconds a partial batch waits for company
    ping_after: float = 35.0  # seconds of silence before we ping
    pong_timeout: float = 15.0  # seconds after the ping before the socket counts as dead
    rotate_before: float = 600.0  # seconds before a channel's `expires` that we move on
    topics_per_channel: int = 1000
    max_channels: int = 20
    max_backoff: float = 60.0
    max_pending: int = 10_000  # events held while SQS is unavailable
    backpressure_wait: float = 5.0
    drain_timeout: float = 20.0  # within the ECS stop timeout (30 s by default)
    metrics_interval: float = 60.0
    # Subscription requests are batched: Genesys limits API requests per OAuth token (300 a
    # minute by default), and a centre starts and ends calls many times a second. New calls'
    # topics go out together at most this often per channel; dropped ones are unsubscribed
    # (the channel's list set again) less often, as an ended call says nothing more.
    subscribe_every: float = 1.0
    unsubscribe_every: float = 10.0


class Connection:
    """One channel and its WebSocket, read by its own thread into the listener's inbox."""

    def __init__(self, slot: Slot, channel: Channel, socket: websocket.WebSocket,
                 inbox: queue.Queue[tuple[Connection, str | bytes | Exception]]) -> None:
        self.slot, self.channel, self.socket = slot, channel, socket
        self.heard = time.monotonic()
        self.pinged = False
        self.messages = 0
        self.closed = threading.Event()
        self._inbox = inbox
        threading.Thread(target=self._read, name=f"ws-{channel.id[-8:]}", daemon=True).start()

    def _read(self) -> None:
        try:
            while not self.closed.is_set():
                try:
                    raw = self.socket.recv()
                except websocket.WebSocketTimeoutException:
                    continue
                if not raw:
                    raise ConnectionError("socket closed by Genesys")
                self.heard, self.pinged = time.monotonic(), False
                self._inbox.put((self, raw))
        except Exception as exc:
            if not self.closed.is_set():
                self._inbox.put((self, exc))

    def ping(self) -> None:
        self.socket.send(json.dumps({"message": "ping"}))
        self.pinged = True

    def close(self) -> None:
        self.closed.set()
        with contextlib.suppress(Exception):  # already gone
            self.socket.close()


@dataclass
class Slot:
    """Topics that share one channel; its connection comes and goes."""

    topics: set[str] = field(default_factory=set)
    conn: Connection | None = None
    retry_at: float = 0.0
    backoff: float = 1.0
    rotate: bool = False  # Genesys announced that the socket closes soon
    unsent: list[str] = field(default_factory=list)  # topics added since the last request
    stale: bool = False  # topics were dropped: the channel's list is to be set again
    next_add: float = 0.0  # monotonic time the next add request may go
    next_replace: float = 0.0  # and the next replace


class Listener:
    def __init__(self, api: GenesysApi, publisher: EventPublisher,
                 options: ListenerOptions) -> None:
        self.api = api
        self.publisher = publisher
        self.options = options
        self.stats = Stats()
        self.outbox = Outbox(publisher, self.stats, options.linger, options.max_pending,
                             options.backpressure_wait)
        self.metrics = Metrics(namespace=os.environ.get("POWERTOOLS_METRICS_NAMESPACE", NAMESPACE),
                               service="genesys-listener")
        self.active: set[str] = set()
        self.slots: list[Slot] = [Slot()]
        self.connected = threading.Event()
        self._seen: OrderedDict[tuple[str, str], None] = OrderedDict()
        # Bounded: while the outbox pushes back, readers stop reading and TCP pushes back too.
        self._inbox: queue.Queue[tuple[Connection, str | bytes | Exception]] = queue.Queue(
            maxsize=INBOX_LIMIT)
        if options.mode == "interaction":
            if not options.interaction_url:
                raise ValueError("interaction mode needs the Interaction stream's URL")
        else:
            for queue_id in options.queue_ids:
                slot = self._slot_with_room()
                if slot is None:
                    raise ValueError(f"{len(options.queue_ids)} queues need more topics than "
                                     f"{options.max_channels} channels hold")
                slot.topics.add(QUEUE_TOPIC.format(queue_id))

    # -- the loop -----------------------------------------------------------------------------

    def run(self, stop: threading.Event) -> None:
        """Until `stop` is set; raises GenesysAuthError when an operator must act."""
        next_chores = 0.0
        next_metrics = time.monotonic() + self.options.metrics_interval
        try:
            while not stop.is_set():
                now = time.monotonic()
                if now >= next_chores:
                    self._chores(now)
                    next_chores = now + 0.25
                if now >= next_metrics:
                    self.stats.emit(self.metrics)
                    next_metrics = now + self.options.metrics_interval
                try:
                    conn, item = self._inbox.get(timeout=0.25)
                except queue.Empty:
                    continue
                if isinstance(item, Exception):
                    self._lost(conn, item)
                else:  # from a channel we already left too: it may hold what the new one lacks
                    self._handle(conn, item)
        finally:
            self.connected.clear()
            for slot in self.slots:
                if slot.conn is not None:
                    slot.conn.close()
            self.outbox.close(self.options.drain_timeout)  # SIGTERM drains what is in memory
            self.stats.emit(self.metrics)

    def _chores(self, now: float) -> None:
        """Open missing channels, rotate ageing ones, send subscription changes, ping quiet
        ones, replace dead ones."""
        for slot in list(self.slots):
            conn = slot.conn
            if conn is None:
                if now >= slot.retry_at:
                    self._open(slot)
                continue
            self._subscribe(slot, now)
            if slot.conn is not conn:
                continue  # the request failed and the channel was given up
            expiring = time.time() >= conn.channel.expires - self.options.rotate_before
            if (slot.rotate or expiring) and now >= slot.retry_at:  # a failed try waits too
                self.stats.add("rotations")
                log.info("moving to a fresh channel", extra={"channel": conn.channel.id})
                self._open(slot)
                continue
            quiet = now - conn.heard
            if quiet > self.options.ping_after + self.options.pong_timeout and conn.pinged:
                self._lost(conn, TimeoutError("no pong after a ping"))
            elif quiet > self.options.ping_after and not conn.pinged:
                try:
                    conn.ping()
                except Exception as exc:
                    self._lost(conn, exc)
        live = [s for s in self.slots if s.conn is not None]
        if len(live) == len(self.slots):
            self.connected.set()
        else:
            self.connected.clear()
        self.stats.set("Channels", len(live))
        self.stats.set("Subscriptions", sum(len(s.topics) for s in self.slots))
        self.stats.set("OutboxLagMs", self.outbox.oldest_age() * 1000, MetricUnit.Milliseconds)

    def _open(self, slot: Slot) -> None:
        """A fresh channel for the slot's topics; the old one is left only once it is live."""
        try:
            if self.options.mode == "interaction":
                url = self.options.interaction_url or ""
                socket = websocket.create_connection(
                    url, timeout=1, header=[f"Authorization: Bearer {self.api.token()}"])
                conn = Connection(slot, Channel("interaction", url, math.inf), socket,
                                  self._inbox)
            else:
                channel = self.api.create_channel()
                socket = websocket.create_connection(channel.connect_uri, timeout=1)
                conn = Connection(slot, channel, socket, self._inbox)
                if slot.topics:
                    self.api.subscribe(channel, sorted(slot.topics), replace=True)
        except GenesysAuthError:
            raise
        except websocket.WebSocketBadStatusException as exc:
            if exc.status_code == 403:
                raise GenesysAuthError("the Interaction stream refused the OAuth client "
                                       "(HTTP 403): it lacks the permission to read it") from None
            if exc.status_code == 401:
                self.api.forget_token()
            self._retry_later(slot, exc)
            return
        except Exception as exc:  # Genesys or the network: try again after a while
            self._retry_later(slot, exc)
            return
        old, slot.conn, slot.rotate = slot.conn, conn, False
        slot.unsent.clear()  # the new channel has the whole list
        slot.stale = False
        if old is not None:
            self._leave(old)

    def _leave(self, conn: Connection) -> None:
        conn.close()
        if self.options.mode == "notifications":
            try:
                self.api.unsubscribe_all(conn.channel)
            except GenesysAuthError:
                raise
            except Exception as exc:  # it expires anyway
                log.info("could not unsubscribe a channel we left",
                         extra={"channel": conn.channel.id, "error": type(exc).__name__})

    def _lost(self, conn: Connection, exc: Exception) -> None:
        slot = conn.slot
        conn.close()
        if slot.conn is not conn:
            return  # already replaced
        slot.conn = None
        self._retry_later(slot, exc)

    def _retry_later(self, slot: Slot, exc: Exception) -> None:
        self.stats.add("reconnects")
        delay = slot.backoff * random.uniform(0.5, 1.0)
        log.warning("channel lost, reconnecting",
                    extra={"error": type(exc).__name__, "backoff_s": round(delay, 2)})
        slot.retry_at = time.monotonic() + delay
        slot.backoff = min(slot.backoff * 2, self.options.max_backoff)

    def _slot_with_room(self) -> Slot | None:
        for slot in self.slots:
            if len(slot.topics) < self.options.topics_per_channel:
                return slot
        if len(self.slots) < self.options.max_channels:
            self.slots.append(Slot())
            return self.slots[-1]
        return None

    # -- messages -----------------------------------------------------------------------------

    def _handle(self, conn: Connection, raw: str | bytes) -> None:
        """One frame, whatever its shape: understood, or counted, logged by reason and
        dead-lettered. Nothing a frame holds may stop the listener (Genesys does not replay)."""
        try:
            self._read_frame(conn, raw)
        except NeedsOperator:
            raise  # refused credentials or permissions stop the listener, by design
        except Exception as exc:  # a shape no rule below foresaw: this frame only
            text = raw if isinstance(raw, str) else raw.decode("utf-8", "backslashreplace")
            self._reject(text, f"message not understood ({type(exc).__name__})")

    def _read_frame(self, conn: Connection, raw: str | bytes) -> None:
        self.stats.add("messages")
        if conn.messages == 0:
            conn.slot.backoff = 1.0  # a channel that delivers is healthy again
        conn.messages += 1
        if isinstance(raw, bytes):  # a binary frame: JSON in UTF-8, or nothing we can read
            data = raw
            try:
                raw = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                self._reject(data.decode("utf-8", "backslashreplace"),
                             f"not valid UTF-8 (byte {exc.start})")
                return
        try:
            doc = json.loads(raw)
        except ValueError as exc:
            self._reject(raw, f"not valid JSON ({exc.args[0].split(':')[0]})")
            return
        topic = doc.get("topicName", "") if isinstance(doc, dict) else ""
        if not isinstance(topic, str):
            self._reject(raw, "topicName: not a string")
            return
        if topic == "v2.system.socket_closing":
            if conn is conn.slot.conn:
                conn.slot.rotate = True
            return
        if topic.startswith("v2.routing.queues.") and topic.endswith(".conversations"):
            body = doc.get("eventBody")
            cid = body.get("id") if isinstance(body, dict) else None
            if isinstance(cid, str) and _CONVERSATION_ID.fullmatch(cid):
                self._discovered(cid)
            else:
                self._reject(raw, "eventBody.id: not a conversation id")
            return
        try:
            events = parse_message(doc, self.options.text_field)
        except GenesysMessageError as exc:
            body = doc.get("eventBody") if isinstance(doc, dict) else None
            cid = body.get("conversationId") if isinstance(body, dict) else None
            group = cid if isinstance(cid, str) and _CONVERSATION_ID.fullmatch(cid) else "unknown"
            self._reject(raw, str(exc), group)
            return
        for event in events:
            self._accept(event)

    def _reject(self, raw: str, reason: str, conversation_id: str = "unknown") -> None:
        """Bad input: its reason in the log (never its text), the message on the events DLQ."""
        self.stats.add("malformed")
        log.warning("message not understood", extra={"reason": reason, "bytes": len(raw),
                                                      "conversation_id": conversation_id})
        try:
            if self.publisher.dead_letter(raw, reason, conversation_id):
                self.stats.add("dead_lettered")
        except Exception as exc:
            self.stats.add("dropped")
            log.error("could not dead-letter a message not understood",
                      extra={"reason": reason, "error": type(exc).__name__})

    def _accept(self, event: TranscriptEvent | SessionEndedEvent) -> None:
        if isinstance(event, TranscriptEvent) and not event.is_final:
            if not self.options.forward_interim:
                self.stats.add("interim_ignored")
                return
        elif self._already_seen(event):
            self.stats.add("duplicates")
            return
        if isinstance(event, SessionEndedEvent):
            self._ended(event.conversation_id)
        self.stats.add("events_received")
        self.outbox.put(event)

    def _already_seen(self, event: TranscriptEvent | SessionEndedEvent) -> bool:
        key = (event.conversation_id, getattr(event, "utterance_id", SESSION_END))
        if key in self._seen:
            return True
        self._seen[key] = None
        if len(self._seen) > SEEN_LIMIT:
            self._seen.popitem(last=False)
        return False

    def _discovered(self, cid: str) -> None:
        if cid in self.active or (cid, SESSION_END) in self._seen:
            return
        slot = self._slot_with_room()
        if slot is None:
            self.stats.add("subscriptions_refused")
            log.error("no channel has room for another conversation",
                      extra={"conversation_id": cid, "channels": len(self.slots)})
            return
        topic = TRANSCRIPTION_TOPIC.format(cid)
        self.active.add(cid)
        slot.topics.add(topic)
        self.stats.add("conversations")
        if slot.conn is not None:  # else the slot's channel opens with the topic in it
            slot.unsent.append(topic)  # sent with the others of this second by `_subscribe`

    def _ended(self, cid: str) -> None:
        self.active.discard(cid)
        topic = TRANSCRIPTION_TOPIC.format(cid)
        for slot in self.slots:
            if topic not in slot.topics:
                continue
            slot.topics.discard(topic)
            if not slot.topics and slot is not self.slots[0]:
                self.slots.remove(slot)
                if slot.conn is not None:
                    self._leave(slot.conn)
            elif slot.conn is not None:
                slot.stale = True
            return

    def _subscribe(self, slot: Slot, now: float) -> None:
        """One request for what changed in the slot since the last: the new calls' topics
        (POST), or, when calls ended too and it is time, the whole list (PUT). Trouble means a
        new channel, which opens with the slot's whole list."""
        conn = slot.conn
        if conn is None or now < slot.next_add:
            return  # at most one request per `subscribe_every` on a channel
        replace = slot.stale and now >= slot.next_replace
        if not (replace or slot.unsent):
            return
        try:
            if replace:
                self.api.subscribe(conn.channel, sorted(slot.topics), replace=True)
                slot.stale, slot.next_replace = False, now + self.options.unsubscribe_every
            else:
                self.api.subscribe(conn.channel, [t for t in slot.unsent if t in slot.topics])
            slot.unsent.clear()
            slot.next_add = now + self.options.subscribe_every
            self.stats.add("subscription_requests")
        except GenesysAuthError:
            raise
        except Exception as exc:
            self._lost(conn, exc)
