"""Against a real OpenAI-compatible gateway: LiteLLM's proxy on loopback (mock model, no
upstream). Its answers, its 429 and its refusal of a wrong key are its own, not ours."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from infra.local.embedded_stack import EmbeddedStack
from infra.local.litellm_proxy import ANSWER, MASTER_KEY, RATE_LIMITED_MODEL, LiteLLMProxy
from transcript_pipeline.buffering.session_buffer import SessionBuffer
from transcript_pipeline.core.errors import FatalGatewayError, RetryableGatewayError
from transcript_pipeline.core.models import RedactedSegment
from transcript_pipeline.delivery.gateway_client import GatewayClient, build_request

from .helpers import dead_letters, event_bodies, load_rows, reason_of

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def litellm() -> Iterator[LiteLLMProxy]:
    with LiteLLMProxy() as proxy:
        yield proxy


def _segments() -> list[RedactedSegment]:
    return [RedactedSegment(conversation_id="c-1", seq=1, utterance_id="u1",
                            channel="EXTERNAL", offset_ms=0, duration_ms=1,
                            text="my card is [REDACTED_CREDIT_CARD]")]


def confirmed(stack: EmbeddedStack, conversation_ids: list[str]) -> int:
    buffer = SessionBuffer(stack.ddb, stack.stack.outputs["SessionTableName"])
    return sum(buffer.get_session(cid).fwd_seq for cid in conversation_ids)


def test_litellm_answers_are_confirmed_its_429_is_retried_and_a_wrong_key_is_fatal(
        litellm: LiteLLMProxy) -> None:
    gateway = GatewayClient(litellm.url, timeout=30)
    answer = gateway.send(build_request("gpt-4o-mini", "be brief", "c-1", _segments(), "k1"),
                          MASTER_KEY, "k1")
    assert answer.choices[0].message.content == ANSWER
    assert answer.usage is not None and answer.usage.total_tokens

    limited = build_request(RATE_LIMITED_MODEL, "be brief", "c-1", _segments(), "k2")
    gateway.send(limited, MASTER_KEY, "k2")  # one request a minute on this model
    with pytest.raises(RetryableGatewayError) as throttled:
        gateway.send(limited, MASTER_KEY, "k3")
    assert throttled.value.status == 429

    with pytest.raises(FatalGatewayError) as refused:
        gateway.send(build_request("gpt-4o-mini", "p", "c-1", _segments(), "k4"),
                     "sk-not-a-key-litellm-knows", "k4")
    assert refused.value.status is not None and 400 <= refused.value.status < 500
    assert "sk-not-a-key" not in str(refused.value)


def test_calls_reach_litellm_and_are_confirmed_end_to_end(
        litellm: LiteLLMProxy, make_stack: Callable[..., EmbeddedStack],
        dev_corpus_path: Path) -> None:
    rows = load_rows(dev_corpus_path, conversations=3)
    conversations = list(dict.fromkeys(r["conversation_id"] for r in rows))
    stack = make_stack({"FLUSH_SIZE": "5"}, gateway_url=litellm.url, gateway_key=MASTER_KEY)
    stack.send_events(event_bodies(rows))
    stack.wait_until(lambda: confirmed(stack, conversations) >= len(rows), 180,
                     "every utterance confirmed by LiteLLM")
    assert confirmed(stack, conversations) == len(rows)
    assert stack.queue_depth("FlushDeadLetterQueueUrl") == 0
    assert stack.queue_depth("EventsDeadLetterQueueUrl") == 0


def test_a_key_litellm_refuses_sends_the_batch_to_the_dlq_with_the_reason(
        litellm: LiteLLMProxy, make_stack: Callable[..., EmbeddedStack],
        dev_corpus_path: Path) -> None:
    rows = load_rows(dev_corpus_path, conversations=1)
    stack = make_stack({"FLUSH_SIZE": "50"}, gateway_url=litellm.url,
                       gateway_key="sk-revoked-key")
    stack.send_events(event_bodies(rows))
    stack.wait_until(lambda: stack.queue_depth("FlushDeadLetterQueueUrl") > 0, 120,
                     "the refused batch in the flush DLQ")
    letters = dead_letters(stack, "FlushDeadLetterQueueUrl")
    assert any("HTTP 4" in reason_of(m) for m in letters), [reason_of(m) for m in letters]
    assert all("sk-revoked-key" not in reason_of(m) for m in letters)
