"""Gateway client: request shape and failure classification (in-process HTTP transport)."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from transcript_pipeline.core.errors import (
    FatalGatewayError,
    GatewayResponseError,
    RetryableGatewayError,
)
from transcript_pipeline.core.models import RedactedSegment
from transcript_pipeline.delivery.answers import response_format
from transcript_pipeline.delivery.gateway_client import (
    GatewayClient,
    batch_headers,
    build_request,
    idempotency_key,
    parse_retry_after,
)
from transcript_pipeline.delivery.payloads import ChatCompletionRequest, ChatMessage

from ..openai_strict import METADATA_WITHOUT_STORE, openai_strict_errors

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


def test_the_request_is_standard_with_ids_in_headers_and_user() -> None:
    key = idempotency_key("c", 1, 2)
    request = build_request("m", "be brief", "c", segments(), key)
    body = json.loads(request.model_dump_json(exclude_none=True))
    assert openai_strict_errors(body) == []
    assert set(body) == {"model", "messages", "user"} and body["user"] == "c"
    assert [m["role"] for m in body["messages"]] == ["system", "assistant", "user"]
    assert batch_headers("c", segments()) == {"X-Conversation-Id": "c",
                                              "X-Batch-First-Seq": "1", "X-Batch-Last-Seq": "2"}
    assert key == idempotency_key("c", 1, 2) != idempotency_key("c", 1, 3)
    stored = json.loads(build_request("m", "p", "c", segments(), key, store=True)
                        .model_dump_json(exclude_none=True))
    assert openai_strict_errors(stored) == [] and stored["metadata"]["idempotency_key"] == key
    # The payload of before: ids in metadata without store, refused by the OpenAI API.
    before = {**body, "metadata": {"conversation_id": "c"}}
    assert openai_strict_errors(before) == [METADATA_WITHOUT_STORE]
    # Optional settings go out only when set, each in the published schema's form.
    tuned = json.loads(build_request(
        "m", "p", "c", segments(), key, temperature=0.3, max_tokens=200,
        response_format=response_format()).model_dump_json(exclude_none=True))
    assert set(tuned) == {"model", "messages", "user", "temperature", "max_tokens",
                          "response_format"}
    assert openai_strict_errors(tuned) == []
    assert openai_strict_errors({**body, "conversation_id": "c"}) != []  # no field of our own


def test_ids_go_out_as_headers_and_the_body_is_what_was_built() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=OK)

    gateway = GatewayClient("https://gw.example/v1/chat/completions", 5,
                            http=httpx.Client(transport=httpx.MockTransport(handler)))
    gateway.send(build_request("m", "p", "c", segments(), "k"), "x", "k",
                 batch_headers("c", segments()))
    assert seen[0].headers["x-conversation-id"] == "c"
    assert seen[0].headers["idempotency-key"] == "k"
    assert openai_strict_errors(json.loads(seen[0].content)) == []


@pytest.mark.parametrize(("status", "error"), [
    (429, RetryableGatewayError), (500, RetryableGatewayError), (503, RetryableGatewayError),
    (401, FatalGatewayError), (403, FatalGatewayError), (400, FatalGatewayError),
    (422, FatalGatewayError), (301, FatalGatewayError), (307, FatalGatewayError),
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


class Drip(httpx.SyncByteStream):
    """An answer that arrives a few bytes at a time, each read well within a read timeout."""

    def __init__(self, chunks: int, pause: float, size: int = 8) -> None:
        self.chunks, self.pause, self.size = chunks, pause, size
        self.sent = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for _ in range(self.chunks):
            time.sleep(self.pause)
            self.sent += 1
            yield b" " * self.size


def test_a_slow_drip_ends_at_one_overall_deadline() -> None:
    drip = Drip(40, 0.05)  # two seconds in all, 50 ms a read
    gateway = GatewayClient("https://gw.example/v1/chat/completions", 0.3,
                            http=httpx.Client(transport=httpx.MockTransport(
                                lambda request: httpx.Response(200, stream=drip))))
    with pytest.raises(RetryableGatewayError, match="timed out"):
        gateway.send(build_request("m", "p", "c", segments(), "k"), "x", "k")
    assert drip.sent < drip.chunks  # given up at the deadline, not at the end of the drip


def test_an_oversized_answer_is_a_gateway_error_not_a_giant_event() -> None:
    gateway = GatewayClient("https://gw.example/v1/chat/completions", 5,
                            max_response_bytes=1000,
                            http=httpx.Client(transport=httpx.MockTransport(
                                lambda request: httpx.Response(200, stream=Drip(20, 0, 100)))))
    with pytest.raises(GatewayResponseError, match="over 1,000 bytes"):
        gateway.send(build_request("m", "p", "c", segments(), "k"), "x", "k")


def test_the_invocation_deadline_bounds_a_request_below_its_own_timeout() -> None:
    drip = Drip(100, 0.05)  # five seconds in all; the client's own timeout would wait for it
    gateway = GatewayClient("https://gw.example/v1/chat/completions", 30,
                            http=httpx.Client(transport=httpx.MockTransport(
                                lambda request: httpx.Response(200, stream=drip))))
    with pytest.raises(RetryableGatewayError, match="timed out"):
        gateway.send(build_request("m", "p", "c", segments(), "k"), "x", "k",
                     deadline=time.monotonic() + 2.5)
    assert drip.sent < drip.chunks  # cut at the invocation's deadline, not at 30 s


def test_a_request_with_too_little_invocation_left_is_not_started() -> None:
    sent: list[httpx.Request] = []
    gateway = GatewayClient("https://gw.example/v1/chat/completions", 20,
                            http=httpx.Client(transport=httpx.MockTransport(
                                lambda request: sent.append(request) or httpx.Response(
                                    200, json=OK))))
    with pytest.raises(RetryableGatewayError, match="left for the next attempt"):
        gateway.send(build_request("m", "p", "c", segments(), "k"), "x", "k",
                     deadline=time.monotonic() + 0.5)
    assert sent == []  # never half-sent
    answer = gateway.send(build_request("m", "p", "c", segments(), "k"), "x", "k",
                          deadline=time.monotonic() + 60)
    assert answer.choices[0].message.content == "hi"


def test_a_structured_answer_cut_off_at_the_token_limit_needs_an_operator_not_a_retry() -> None:
    from transcript_pipeline.delivery.answers import read_suggestion

    cut = '{"suggestion": "Offer the customer a'
    with pytest.raises(GatewayResponseError) as stopped:
        read_suggestion(cut, "length")
    assert "GATEWAY_MAX_TOKENS" in str(stopped.value) and "Offer" not in str(stopped.value)
    with pytest.raises(RetryableGatewayError):
        read_suggestion(cut, "stop")  # malformed for another reason: a retry may do better


def test_the_gateway_emulator_answers_in_the_current_openai_shape() -> None:
    """The emulator's answers carry what current servers send (nested usage details, a system
    fingerprint, a null refusal), so every stack test reads that shape, and our client
    confirms it."""
    from infra.local.emulators.gateway import GatewayEmulator

    emulator = GatewayEmulator("k")
    try:
        response = httpx.post(emulator.url, headers={"Authorization": "Bearer k"}, json={
            "model": "m", "messages": [{"role": "user", "content": "hi"}], "user": "c"})
        answer = response.json()
        assert response.status_code == 200
        assert answer["system_fingerprint"] and answer["choices"][0]["message"]["refusal"] is None
        assert isinstance(answer["usage"]["prompt_tokens_details"], dict)
        assert isinstance(answer["usage"]["completion_tokens_details"], dict)
        confirmed = GatewayClient(emulator.url, 5).send(
            ChatCompletionRequest(model="m", messages=[ChatMessage(role="user", content="hi")],
                                  user="c"), "k", "key-1")
        assert confirmed.choices[0].message.content
    finally:
        emulator.stop()
