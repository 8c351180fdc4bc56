"""Against a real OpenAI-compatible gateway: LiteLLM's proxy on loopback (mock model, no
upstream). Its answers, its 429 and its refusal of a wrong key are its own, not ours."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from infra.local.embedded_stack import EmbeddedStack
from infra.local.litellm_proxy import (
    ANSWER,
    MASTER_KEY,
    RATE_LIMITED_MODEL,
    STRUCTURED_MODEL,
    SUGGESTION,
    LiteLLMProxy,
)
from transcript_pipeline.buffering.session_buffer import SessionBuffer
from transcript_pipeline.core.errors import FatalGatewayError, RetryableGatewayError
from transcript_pipeline.core.models import RedactedSegment
from transcript_pipeline.delivery.flusher import EVENT_DETAIL_TYPE, EVENT_SOURCE
from transcript_pipeline.delivery.gateway_client import (
    CONTEXT_HEADER,
    GatewayClient,
    build_request,
    new_turns,
)

from ..openai_strict import openai_strict_errors
from .conftest import USER_MODEL
from .helpers import dead_letters, event_bodies, load_rows, reason_of

pytestmark = pytest.mark.integration




def answers_queue(stack: EmbeddedStack) -> str:
    """A consumer of the answer bus, as a deployment would add one: a rule and an SQS target."""
    url = stack.sqs.create_queue(QueueName="answers")["QueueUrl"]
    arn = stack.sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])[
        "Attributes"]["QueueArn"]
    events = stack.server.client("events")
    bus = stack.stack.outputs["AnswerBusName"]
    events.put_rule(Name="answers", EventBusName=bus,
                    EventPattern=json.dumps({"source": [EVENT_SOURCE]}))
    events.put_targets(Rule="answers", EventBusName=bus, Targets=[{"Id": "q", "Arn": arn}])
    return url


def received_answers(stack: EmbeddedStack, url: str) -> list[dict[str, Any]]:
    found = []
    while True:
        messages = stack.sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10,
                                             WaitTimeSeconds=0).get("Messages", [])
        if not messages:
            return found
        for message in messages:
            event = json.loads(message["Body"])
            assert event["detail-type"] == EVENT_DETAIL_TYPE
            found.append(event["detail"])
            stack.sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])


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


def test_calls_reach_litellm_as_standard_requests_with_context_and_answers_join_them(
        litellm: LiteLLMProxy, make_stack: Callable[..., EmbeddedStack],
        dev_corpus_path: Path) -> None:
    rows = load_rows(dev_corpus_path, conversations=3)
    conversations = list(dict.fromkeys(r["conversation_id"] for r in rows))
    stack = make_stack({"FLUSH_SIZE": "5", "GATEWAY_MODEL": USER_MODEL},
                       gateway_url=litellm.url, gateway_key=MASTER_KEY)
    answers = answers_queue(stack)
    already = len(litellm.requests())
    stack.send_events(event_bodies(rows))
    stack.wait_until(lambda: confirmed(stack, conversations) >= len(rows), 180,
                     "every utterance confirmed by LiteLLM")
    assert confirmed(stack, conversations) == len(rows)
    assert stack.queue_depth("FlushDeadLetterQueueUrl") == 0
    assert stack.queue_depth("EventsDeadLetterQueueUrl") == 0

    requests = litellm.requests()[already:]  # as LiteLLM received them
    assert requests
    asked: dict[str, list[str]] = {cid: [] for cid in conversations}
    for request in requests:
        body, headers = request["body"], request["headers"]
        assert set(body) == {"model", "messages", "user"}, sorted(body)  # nothing unasked
        assert openai_strict_errors(body) == []
        assert body["model"] == USER_MODEL  # the user's setting, not the template default
        cid = body["user"]
        assert headers["x-conversation-id"] == cid and headers["idempotency-key"]
        messages = body["messages"]
        assert messages[0]["role"] == "system"
        earlier = [m["content"] for m in messages[1:] if m["content"].startswith(CONTEXT_HEADER)]
        if asked[cid]:  # every batch after the first carries the call so far, marked
            assert len(earlier) == 1 and messages[1]["content"] == earlier[0]
            lines = earlier[0].splitlines()[1:]
            assert [line.split(": ", 1)[1] for line in lines] == asked[cid][-len(lines):]
            assert len(lines) == min(20, len(asked[cid]))
        else:
            assert earlier == []
        asked[cid] += new_turns(messages)
    assert sum(len(turns) for turns in asked.values()) == len(rows)  # each asked about once

    published = received_answers(stack, answers)
    assert len(published) == len(requests)
    by_range = {(a["conversation_id"], a["first_seq"], a["last_seq"]): a for a in published}
    for cid in conversations:
        ids = [r["utterance_id"] for r in rows if r["conversation_id"] == cid]
        covered = sorted((k[1], k[2]) for k in by_range if k[0] == cid)
        assert [seq for first, last in covered for seq in range(first, last + 1)] == \
            list(range(1, len(ids) + 1))  # the answers cover the call once, in order
        for first, last in covered:
            answer = by_range[(cid, first, last)]
            assert (answer["first_utterance_id"], answer["last_utterance_id"]) == \
                (ids[first - 1], ids[last - 1])
            assert answer["content"] == ANSWER and answer["model"]
            assert answer["usage"]["total_tokens"] > 0 and answer["latency_ms"] >= 0
            assert answer["tags"] == []  # the mock's answer mentions no one


def test_a_structured_suggestion_from_litellm_reaches_the_answer_event(
        litellm: LiteLLMProxy, make_stack: Callable[..., EmbeddedStack],
        dev_corpus_path: Path) -> None:
    rows = load_rows(dev_corpus_path, conversations=1)
    stack = make_stack({"FLUSH_SIZE": "50", "GATEWAY_MODEL": STRUCTURED_MODEL,
                        "GATEWAY_RESPONSE_FORMAT": "json_schema", "GATEWAY_TEMPERATURE": "0.2",
                        "GATEWAY_MAX_TOKENS": "400"},
                       gateway_url=litellm.url, gateway_key=MASTER_KEY)
    answers = answers_queue(stack)
    already = len(litellm.requests())
    stack.send_events(event_bodies(rows))
    cid = rows[0]["conversation_id"]
    stack.wait_until(lambda: confirmed(stack, [cid]) >= len(rows), 180,
                     "the call confirmed by LiteLLM")
    body = litellm.requests()[already]["body"]
    assert set(body) == {"model", "messages", "user", "temperature", "max_tokens",
                         "response_format"}
    assert openai_strict_errors(body) == []
    assert body["response_format"]["json_schema"]["strict"] is True
    published = received_answers(stack, answers)
    assert published and all(a["suggestion"] == SUGGESTION for a in published)
    assert published[0]["tags"] == ["PERSON_1"]


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
