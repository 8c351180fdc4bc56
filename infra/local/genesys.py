"""A local Genesys Cloud: the parts of the Notifications API the listener uses, on loopback.

REST (one HTTP server): `POST /oauth/token` (client credentials, HTTP Basic), `POST
/api/v2/notifications/channels`, `PUT`/`POST /api/v2/notifications/channels/{id}/subscriptions`
(with `Rejected` entries when the transcription permission is withheld). WebSocket (a second
server): one socket per channel (a second connection closes the first), heartbeats, `pong` to
`{"message": "ping"}`. Scripted calls (JSON Lines in the dev corpus format) are announced on the
queue's conversation topic and, once a channel subscribes to a call's transcription topic,
replayed on it a few utterances per message, then `SESSION_ENDED`. Unlike Genesys, a call is
replayed from its start on every new channel that subscribes to it, so a listener that lost its
socket finds everything again and has to deduplicate. On command: `deny_transcription`
(Rejected subscriptions), `drop_sockets` (no close frame), `expire_tokens` (401s), and
`malformed` frames sent before the next replay message.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve

TRANSCRIPTION = "v2.conversations.{}.transcription"


@dataclass
class _Channel:
    id: str
    topics: set[str] = field(default_factory=set)
    socket: ServerConnection | None = None
    started: set[str] = field(default_factory=set)  # calls whose replay began on this channel


class GenesysEmulator:
    def __init__(self, calls: Iterable[list[dict[str, Any]]], client_id: str = "local-client",
                 client_secret: str = "local-secret", queue_id: str = "queue-1",
                 per_message: int = 3, interval: float = 0.01, heartbeat: float = 30.0,
                 token_ttl: int = 86399) -> None:
        self.calls = {call[0]["conversation_id"]: call for call in calls}
        self.client_id, self.client_secret = client_id, client_secret
        self.queue_id = queue_id
        self.per_message, self.interval, self.heartbeat = per_message, interval, heartbeat
        self.token_ttl = token_ttl
        self.deny_transcription = False
        self.tokens: dict[str, float] = {}
        self.channels: dict[str, _Channel] = {}
        self.malformed: list[str] = []  # raw frames to send before the next replay message
        self.sent_at: dict[tuple[str, str], float] = {}  # first time each utterance went out
        self.lock = threading.Lock()
        self._ws = serve(self._on_socket, "127.0.0.1", 0)
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

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._http.daemon_threads = True
        threading.Thread(target=self._http.serve_forever, daemon=True).start()
        self.base_url = f"http://127.0.0.1:{self._http.server_address[1]}"

    def stop(self) -> None:
        self._http.shutdown()
        self._ws.shutdown()

    # -- misbehaviour, on command -------------------------------------------------------------

    def drop_sockets(self) -> None:
        """Cut every socket without a close frame (the client sees 1006)."""
        with self.lock:
            sockets = [c.socket for c in self.channels.values() if c.socket is not None]
        for socket in sockets:
            socket.socket.close()

    def expire_tokens(self) -> None:
        """Every token issued so far is refused from now on (401)."""
        with self.lock:
            self.tokens.clear()

    # -- REST -----------------------------------------------------------------------------

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
        if path == "/api/v2/notifications/channels" and method == "POST":
            channel = _Channel(f"streaming-0-{uuid.uuid4().hex[:20]}")
            with self.lock:
                self.channels[channel.id] = channel
            _reply(handler, 200, {"id": channel.id,
                                  "connectUri": f"{self.ws_base}/channels/{channel.id}",
                                  "expires": "2099-01-01T00:00:00.000Z"})
            return
        parts = path.strip("/").split("/")
        if len(parts) == 6 and parts[:4] == ["api", "v2", "notifications", "channels"] \
                and parts[5] == "subscriptions":
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
            channel.topics = wanted if method == "PUT" else channel.topics | wanted
        _reply(handler, 200, {"entities": entities})
        threading.Thread(target=self._play, args=(channel,), daemon=True).start()

    # -- WebSocket ------------------------------------------------------------------------

    def _on_socket(self, socket: ServerConnection) -> None:
        channel_id = socket.request.path.rsplit("/", 1)[-1] if socket.request else ""
        with self.lock:
            channel = self.channels.get(channel_id)
            if channel is None:
                socket.close(4004, "unknown channel")
                return
            previous, channel.socket = channel.socket, socket
        if previous is not None:
            previous.close(4000, "another socket connected to this channel")
        self._play(channel)
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
            except ConnectionClosed:
                return
            if '"ping"' in str(message):
                self._send(channel, {"topicName": "channel.metadata",
                                     "eventBody": {"message": "pong"}})

    def _send(self, channel: _Channel, message: dict[str, Any] | str) -> bool:
        socket = channel.socket
        if socket is None:
            return False  # as in Genesys: nothing is kept for a channel with no socket
        try:
            socket.send(message if isinstance(message, str) else json.dumps(message))
        except ConnectionClosed:
            return False
        return True

    def _play(self, channel: _Channel) -> None:
        """Announce the calls on the queue topic; replay each subscribed call once."""
        if channel.socket is None:
            return
        queue_topic = f"v2.routing.queues.{self.queue_id}.conversations"
        with self.lock:
            topics = set(channel.topics)
            todo = [cid for cid in self.calls
                    if TRANSCRIPTION.format(cid) in topics and cid not in channel.started]
            channel.started.update(todo)
            announce = queue_topic in topics and "__announced__" not in channel.started
            if announce:
                channel.started.add("__announced__")
        if announce:
            for cid in self.calls:
                self._send(channel, {"topicName": queue_topic, "eventBody": {"id": cid}})
        for cid in todo:
            self._replay(channel, cid)

    def _replay(self, channel: _Channel, cid: str) -> None:
        call = self.calls[cid]
        for start in range(0, len(call), self.per_message):
            with self.lock:
                junk, self.malformed = self.malformed, []
            for raw in junk:
                self._send(channel, raw)
            rows = call[start:start + self.per_message]
            if self._send(channel, _transcription(cid, rows, start)):
                now = time.monotonic()
                for row in rows:
                    self.sent_at.setdefault((cid, row["utterance_id"]), now)
            time.sleep(self.interval)
        ended = _transcription(cid, [], len(call))
        ended["eventBody"]["status"]["status"] = "SESSION_ENDED"
        self._send(channel, ended)


def _transcription(cid: str, rows: list[dict[str, Any]], first: int) -> dict[str, Any]:
    return {
        "topicName": TRANSCRIPTION.format(cid),
        "version": "2",
        "eventBody": {
            "conversationId": cid,
            "communicationId": f"{cid}-comm",
            "transcripts": [
                {"utteranceId": row["utterance_id"], "isFinal": True, "channel": row["channel"],
                 "alternatives": [{"confidence": 0.9, "offsetMs": 2500 * (first + i + 1),
                                   "durationMs": 2000, "transcript": row["text"],
                                   "words": [{"word": w} for w in row["text"].split()]}],
                 "engineProvider": "GENESYS", "dialect": "en-US"}
                for i, row in enumerate(rows)
            ],
            "status": {"offsetMs": 2500 * (first + len(rows)), "status": "SESSION_ONGOING"},
        },
    }


def _reply(handler: BaseHTTPRequestHandler, status: int, payload: dict[str, Any]) -> None:
    data = json.dumps(payload).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)
