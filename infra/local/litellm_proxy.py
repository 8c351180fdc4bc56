"""LiteLLM's proxy on loopback: the real OpenAI-compatible gateway, with no upstream model.

Users put LiteLLM (or a server like it) in front of their models; the pipeline must work
against it as it is, not only against our emulator. Its models here answer from
`mock_response`, so nothing leaves the machine:

- `gpt-4o-mini` (the template's default model) answers every request;
- `rate-limited` allows one request a minute, so the second gets LiteLLM's own 429;
- `structured` answers with a JSON agent suggestion (for `GATEWAY_RESPONSE_FORMAT=json_schema`);
- any other names given to `LiteLLMProxy(models=...)` (a `GATEWAY_MODEL` the user set) answer
  as `gpt-4o-mini` does.

Clients reach the proxy through a loopback pass-through that keeps each request's exact bytes
(`requests()`) and forwards them unchanged, so a test can assert the body a real gateway was
sent: LiteLLM's own request hooks see it only after LiteLLM has added fields of its own.

Requests need the master key. Without a database LiteLLM has no virtual keys, and any other key
is refused with its own 4xx ("No connected db"), which the pipeline must treat as fatal.
The proxy runs from its own virtualenv (`make litellm`); `LITELLM_BIN` names another binary.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import tempfile
import threading
import time
import urllib.request
import uuid
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BIN = ROOT / ".venv-litellm" / "bin" / "litellm"
MASTER_KEY = "sk-local-litellm-master"
MODEL = "gpt-4o-mini"
RATE_LIMITED_MODEL = "rate-limited"
STRUCTURED_MODEL = "structured"
ANSWER = "Confirm the customer's request and offer the next step."
SUGGESTION = {"suggestion": "Confirm [PERSON_1]'s new address and offer a replacement card.",
              "next_steps": ["Verify identity", "Order the card"],
              "customer_intent": "replace a lost card"}
RECORDED_HEADERS = ("x-conversation-id", "x-batch-first-seq", "x-batch-last-seq",
                    "idempotency-key", "content-type")


def _config(models: Iterable[str]) -> str:
    """The proxy's config: one mock model per name."""
    answers = {**{name: ANSWER for name in models}, MODEL: ANSWER,
               STRUCTURED_MODEL: json.dumps(SUGGESTION)}
    entries = [{"model_name": name, "litellm_params": {"model": f"openai/{name}",
                                                         "mock_response": answer}}
               for name, answer in answers.items()]
    entries.append({"model_name": RATE_LIMITED_MODEL, "litellm_params": {
        "model": f"openai/{RATE_LIMITED_MODEL}", "mock_response": ANSWER, "rpm": 1}})
    return json.dumps({  # YAML is a superset of JSON
        "model_list": entries,
        "router_settings": {"enable_pre_call_checks": True},
        "general_settings": {"master_key": MASTER_KEY},
        "litellm_settings": {"telemetry": False},
    }, indent=1)


def litellm_bin() -> Path:
    return Path(os.environ.get("LITELLM_BIN", DEFAULT_BIN))


class LiteLLMProxy:
    """Starts the proxy in `__enter__` (a few seconds) and stops it in `__exit__`."""

    def __init__(self, startup_seconds: float = 120.0, models: Iterable[str] = ()) -> None:
        self.startup_seconds = startup_seconds
        # A model only this instance serves: a proxy answering on its port that does not list
        # it is another one's (the port was taken between picking it and binding it).
        self.instance = f"instance-{uuid.uuid4().hex[:12]}"
        self.models = [*models, self.instance]
        self.port = _free_port()
        self._recorder = _Recorder(self.port)
        self.base = f"http://127.0.0.1:{self._recorder.server_port}"
        self.url = f"{self.base}/v1/chat/completions"
        self._dir = tempfile.TemporaryDirectory(prefix="litellm-")
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> LiteLLMProxy:
        binary = litellm_bin()
        if not binary.exists():
            raise RuntimeError(f"LiteLLM's proxy is not installed at {binary}: run make litellm")
        config = Path(self._dir.name) / "config.yaml"
        config.write_text(_config(self.models), encoding="utf-8")
        env = {**os.environ, "LITELLM_TELEMETRY": "False", "LITELLM_LOG": "ERROR",
               "NO_DOCS": "True", "DISABLE_ADMIN_UI": "True"}
        deadline = time.monotonic() + self.startup_seconds
        for _attempt in range(3):  # a port another process took meanwhile: another port
            log = (Path(self._dir.name) / "proxy.log").open("wb")
            self._process = subprocess.Popen(
                [str(binary), "--config", str(config), "--host", "127.0.0.1", "--port",
                 str(self.port), "--num_workers", "1"],
                stdout=log, stderr=subprocess.STDOUT, env=env, cwd=self._dir.name)
            while time.monotonic() < deadline and self._process.poll() is None:
                if self._serves_this_instance():
                    threading.Thread(target=self._recorder.serve_forever, daemon=True).start()
                    return self
                time.sleep(0.25)
            if self._process.poll() is None:
                break  # out of time
            self.port = self._recorder.upstream_port = _free_port()
        self.__exit__()
        raise RuntimeError(f"LiteLLM's proxy did not start within {self.startup_seconds:.0f} s;"
                           f" its log is {Path(self._dir.name) / 'proxy.log'}")

    def _serves_this_instance(self) -> bool:
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/v1/models",
                                         headers={"Authorization": f"Bearer {MASTER_KEY}"})
        try:
            with urllib.request.urlopen(request, timeout=2) as response:  # loopback only
                listed = json.loads(response.read())
        except (OSError, ValueError):
            return False
        return any(model.get("id") == self.instance for model in listed.get("data", []))

    def requests(self) -> list[dict[str, Any]]:
        """Every chat-completions request so far, as sent: {"body": the parsed JSON body,
        "headers": our id headers, "status": the proxy's answer (None while in flight)}."""
        requests = []
        for seen in list(self._recorder.seen):
            if seen["path"].endswith("/chat/completions"):
                if "parsed" not in seen:  # once: tests poll this many times a second
                    seen["parsed"] = json.loads(seen["body"])
                requests.append({"body": seen["parsed"], "headers": seen["headers"],
                                 "status": seen["status"]})
        return requests

    def confirmed(self, since: int = 0) -> list[dict[str, Any]]:
        """The bodies of the requests (from request `since` on) the proxy answered with 2xx,
        the first of each idempotency key: what a gateway has taken, once."""
        keys: set[str] = set()
        out = []
        for request in self.requests()[since:]:
            key = request["headers"].get("idempotency-key", str(len(out)))
            if request["status"] is not None and 200 <= request["status"] < 300 \
                    and key not in keys:
                keys.add(key)
                out.append(request["body"])
        return out

    def __exit__(self, *exc: object) -> None:
        self._recorder.shutdown()
        self._recorder.server_close()
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._dir.cleanup()


class _Recorder(ThreadingHTTPServer):
    """A loopback pass-through to the proxy on `upstream_port`: records, forwards verbatim."""

    daemon_threads = True

    def __init__(self, upstream_port: int) -> None:
        super().__init__(("127.0.0.1", 0), _Forward)
        self.upstream_port = upstream_port
        self.seen: list[dict[str, Any]] = []  # path, headers, body, status


class _Forward(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Recorder

    def do_GET(self) -> None:
        self._forward(b"")

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k.lower(): v for k, v in self.headers.items()}
        seen = {"path": self.path, "headers": {k: headers[k] for k in RECORDED_HEADERS
                                               if k in headers}, "body": body, "status": None}
        self.server.seen.append(seen)
        seen["status"] = self._forward(body)

    def _forward(self, body: bytes) -> int:
        """Forward the request; the proxy's status."""
        upstream = http.client.HTTPConnection("127.0.0.1", self.server.upstream_port, timeout=120)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            upstream.request(self.command, self.path, body=body or None, headers=headers)
            response = upstream.getresponse()
            answer = response.read()
            self.send_response(response.status)
            for key, value in response.getheaders():
                if key.lower() not in (*_HOP_BY_HOP, "content-length"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)
            return response.status
        finally:
            upstream.close()

    def log_message(self, format: str, *args: Any) -> None:  # quiet, as the proxy's log is
        pass


_HOP_BY_HOP = ("connection", "keep-alive", "transfer-encoding", "host")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
