"""Gateway client: request shape and failure classification (in-process HTTP transport)."""

from __future__ import annotations

import httpx
import pytest

from transcript_pipeline.core.errors import (
    FatalGatewayError,
    GatewayResponseError,
    RetryableGatewayError,
)
from transcript_pipeline.core.models import RedactedSegment
from transcript_pipeline.delivery.gateway_client import (
    GatewayClient,
    build_request,
    idempotency_key,
    parse_retry_after,
)

OK = {"choices": [{"message": {"role": "assistant", "content": "hi"}}], "usage": {"t": 1}}


def segments() -> list[RedactedSegment]:
    return [RedactedSegment(conversation_id="c", seq=i, utterance_id=f"u{i}", channel=ch,
                            offset_ms=i, duration_ms=1, text=f"t{i}")
            for i, ch in ((1, "INTERNAL"), (2, "EXTERNAL"))]


def client_for(response: httpx.Response | Exception) -> GatewayClient:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(response, Exception):
            raise response
        return response

    return GatewayClient("https://gw.example/v1/chat/completions", 5,
                         http=httpx.Client(transport=httpx.MockTransport(handler)))


def test_request_roles_metadata_and_key() -> None:
    key = idempotency_key("c", 1, 2)
    request = build_request("m", "be brief", "c", segments(), key)
    assert [m.role for m in request.messages] == ["system", "assistant", "user"]
    assert request.metadata == {"conversation_id": "c", "first_seq": "1", "last_seq": "2",
                                "idempotency_key": key}
    assert key == idempotency_key("c", 1, 2) != idempotency_key("c", 1, 3)


@pytest.mark.parametrize(("status", "error"), [
    (429, RetryableGatewayError), (500, RetryableGatewayError), (503, RetryableGatewayError),
    (401, FatalGatewayError), (403, FatalGatewayError), (400, FatalGatewayError),
    (422, FatalGatewayError),
])
def test_status_classification(status: int, error: type[Exception]) -> None:
    gateway = client_for(httpx.Response(status, headers={"Retry-After": "7"}))
    request = build_request("m", "p", "c", segments(), "k")
    with pytest.raises(error) as caught:
        gateway.send(request, "secret-key", "k")
    assert caught.value.status == status
    assert "secret-key" not in str(caught.value) and "t1" not in str(caught.value)
    if status == 429:
        assert caught.value.retry_after == 7


@pytest.mark.parametrize("exc", [httpx.ReadTimeout("slow"), httpx.ConnectError("refused"),
                                 httpx.RemoteProtocolError("dropped")])
def test_transport_failures_are_retryable(exc: Exception) -> None:
    with pytest.raises(RetryableGatewayError):
        client_for(exc).send(build_request("m", "p", "c", segments(), "k"), "x", "k")


# Chat completions as real OpenAI-compatible servers return them (trimmed to what matters).
OPENAI_CURRENT = {
    "id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG", "object": "chat.completion",
    "created": 1741570283, "model": "gpt-4o-2024-08-06", "service_tier": "default",
    "system_fingerprint": "fp_fc9f1d7035",
    "choices": [{"index": 0, "logprobs": None, "finish_reason": "stop", "message": {
        "role": "assistant", "content": "Offer the refund.", "refusal": None,
        "annotations": []}}],
    "usage": {"prompt_tokens": 1117, "completion_tokens": 46, "total_tokens": 1163,
              "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
              "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                            "accepted_prediction_tokens": 0,
                                            "rejected_prediction_tokens": 0}},
}
VLLM = {**OPENAI_CURRENT, "usage": {"prompt_tokens": 12, "completion_tokens": 3,
                                    "total_tokens": 15, "prompt_tokens_details": None}}
REFUSAL = {**OPENAI_CURRENT, "choices": [{"index": 0, "finish_reason": "stop", "message": {
    "role": "assistant", "content": None, "refusal": "I can't help with that."}}]}
TOOL_CALL = {**OPENAI_CURRENT, "choices": [{"index": 0, "finish_reason": "tool_calls",
                                            "message": {"role": "assistant", "content": None,
                                                        "tool_calls": [{
                                                            "id": "call_1", "type": "function",
                                                            "function": {"name": "suggest",
                                                                         "arguments": "{}"}}]}}]}


@pytest.mark.parametrize(("body", "content"), [
    (OK, "hi"), (OPENAI_CURRENT, "Offer the refund."), (VLLM, "Offer the refund."),
    (REFUSAL, None), (TOOL_CALL, None),
])
def test_every_valid_chat_completion_is_confirmed(body: dict, content: str | None) -> None:
    answer = client_for(httpx.Response(200, json=body)).send(
        build_request("m", "p", "c", segments(), "k"), "x", "k")
    assert answer.choices[0].message.content == content


@pytest.mark.parametrize("body", ["<html>login</html>", '{"error": "upstream"}',
                                  '{"choices": []}'])
def test_a_200_that_is_no_chat_completion_is_a_named_error_not_a_retry(body: str) -> None:
    with pytest.raises(GatewayResponseError, match="not a chat completion") as caught:
        client_for(httpx.Response(200, text=body)).send(
            build_request("m", "p", "c", segments(), "k"), "x", "k")
    assert isinstance(caught.value, FatalGatewayError)


def test_retry_after_forms() -> None:
    assert parse_retry_after("12") == 12
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


@pytest.mark.parametrize("value", ["999999", "Wed, 21 Oct 2099 07:28:00 GMT"])
def test_a_retry_after_beyond_the_cap_is_capped(value: str) -> None:
    gateway = GatewayClient("https://gw.example/v1/chat/completions", 5, max_retry_after=900,
                            http=httpx.Client(transport=httpx.MockTransport(
                                lambda request: httpx.Response(429,
                                                               headers={"Retry-After": value}))))
    with pytest.raises(RetryableGatewayError) as caught:
        gateway.send(build_request("m", "p", "c", segments(), "k"), "x", "k")
    assert caught.value.retry_after == 900
