from __future__ import annotations

import random

import pytest
from pydantic import ValidationError

from transcript_pipeline.core.config import Settings
from transcript_pipeline.core.retry import MAX_VISIBILITY, backoff_seconds


def test_settings_from_environment_and_https_rule() -> None:
    settings = Settings.from_env({"FLUSH_SIZE": "25", "GATEWAY_URL": "https://gw.example/v1"})
    assert settings.flush_size == 25
    assert Settings.from_env({"GATEWAY_URL": "http://127.0.0.1:8080/v1"})
    with pytest.raises(ValidationError, match="https"):
        Settings.from_env({"GATEWAY_URL": "http://gw.example/v1"})
    with pytest.raises(ValidationError, match="flush_size"):
        Settings.from_env({"FLUSH_SIZE": "0"})


def test_backoff_grows_with_jitter_and_honours_retry_after() -> None:
    rng = random.Random(1)
    delays = [backoff_seconds(n, 5, 900, rng=rng) for n in range(1, 9)]
    assert all(d >= 2 for d in delays) and delays[-1] <= 900
    assert max(delays[:2]) < min(delays[-2:])
    assert backoff_seconds(3, 5, 900, retry_after=42) == 42
    assert backoff_seconds(1, 5, 900, retry_after=10**9) == MAX_VISIBILITY


def test_detailed_tracing_is_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    from transcript_pipeline.lambdas import traced

    def handler(event: dict, context: object) -> dict:
        return {"echo": event}

    monkeypatch.delenv("DETAILED_TRACING", raising=False)
    assert traced(handler, "svc") is handler
    monkeypatch.setenv("DETAILED_TRACING", "true")
    monkeypatch.setenv("POWERTOOLS_TRACE_DISABLED", "true")  # no X-Ray daemon here
    wrapped = traced(handler, "svc")
    assert wrapped is not handler
    assert wrapped({"a": 1}, None) == {"echo": {"a": 1}}


@pytest.mark.parametrize(("given", "used"), [
    ("https://gw.example/v1", "https://gw.example/v1/chat/completions"),
    ("https://gw.example/v1/", "https://gw.example/v1/chat/completions"),
    ("https://gw.example/api/v2beta", "https://gw.example/api/v2beta/chat/completions"),
    ("https://gw.example", "https://gw.example/chat/completions"),
    ("http://127.0.0.1:4000/v1", "http://127.0.0.1:4000/v1/chat/completions"),
    ("https://gw.example/v1/chat/completions", "https://gw.example/v1/chat/completions"),
    ("https://r.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-06-01",
     "https://r.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-06-01"),
    ("https://gw.example/custom/route", "https://gw.example/custom/route"),
])
def test_a_base_url_means_its_chat_completions_endpoint(given: str, used: str) -> None:
    assert Settings(gateway_url=given).gateway_url == used
