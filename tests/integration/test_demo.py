"""`make demo` works on a fresh clone: it exits 0 and shows a call with its PII replaced; against
a real gateway (LiteLLM's proxy) it counts delivery from our side, takes the gateway's base URL
as well as its endpoint, and ends a refused key with one line and exit 1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from infra.local.litellm_proxy import MASTER_KEY, LiteLLMProxy

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def demo(**env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "infra.local.demo"], cwd=ROOT, text=True,
                          capture_output=True, timeout=180, check=False,
                          env={**os.environ, **env})


def test_demo_delivers_everything_and_shows_a_call_side_by_side() -> None:
    proc = demo()
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "Every utterance was delivered once" in proc.stdout
    sent = [line.split("gateway: ", 1)[1] for line in proc.stdout.splitlines()
            if "gateway: " in line]
    assert len(sent) >= 10
    sample = [json.loads(line)["text"] for line in
              (ROOT / "tests" / "data" / "sample_call.jsonl").read_text().splitlines()]
    for secret in ("raghunathan", "kowalczyk", "four five five six", "617 555 0143",
                   "nineteen eighty two", "seven one four"):
        assert any(secret in text for text in sample)
        assert not any(secret in text.lower() for text in sent), secret


def test_demo_against_a_real_gateway_given_by_its_base_url(litellm: LiteLLMProxy) -> None:
    """LiteLLM's proxy by the base URL an OpenAI SDK takes (".../v1"): every utterance is
    confirmed, as counted in our own session table (the gateway keeps no record we could read)."""
    since = len(litellm.requests())
    proc = demo(LLM_GATEWAY_URL=f"{litellm.base}/v1",
                LLM_API_KEY=MASTER_KEY)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "Every utterance was delivered once" in proc.stdout
    assert len(litellm.requests()) > since  # it was LiteLLM that answered


def test_demo_with_a_key_the_gateway_refuses_ends_in_one_line(litellm: LiteLLMProxy) -> None:
    proc = demo(LLM_GATEWAY_URL=litellm.url, LLM_API_KEY="sk-not-a-key-litellm-knows")
    assert proc.returncode == 1
    refusal = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(refusal) == 1, refusal
    assert refusal[0].startswith("The gateway refused the batches:") and "(HTTP 4" in refusal[0]
    assert "sk-not-a-key" not in proc.stdout + proc.stderr
