"""LiteLLM's proxy on loopback: the real OpenAI-compatible gateway, with no upstream model.

Users put LiteLLM (or a server like it) in front of their models; the pipeline must work
against it as it is, not only against our emulator. Its models here answer from
`mock_response`, so nothing leaves the machine:

- `gpt-4o-mini` (the template's default model) answers every request;
- `rate-limited` allows one request a minute, so the second gets LiteLLM's own 429.

Requests need the master key. Without a database LiteLLM has no virtual keys, and any other key
is refused with its own 4xx ("No connected db"), which the pipeline must treat as fatal.
The proxy runs from its own virtualenv (`make litellm`); `LITELLM_BIN` names another binary.
"""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BIN = ROOT / ".venv-litellm" / "bin" / "litellm"
MASTER_KEY = "sk-local-litellm-master"
MODEL = "gpt-4o-mini"
RATE_LIMITED_MODEL = "rate-limited"
ANSWER = "Confirm the customer's request and offer the next step."
CONFIG = f"""model_list:
  - model_name: {MODEL}
    litellm_params:
      model: openai/{MODEL}
      mock_response: "{ANSWER}"
  - model_name: {RATE_LIMITED_MODEL}
    litellm_params:
      model: openai/{RATE_LIMITED_MODEL}
      mock_response: "{ANSWER}"
      rpm: 1
router_settings:
  enable_pre_call_checks: true
general_settings:
  master_key: {MASTER_KEY}
litellm_settings:
  telemetry: false
"""


def litellm_bin() -> Path:
    return Path(os.environ.get("LITELLM_BIN", DEFAULT_BIN))


class LiteLLMProxy:
    """Starts the proxy in `__enter__` (a few seconds) and stops it in `__exit__`."""

    def __init__(self, startup_seconds: float = 120.0) -> None:
        self.startup_seconds = startup_seconds
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.url = f"{self.base}/v1/chat/completions"
        self._dir = tempfile.TemporaryDirectory(prefix="litellm-")
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> LiteLLMProxy:
        binary = litellm_bin()
        if not binary.exists():
            raise RuntimeError(f"LiteLLM's proxy is not installed at {binary}: run make litellm")
        config = Path(self._dir.name) / "config.yaml"
        config.write_text(CONFIG, encoding="utf-8")
        log = (Path(self._dir.name) / "proxy.log").open("wb")
        env = {**os.environ, "LITELLM_TELEMETRY": "False", "LITELLM_LOG": "ERROR",
               "NO_DOCS": "True", "DISABLE_ADMIN_UI": "True"}
        self._process = subprocess.Popen(
            [str(binary), "--config", str(config), "--host", "127.0.0.1", "--port",
             str(self.port), "--num_workers", "1"],
            stdout=log, stderr=subprocess.STDOUT, env=env, cwd=self._dir.name)
        deadline = time.monotonic() + self.startup_seconds
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"LiteLLM's proxy exited with {self._process.returncode}; "
                                   f"its log is {Path(self._dir.name) / 'proxy.log'}")
            if _healthy(f"{self.base}/health/liveliness"):
                return self
            time.sleep(0.25)
        self.__exit__()
        raise RuntimeError(f"LiteLLM's proxy did not answer within {self.startup_seconds:.0f} s")

    def __exit__(self, *exc: object) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._dir.cleanup()


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # loopback only
            return bool(response.status == 200)
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
