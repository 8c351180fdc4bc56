"""A local Genesys Cloud: the parts of the Notifications API the listener uses, on loopback.

REST (one HTTP server): `POST /oauth/token` (client credentials, HTTP Basic), `POST
/api/v2/notifications/channels`, `PUT`/`POST /api/v2/notifications/channels/{id}/subscriptions`
(with `Rejected` entries when the transcription permission is withheld). WebSocket (a second
server): one socket per channel (a second connection closes the first), heartbeats, `pong` to
`{"message": "ping"}`, channels that expire (`channel_ttl`), at most `max_topics` topics a
channel and `max_channels` channels (the oldest is evicted). Scripted calls (JSON Lines in the
dev corpus format) are announced on the queue's conversation topic; a call starts when a channel
first subscribes to its transcription topic and then goes on in real time, a few utterances per
message every `interval` seconds, to every channel subscribed to it, ending with
`SESSION_ENDED`. Unlike Genesys, a channel that subscribes to a call in progress first gets
what was already said, so a listener that lost its socket finds everything again (and has to
deduplicate); `replay=False` turns that off, as Genesys does, for the failover tests, where
`followers=2` holds every call back until two channels follow it (both listeners were up
before the call began). `ws://.../interaction` is the tutorial's Interaction stream: every
call from its start, bearer token required.

Misbehaviour, on command or by option: `deny_transcription` (Rejected subscriptions),
`forbid_notifications` (403), `failing_channel_requests` (503),
`drop_sockets` (no close frame: 1006), `expire_tokens` (401s), `throttled_token_requests`
(429 with Retry-After), `announce_closing` (`v2.system.socket_closing`, then the close),
`stall_sockets` (open but silent: no events, heartbeats or pongs), `malformed` frames, and
`interim` results and `duplicates` in every call. `pause` and `resume` hold the calls.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pydantic import SecretStr
from websockets.exceptions import ConnectionClosed, InvalidState
from websockets.http11 import Request, Response
from websockets.sync.server import ServerConnection, serve

from transcript_pipeline.ingress.genesys_api import GenesysApi

TRANSCRIPTION = "v2.conversations.{}.transcription"


def calls_from_rows(rows: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Corpus rows (JSON Lines, one utterance each) grouped into calls, in order."""
    calls: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        calls.setdefault(row["conversation_id"], []).append(row)
    return list(calls.values())


@dataclass
class _Channel:
    id: str
    expires: float
    topics: set[str] = field(default_factory=set)
    socket: ServerConnection | None = None
    announced: bool = False  # the queue's calls were announced on it
    stalled: bool = False  # the socket stays open but nothing comes through any more


class GenesysEmulator:
    def __init__(self, calls: Iterable[list[dict[str, Any]]], client_id: str = "local-client",
                 client_secret: str = "local-secret", queue_id: str = "queue-1",
                 per_message: int = 3, interval: float = 0.01, heartbeat: float = 30.0,
                 token_ttl: int = 86399, channel_ttl: float = 86400.0,
                 max_topics: int = 1000, max_channels: int = 20, interim: bool = False,
                 duplicates: bool = False, replay: bool = True, followers: int = 1) -> None:
        self.calls = {call[0]["conversation_id"]: call for call in calls}
        self.client_id, self.client_secret = client_id, client_secret
        self.queue_id = queue_id
        self.per_message, self.interval, self.heartbeat = per_message, interval, heartbeat
        self.token_ttl, self.channel_ttl = token_ttl, channel_ttl
        self.max_topics, self.max_channels = max_topics, max_channels
        self.replay, self.followers = replay, followers
        self._live = {cid: _Call(cid, _script(cid, call, per_message, interim, duplicates))
                      for cid, call in self.calls.items()}
        self.deny_transcription = False
        self.forbid_notifications = False  # 403 on the Notifications API (a role is missing)
        self.failing_channel_requests = 0  # the next n channel creations get 503
        self.throttled_token_requests = 0  # the next n token requests get 429 + Retry-After
        self.channels_created = 0
        self._streams: list[ServerConnection] = []  # Interaction streams open now
        self.tokens: dict[str, float] = {}
        self.channels: dict[str, _Channel] = {}
        self.malformed: list[str | bytes] = []  # frames for the next step of a call (bytes: binary)
        self.sent_at: dict[tuple[str, str], float] = {}  # first time each utterance went out
        self.lock = threading.Lock()
        self._going = threading.Event()  # cleared: every call holds where it is (`pause`)
        self._going.set()
        self._ws = serve(self._on_socket, "127.0.0.1", 0, process_request=self._handshake)
        ws_port = self._ws.socket.getsockname()[1]
        self.ws_base = f"ws://127.0.0.1:{ws_port}"
        threading.Thread(target=self._ws.serve_forever, daemon=True).start()
        emulator = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                emulator._rest(self, "POST")

            def do_PUT(self) -> None:
                emulator._rest(self, "PUT")

            def do_DELETE(self) -> None:
                emulator._rest(self, "DELETE")

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._http.daemon_threads = True
        threading.Thread(target=self._http.serve_forever, daemon=True).start()
        self.base_url = f"http://127.0.0.1:{self._http.server_address[1]}"

    def stop(self) -> None:
        self._going.set()  # a paused call's thread ends instead of waiting forever
        self._http.shutdown()
        self._ws.shutdown()

    def api(self, client_secret: str | None = None) -> GenesysApi:
        """The listener's REST client pointed at this emulator (another secret: to be refused)."""
        return GenesysApi("local", self.client_id, SecretStr(client_secret or self.client_secret),
                          login_url=self.base_url, api_url=self.base_url)

    # -- misbehaviour, on command -------------------------------------------------------------

    def drop_sockets(self) -> None:
        """Cut every socket without a close frame (the client sees 1006)."""
        with self.lock:
            sockets = [c.socket for c in self.channels.values() if c.socket is not None]
            sockets += self._streams
        for socket in sockets:
            socket.socket.close()

    def expire_tokens(self) -> None:
        """Every token issued so far is refused from now on (401)."""
        with self.lock:
            self.tokens.clear()

    def announce_closing(self, grace: float = 1.0) -> None:
        """`v2.system.socket_closing` on every socket, then close them `grace` seconds later."""
        with self.lock:
            channels = [c for c in self.channels.values() if c.socket is not None]
        for channel in channels:
            self._send(channel, {"topicName": "v2.system.socket_closing",
                                 "eventBody": {"message": "Socket is closing"}})
            _later(grace, self._close, channel, channel.socket)

    def stall_sockets(self) -> None:
        """The sockets open now stay open and go silent: no events, heartbeats or pongs."""
        with self.lock:
            for channel in self.channels.values():
                channel.stalled = True

    # -- REST -----------------------------------------------------------------------------

    def pause(self) -> None:
        """Hold every call where it is until `resume`: a test's control, not Genesys's, so
        that a step that takes as long as the machine is slow (a listener starting) happens
        mid-call however busy the machine is."""
        self._going.clear()

    def resume(self) -> None:
        self._going.set()

    def following(self, conversation_id: str) -> int:
        """Channels with a live socket that receive the call now."""
        call = self._live[conversation_id]
        with call.lock:
            return sum(c.socket is not None and not c.stalled for c in call.channels)

    def finished(self, conversation_id: str) -> bool:
        """Whether the call has said everything, its end included."""
        call = self._live[conversation_id]
        return call.done == len(call.steps)

    def _rest(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length)
        path = handler.path
        if path == "/oauth/token":
            expected = base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
            if handler.headers.get("Authorization") != f"Basic {expected}" \
                    or b"grant_type=client_credentials" not in body:
                _reply(handler, 401, {"error": "invalid_client",
                                      "description": "client authentication failed"})
                return
            with self.lock:
                throttled = self.throttled_token_requests > 0
                self.throttled_token_requests -= throttled
            if throttled:
                _reply(handler, 429, {"message": "rate limit exceeded"}, {"Retry-After": "1"})
                return
            token = uuid.uuid4().hex
            with self.lock:
                self.tokens[token] = time.time() + self.token_ttl
            _reply(handler, 200, {"access_token": token, "token_type": "bearer",
                                  "expires_in": self.token_ttl})
            return
        token = (handler.headers.get("Authorization") or "").removeprefix("Bearer ")
        with self.lock:
            valid = self.tokens.get(token, 0) > time.time()
        if not valid:
            _reply(handler, 401, {"message": "Authentication required", "code": "bad.credentials"})
            return
        if self.forbid_notifications:
            _reply(handler, 403, {"message": "Missing permission", "code": "missing.permissions"})
            return
        if path == "/api/v2/notifications/channels" and method == "POST":
            with self.lock:
                failing = self.failing_channel_requests > 0
                self.failing_channel_requests -= failing
            if failing:
                _reply(handler, 503, {"message": "service unavailable"})
                return
            channel = _Channel(f"streaming-0-{uuid.uuid4().hex[:20]}",
                               time.time() + self.channel_ttl)
            with self.lock:
                self.channels[channel.id] = channel
                self.channels_created += 1
                evicted = list(self.channels.values())[:-self.max_channels]
                for old in evicted:  # as Genesys: a 21st channel evicts the oldest
                    del self.channels[old.id]
            for old in evicted:
                self._close(old, old.socket)
            _later(self.channel_ttl, self._expire, channel)
            expires = datetime.fromtimestamp(channel.expires, UTC)
            _reply(handler, 200, {"id": channel.id,
                                  "connectUri": f"{self.ws_base}/channels/{channel.id}",
                                  "expires": expires.isoformat(timespec="milliseconds")
                                  .replace("+00:00", "Z")})
            return
        parts = path.strip("/").split("/")
        if len(parts) == 6 and parts[:4] == ["api", "v2", "notifications", "channels"] \
                and parts[5] == "subscriptions":
            if method == "DELETE":
                method, body = "PUT", b"[]"
            self._subscribe(handler, parts[4], method, json.loads(body or b"[]"))
            return
        _reply(handler, 404, {"message": "not found"})

    def _subscribe(self, handler: BaseHTTPRequestHandler, channel_id: str, method: str,
                   topics: list[dict[str, str]]) -> None:
        with self.lock:
            channel = self.channels.get(channel_id)
        if channel is None:
            _reply(handler, 404, {"message": "channel not found"})
            return
        entities = []
        wanted = set()
        for topic in (t["id"] for t in topics):
            if topic.endswith(".transcription") and self.deny_transcription:
                entities.append({"id": topic, "state": "Rejected",
                                 "rejectionReason": "Missing permission",
                                 "missingPermissions": ["conversation:transcription:view"]})
            else:
                entities.append({"id": topic, "state": "Permitted"})
                wanted.add(topic)
        with self.lock:
            topics = wanted if method == "PUT" else channel.topics | wanted
            if len(topics) > self.max_topics:
                full = True
            else:
                full, channel.topics = False, topics
        if full:
            _reply(handler, 400, {"message": f"a channel holds at most {self.max_topics} topics",
                                  "code": "notification.channel.topics.limit"})
            return
        _reply(handler, 200, {"entities": entities})
        threading.Thread(target=self._follow, args=(channel,), daemon=True).start()

    # -- WebSocket ------------------------------------------------------------------------

    def _handshake(self, socket: ServerConnection, request: Request) -> Response | None:
        """Before the handshake completes: the Interaction stream wants a valid bearer token;
        a channel's socket is its socket from now on (as in Genesys, once the client holds an
        open socket, events reach it), and the one before it is closed."""
        if request.path == "/interaction":
            token = (request.headers.get("Authorization") or "").removeprefix("Bearer ")
            with self.lock:
                valid = self.tokens.get(token, 0) > time.time()
            return None if valid else socket.respond(401, "Authentication required\n")
        with self.lock:
            channel = self.channels.get(request.path.rsplit("/", 1)[-1])
            if channel is None:
                return socket.respond(404, "unknown channel\n")
            previous, channel.socket = channel.socket, socket
        if previous is not None:
            previous.close(4000, "another socket connected to this channel")
        return None

    def _interaction(self, socket: ServerConnection) -> None:
        """The tutorial's stream: every call, from its start, a few utterances per message."""
        with self.lock:
            self._streams.append(socket)
        try:
            self._stream(socket)
        finally:
            with self.lock:
                self._streams.remove(socket)

    def _stream(self, socket: ServerConnection) -> None:
        for cid, call in self.calls.items():
            for start in range(0, len(call), self.per_message):
                rows = call[start:start + self.per_message]
                message = {"event": "transcript", "payload": {"sessionId": cid, "transcript": [
                    {"speaker": "customer" if row["channel"] == "EXTERNAL" else "agent",
                     "text": row["text"], "confidence": 0.9,
                     "timestamp": 1_795_000_000_000 + 2500 * (start + i)}
                    for i, row in enumerate(rows)]}}
                try:
                    socket.send(json.dumps(message))
                except ConnectionClosed:
                    return
                time.sleep(self.interval)
        try:
            socket.recv()  # hold the stream open until the client leaves
        except ConnectionClosed:
            return

    def _on_socket(self, socket: ServerConnection) -> None:
        if socket.request and socket.request.path == "/interaction":
            self._interaction(socket)
            return
        channel_id = socket.request.path.rsplit("/", 1)[-1] if socket.request else ""
        with self.lock:
            channel = self.channels.get(channel_id)
        if channel is None or channel.socket is not socket:  # expired or replaced meanwhile
            socket.close(4004, "unknown channel")
            return
        self._announce(channel)
        last = time.monotonic()
        while True:
            try:
                message = socket.recv(timeout=0.5)
            except TimeoutError:
                if time.monotonic() - last > self.heartbeat:
                    self._send(channel, {"topicName": "channel.metadata",
                                         "eventBody": {"message": "WebSocket Heartbeat"}})
                    last = time.monotonic()
                continue
            except ConnectionClosed:  # the client went away (a killed listener: no close frame)
                with self.lock:
                    if channel.socket is socket:
                        channel.socket = None
                return
            if '"ping"' in str(message):
                self._send(channel, {"topicName": "channel.metadata",
                                     "eventBody": {"message": "pong"}})

    def _close(self, channel: _Channel, socket: ServerConnection | None) -> None:
        if socket is not None:
            socket.close(1000, "channel closed")
        with self.lock:
            if channel.socket is socket:
                channel.socket = None

    def _expire(self, channel: _Channel) -> None:
        """The channel's lifetime is over: its socket closes, it cannot be used again."""
        with self.lock:
            self.channels.pop(channel.id, None)
        self._close(channel, channel.socket)

    def _send(self, channel: _Channel, message: dict[str, Any] | str | bytes) -> bool:
        socket = channel.socket
        if socket is None or channel.stalled:
            return False  # as in Genesys: nothing is kept for a channel with no socket
        try:
            socket.send(message if isinstance(message, str | bytes) else json.dumps(message))
        except (ConnectionClosed, InvalidState):  # closed, or the handshake is not done yet
            return False
        return True

    def _announce(self, channel: _Channel) -> None:
        """Every call on the queue's conversation topic, once per channel."""
        queue_topic = f"v2.routing.queues.{self.queue_id}.conversations"
        with self.lock:
            announce = queue_topic in channel.topics and not channel.announced
            channel.announced = channel.announced or announce
        if announce:
            for cid in self.calls:
                self._send(channel, {"topicName": queue_topic, "eventBody": {"id": cid}})

    def _follow(self, channel: _Channel) -> None:
        """Join the channel to the calls it now subscribes to, leave those it dropped."""
        self._announce(channel)
        with self.lock:
            topics = set(channel.topics)
        for cid, call in self._live.items():
            wanted = TRANSCRIPTION.format(cid) in topics
            with call.lock:
                if not wanted:
                    if channel in call.channels:
                        call.channels.remove(channel)
                    continue
                if channel in call.channels:
                    continue
                for step in call.steps[:call.done] if self.replay else []:  # catch up
                    for frame in step.frames:
                        self._send(channel, frame)
                call.channels.append(channel)
                if not call.started and len(call.channels) >= self.followers:
                    call.started = True
                    threading.Thread(target=self._speak, args=(call,), daemon=True).start()

    def _speak(self, call: _Call) -> None:
        """The call goes on in real time: each step to every channel following it."""
        for index, step in enumerate(call.steps):
            self._going.wait()
            with self.lock:
                junk, self.malformed = self.malformed, []
            with call.lock:
                for channel in list(call.channels):
                    for frame in junk + step.frames:
                        if self._send(channel, frame):
                            now = time.monotonic()
                            for row in step.rows:
                                self.sent_at.setdefault((call.id, row["utterance_id"]), now)
                call.done = index + 1
            time.sleep(self.interval)


@dataclass
class _Step:
    frames: list[str]  # what goes out at this point of the call
    rows: list[dict[str, Any]]  # the utterances it carries


@dataclass
class _Call:
    id: str
    steps: list[_Step]
    channels: list[_Channel] = field(default_factory=list)  # following it now
    done: int = 0  # steps already said
    started: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


def _script(cid: str, rows: list[dict[str, Any]], per_message: int, interim: bool,
            duplicates: bool) -> list[_Step]:
    steps = []
    for start in range(0, len(rows), per_message):
        chunk = rows[start:start + per_message]
        final = json.dumps(_transcription(cid, chunk, start))
        frames = [final, final] if duplicates else [final]
        if interim:  # the first words, revised by the final message that follows
            frames.insert(0, json.dumps(_transcription(cid, chunk, start, final=False)))
        steps.append(_Step(frames, chunk))
    ended = _transcription(cid, [], len(rows))
    ended["eventBody"]["status"]["status"] = "SESSION_ENDED"
    steps.append(_Step([json.dumps(ended)], []))
    return steps


def _transcription(cid: str, rows: list[dict[str, Any]], first: int, final: bool = True
                   ) -> dict[str, Any]:
    def text(row: dict[str, Any]) -> str:
        return row["text"] if final else " ".join(row["text"].split()[:3])

    return {
        "topicName": TRANSCRIPTION.format(cid),
        "version": "2",
        "eventBody": {
            "conversationId": cid,
            "communicationId": f"{cid}-comm",
            "transcripts": [
                {"utteranceId": row["utterance_id"], "isFinal": final, "channel": row["channel"],
                 "alternatives": [{"confidence": 0.9, "offsetMs": 2500 * (first + i + 1),
                                   "durationMs": 2000, "transcript": text(row),
                                   "words": [{"word": w} for w in text(row).split()]}],
                 "engineProvider": "GENESYS", "dialect": "en-US"}
                for i, row in enumerate(rows)
            ],
            "status": {"offsetMs": 2500 * (first + len(rows)), "status": "SESSION_ONGOING"},
        },
    }


def _reply(handler: BaseHTTPRequestHandler, status: int, payload: dict[str, Any],
           headers: dict[str, str] | None = None) -> None:
    data = json.dumps(payload).encode()
    handler.send_response(status)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def _later(delay: float, function: Any, *args: Any) -> None:
    timer = threading.Timer(delay, function, args=args)
    timer.daemon = True
    timer.start()
