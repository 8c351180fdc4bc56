"""A local OpenAI-compatible gateway: records what it receives and fails when told to.

Serves POST /v1/chat/completions on loopback. Requests with the same Idempotency-Key after a
success get the first answer again and are counted as resends, not as new batches. Failures
can be scripted one by one (`fail_next`) or drawn at random (`chaos`): HTTP errors with or
without Retry-After, slow answers (client time-outs) and dropped connections.
"""

from __future__ import annotations

import json
import random
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PATH = "/v1/chat/completions"


@dataclass
class Failure:
    """One scripted failure: an HTTP status, a stall of `delay` seconds, or a dropped socket."""

    status: int | None = None
    retry_after: str | None = None
    delay: float = 0.0
    drop: bool = False


@dataclass
class Received:
    """A request as the gateway saw it."""

    idempotency_key: str
    body: dict[str, Any]
    outcome: str  # ok | resend | failed:<what>
    at: float = field(default_factory=time.monotonic)
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names

    @property
    def conversation_id(self) -> str:
        return self.headers.get("x-conversation-id") or str(self.body.get("user", ""))

    @property
    def seq_range(self) -> tuple[int, int]:
        return int(self.headers["x-batch-first-seq"]), int(self.headers["x-batch-last-seq"])


@dataclass
class _State:
    api_key: str
    scripted: list[Failure] = field(default_factory=list)
    chaos_rate: float = 0.0
    chaos_modes: list[Failure] = field(default_factory=list)
    rng: random.Random = field(default_factory=lambda: random.Random(7))
    answers: dict[str, bytes] = field(default_factory=dict)
    in_progress: set[str] = field(default_factory=set)
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class GatewayEmulator:
    def __init__(self, api_key: str = "local-gateway-key") -> None:
        self.state = _State(api_key)
        state = self.state

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output clean
                return

            def do_POST(self) -> None:
                _serve(self, state)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        host, port = self._server.server_address[:2]
        self.url = f"http://{host}:{port}{PATH}"

    def fail_next(self, *failures: Failure) -> None:
        with self.state.lock:
            self.state.scripted.extend(failures)

    def chaos(self, rate: float, modes: list[Failure], seed: int = 7) -> None:
        with self.state.lock:
            self.state.chaos_rate = rate
            self.state.chaos_modes = list(modes)
            self.state.rng = random.Random(seed)

    def calm(self) -> None:
        with self.state.lock:
            self.state.chaos_rate = 0.0
            self.state.scripted.clear()

    @property
    def received(self) -> list[Received]:
        with self.state.lock:
            return list(self.state.received)

    def accepted(self) -> list[Received]:
        """First successful delivery of each batch, in the order the gateway confirmed them."""
        return [r for r in self.received if r.outcome == "ok"]

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _serve(handler: BaseHTTPRequestHandler, state: _State) -> None:
    length = int(handler.headers.get("Content-Length") or 0)
    raw = handler.rfile.read(length)
    key = handler.headers.get("Idempotency-Key", "")
    try:
        body = json.loads(raw)
    except ValueError:
        body = {}
    if handler.path != PATH:
        _reply(handler, 404, {"error": {"message": "not found"}})
        return
    if handler.headers.get("Authorization") != f"Bearer {state.api_key}":
        _record(handler, state, key, body, "failed:401")
        _reply(handler, 401, {"error": {"message": "invalid api key"}})
        return
    with state.lock:
        cached = state.answers.get(key)
        busy = key in state.in_progress
        if not busy and cached is None:
            state.in_progress.add(key)
    if busy:  # the same batch is still being answered: as idempotent APIs do, say 409
        _record(handler, state, key, body, "failed:409")
        _reply(handler, 409, {"error": {"message": "request with this key in progress"}})
        return
    try:
        _answer(handler, state, key, body, raw, cached)
    finally:
        with state.lock:
            state.in_progress.discard(key)


def _answer(handler: BaseHTTPRequestHandler, state: _State, key: str, body: dict[str, Any],
            raw: bytes, cached: bytes | None) -> None:
    with state.lock:
        failure = state.scripted.pop(0) if state.scripted and cached is None else None
        if failure is None and cached is None and state.chaos_rate \
                and state.rng.random() < state.chaos_rate:
            failure = state.rng.choice(state.chaos_modes)
    if cached is not None:
        _record(handler, state, key, body, "resend")
        _reply_raw(handler, 200, cached)
        return
    if failure is not None:
        if failure.delay:
            time.sleep(failure.delay)
        if failure.drop:
            _record(handler, state, key, body, "failed:dropped")
            handler.close_connection = True
            handler.connection.close()
            return
        if failure.status is not None:
            _record(handler, state, key, body, f"failed:{failure.status}")
            headers = {"Retry-After": failure.retry_after} if failure.retry_after else {}
            _reply(handler, failure.status, {"error": {"message": "scripted failure"}}, headers)
            return
    # The current OpenAI shape: nested usage details, a system fingerprint, a null refusal.
    answer = json.dumps({
        "id": f"chatcmpl-{len(state.received)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", ""),
        "system_fingerprint": "fp_emulator",
        "service_tier": "default",
        "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None, "message": {
            "role": "assistant", "refusal": None, "annotations": [],
            "content": f"Suggestion for the agent after {len(body.get('messages', [])) - 1} "
                       "utterances: confirm the customer's request and offer next steps."}}],
        "usage": {"prompt_tokens": len(raw) // 4, "completion_tokens": 16,
                  "total_tokens": len(raw) // 4 + 16,
                  "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                  "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                                "accepted_prediction_tokens": 0,
                                                "rejected_prediction_tokens": 0}},
    }).encode()
    with state.lock:
        state.answers[key] = answer
    _record(handler, state, key, body, "ok")
    _reply_raw(handler, 200, answer)


def _record(handler: BaseHTTPRequestHandler, state: _State, key: str, body: dict[str, Any],
            outcome: str) -> None:
    headers = {name.lower(): value for name, value in handler.headers.items()
               if name.lower() != "authorization"}
    with state.lock:
        state.received.append(Received(key, body, outcome, headers=headers))


def _reply(handler: BaseHTTPRequestHandler, status: int, payload: dict[str, Any],
           headers: dict[str, str] | None = None) -> None:
    _reply_raw(handler, status, json.dumps(payload).encode(), headers)


def _reply_raw(handler: BaseHTTPRequestHandler, status: int, data: bytes,
               headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(data)
