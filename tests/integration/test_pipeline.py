"""The redact and flush Lambdas on the local stack: the moto server over HTTP, the event-source
runner playing the template's mappings, and LiteLLM's proxy as the gateway end to end (the
gateway emulator for the failures LiteLLM cannot produce on command: 5xx, time-outs, dropped
connections, Retry-After, a key refused at once)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from infra.local.embedded_stack import EmbeddedStack
from infra.local.emulators.gateway import Failure
from infra.local.litellm_proxy import LiteLLMProxy
from transcript_pipeline.buffering import flush_requests

from .helpers import (
    dead_letters,
    event_bodies,
    expected,
    forwarded,
    forwarded_count,
    load_rows,
    reason_of,
    settled,
)

pytestmark = pytest.mark.integration


def test_conversations_reach_the_gateway_once_in_order(
    make_stack: Callable[..., EmbeddedStack], dev_corpus_path: Path, litellm: LiteLLMProxy
) -> None:
    """End to end against LiteLLM's proxy, a real OpenAI-compatible gateway."""
    rows = load_rows(dev_corpus_path, conversations=12)
    since = len(litellm.requests())
    stack = make_stack({"FLUSH_SIZE": "7"})
    stack.send_events(event_bodies(rows))
    stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 90, "every utterance forwarded")
    stack.wait_until_quiet()
    assert forwarded(stack) == expected(rows)
    sent = litellm.requests()[since:]
    keys = [r["headers"]["idempotency-key"] for r in sent]
    assert len(keys) == len(set(keys))  # no batch was sent twice
    first = sent[0]["body"]
    assert first["messages"][0]["role"] == "system"
    assert {m["role"] for m in first["messages"][1:]} <= {"user", "assistant"}
    assert stack.queue_depth("EventsDeadLetterQueueUrl") == 0
    assert stack.queue_depth("FlushDeadLetterQueueUrl") == 0


def test_redelivered_events_create_no_duplicates(
    make_stack: Callable[..., EmbeddedStack], dev_corpus_path: Path
) -> None:
    rows = load_rows(dev_corpus_path, conversations=2)
    stack = make_stack()
    bodies = event_bodies(rows, end_sessions=False)
    stack.send_events(bodies)
    # The same events again, as a listener that crashed before recording its sends would.
    stack.send_events([(g, f"{d}-again", b) for g, d, b in bodies])
    stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 60, "all forwarded")
    stack.wait_until_quiet()  # any duplicate would have been forwarded by now
    assert forwarded(stack) == expected(rows)


def test_crash_between_buffer_write_and_flush_request_loses_nothing(
    make_stack: Callable[..., EmbeddedStack], dev_corpus_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = load_rows(dev_corpus_path, conversations=1)[:6]
    stack = make_stack({"FLUSH_SIZE": "3", "MAX_BATCH_AGE_SECONDS": "600"}, emulator=True,
                       visibility_seconds={"EventsQueueUrl": 2})
    real_request = flush_requests.FlushRequester.request
    crashes = []

    def crash_once(self, conversation_id, reason, delay=0):  # type: ignore[no-untyped-def]
        if not crashes:
            crashes.append(reason)
            raise ConnectionError("injected crash after the buffer write")
        return real_request(self, conversation_id, reason, delay)

    monkeypatch.setattr(flush_requests.FlushRequester, "request", crash_once)
    stack.send_events(event_bodies(rows, end_sessions=False))
    stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 60, "all forwarded")
    assert crashes, "the crash was never injected"
    assert forwarded(stack) == expected(rows), [
        [m["content"] for m in r.body["messages"]] for r in stack.gateway.received]


@pytest.mark.parametrize("failure", [
    Failure(status=429, retry_after="1"),
    Failure(status=500),
    Failure(status=503),
    Failure(delay=2.5),  # longer than the client's time-out
    Failure(drop=True),
], ids=["429-retry-after", "500", "503", "timeout", "dropped"])
def test_transient_gateway_failures_are_retried_by_sqs(
    make_stack: Callable[..., EmbeddedStack], dev_corpus_path: Path, failure: Failure
) -> None:
    rows = load_rows(dev_corpus_path, conversations=1)
    stack = make_stack({"FLUSH_SIZE": "100", "GATEWAY_TIMEOUT_SECONDS": "1"}, emulator=True)
    stack.gateway.fail_next(failure)
    stack.send_events(event_bodies(rows))
    stack.wait_until(lambda: settled(stack, len(rows)), 60, "forwarded after retry")
    outcomes = [r.outcome for r in stack.gateway.received]
    assert outcomes[0] != "ok" or failure.delay  # the first attempt failed ...
    # ... and a slow answer is one the gateway completed after the client gave up: the retry
    # carries the same idempotency key, so it is answered as a resend, not as a new batch.
    assert outcomes.count("ok") == 1
    assert len(outcomes) >= 2
    assert forwarded(stack) == expected(rows)
    assert stack.queue_depth("FlushDeadLetterQueueUrl") == 0


def test_retry_after_is_honoured(
    make_stack: Callable[..., EmbeddedStack], dev_corpus_path: Path
) -> None:
    rows = load_rows(dev_corpus_path, conversations=1)
    stack = make_stack({"FLUSH_SIZE": "100", "RETRY_BASE_SECONDS": "1"}, emulator=True)
    stack.gateway.fail_next(Failure(status=429, retry_after="4"))
    started = time.monotonic()
    stack.send_events(event_bodies(rows))
    stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 60, "forwarded")
    assert time.monotonic() - started >= 4


def test_rejected_api_key_goes_to_the_dlq_at_once(
    make_stack: Callable[..., EmbeddedStack], dev_corpus_path: Path
) -> None:
    rows = load_rows(dev_corpus_path, conversations=1)
    stack = make_stack({"FLUSH_SIZE": "100"}, emulator=True)
    stack.gateway.state.api_key = "rotated-elsewhere"
    stack.send_events(event_bodies(rows))
    stack.wait_until(lambda: stack.queue_depth("FlushDeadLetterQueueUrl") > 0
                     and stack.queue_depth("FlushQueueUrl") == 0, 60, "dead letters")
    letters = dead_letters(stack, "FlushDeadLetterQueueUrl")
    # Each flush request tried once, was refused, and went straight to the DLQ: no retries.
    assert [r.outcome for r in stack.gateway.received] == ["failed:401"] * len(letters)
    for letter in letters:
        assert "401" in reason_of(letter)
        assert letter["MessageAttributes"]["attempts"]["StringValue"] == "1"
    body = json.loads(letters[0]["Body"])
    assert body["request"]["conversation_id"] == rows[0]["conversation_id"]
    assert [s["text"] for s in body["segments"]] == \
        expected(rows)[rows[0]["conversation_id"]]
    # The operator fixes the key and redrives: the mark is cleared and the call goes, once.
    from transcript_pipeline.ops.dlq import redrive

    stack.gateway.state.api_key = stack.gateway_key
    redrive(stack.sqs, stack.stack.outputs["FlushDeadLetterQueueUrl"],
            stack.stack.outputs["FlushQueueUrl"])
    stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 120, "forwarded after redrive")
    stack.wait_until_quiet()
    assert forwarded(stack) == expected(rows)
    items = stack.ddb.scan(TableName=stack.stack.outputs["SessionTableName"])["Items"]
    assert not any(item.get("needs_operator") for item in items)


def test_a_gateway_that_stays_down_ends_in_the_dlq_with_the_reason(
    make_stack: Callable[..., EmbeddedStack], dev_corpus_path: Path
) -> None:
    rows = load_rows(dev_corpus_path, conversations=1)
    stack = make_stack({"FLUSH_SIZE": "100", "FLUSH_MAX_RECEIVE_COUNT": "3"}, emulator=True,
                       schedule_seconds=None)
    stack.gateway.fail_next(*[Failure(status=500)] * 10)
    stack.send_events(event_bodies(rows))
    stack.wait_until(lambda: stack.queue_depth("FlushDeadLetterQueueUrl") > 0, 60, "dead letter")
    letters = dead_letters(stack, "FlushDeadLetterQueueUrl")
    assert any("gave up after 3 attempts: gateway answered HTTP 500" in reason_of(m)
               for m in letters)
    assert forwarded_count(stack) == 0
    # The segments are still pending in the buffer: redriving delivers them once the gateway
    # is back, and exactly once.
    stack.gateway.calm()
    from transcript_pipeline.ops.dlq import redrive

    redrive(stack.sqs, stack.stack.outputs["FlushDeadLetterQueueUrl"],
            stack.stack.outputs["FlushQueueUrl"])
    stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 60, "forwarded after redrive")
    assert forwarded(stack) == expected(rows)


def test_poison_records_go_to_the_dlq_and_hold_nothing_back(
    make_stack: Callable[..., EmbeddedStack], dev_corpus_path: Path
) -> None:
    rows = load_rows(dev_corpus_path, conversations=1)
    cid = rows[0]["conversation_id"]
    good = event_bodies(rows)
    poison = [
        (cid, "p1", "{not json"),
        (cid, "p2", json.dumps({"event": {"kind": "transcript", "conversation_id": cid,
                                          "utterance_id": 42, "text": ["x"]}})),
        (cid, "p3", json.dumps({"event": {"kind": "transcript", "conversation_id": cid,
                                          "utterance_id": "big", "text": "x" * 70_000}})),
        (cid, "p4", json.dumps({"something": "else"})),
    ]
    stack = make_stack({"FLUSH_SIZE": "100"})
    stack.send_events(good[:3] + poison + good[3:])
    stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 60, "good events forwarded")
    stack.wait_until(lambda: stack.queue_depth("EventsDeadLetterQueueUrl") >= 4, 30, "poison")
    letters = dead_letters(stack, "EventsDeadLetterQueueUrl")
    reasons = sorted(reason_of(m) for m in letters)
    assert len(reasons) == 4
    assert any("not valid JSON" in r for r in reasons)
    assert any("event.transcript.utterance_id" in r for r in reasons)
    assert any("over 65536 bytes" in r for r in reasons)
    assert any(r.startswith("event: Field required") for r in reasons)
    assert forwarded(stack) == expected(rows)


def test_the_sweep_flushes_what_no_request_asked_for(
    make_stack: Callable[..., EmbeddedStack], dev_corpus_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = load_rows(dev_corpus_path, conversations=1)[:4]
    stack = make_stack({"FLUSH_SIZE": "100"}, schedule_seconds=None)
    monkeypatch.setattr(flush_requests.FlushRequester, "request",
                        lambda self, *args, **kwargs: None)  # every request is lost
    stack.send_events(event_bodies(rows, end_sessions=False))
    stack.wait_until(lambda: stack.queue_depth("EventsQueueUrl") == 0, 30, "events consumed")
    time.sleep(1.2)  # older than MAX_BATCH_AGE_SECONDS
    assert forwarded_count(stack) == 0
    monkeypatch.undo()
    stack.runner.fire_schedule()
    stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 30, "swept and forwarded")
    assert forwarded(stack) == expected(rows)
