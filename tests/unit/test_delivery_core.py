"""The exactly-once core without the stack: session buffer, redact step and flusher against
moto's in-process AWS (`mock_aws`) and an in-process HTTP gateway. Seconds, not minutes: a bug
in a threshold, the lease or the cursor shows up here, not as a time-out of the integration run.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any
from unittest.mock import patch

import boto3
import httpx
import pytest
from moto import mock_aws

from transcript_pipeline.buffering import session_buffer
from transcript_pipeline.buffering.redact_step import Ingestor, Outcome
from transcript_pipeline.buffering.session_buffer import FLUSH_BYTES, SessionBuffer, SessionInfo
from transcript_pipeline.core import secrets
from transcript_pipeline.core.aws import client
from transcript_pipeline.core.config import Settings
from transcript_pipeline.core.errors import (
    BufferFull,
    DuplicateUtterance,
    FatalGatewayError,
    LeaseHeld,
    RetryableGatewayError,
    RetryLater,
)
from transcript_pipeline.core.models import (
    FlushRequest,
    QueueEnvelope,
    RedactedSegment,
    SessionEndedEvent,
    TranscriptEvent,
)
from transcript_pipeline.delivery import flusher as flusher_module
from transcript_pipeline.delivery.flusher import CONTEXT_MAX_BYTES, Flusher
from transcript_pipeline.delivery.gateway_client import CONTEXT_HEADER, GatewayClient, new_turns
from transcript_pipeline.redaction import Redactor

from ..openai_strict import openai_strict_errors

TABLE = "sessions"
SECRET = "gateway-key"
ANSWER = {"id": "x", "choices": [{"index": 0, "finish_reason": "stop", "message": {
    "role": "assistant", "content": "ok", "refusal": None}}],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2,
              "prompt_tokens_details": None}}


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name, value in {"AWS_DEFAULT_REGION": "eu-west-1", "AWS_REGION": "eu-west-1",
                        "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    client.cache_clear()
    secrets.reset()
    with mock_aws():
        ddb = boto3.client("dynamodb")
        ddb.create_table(  # the template's key schema and sweep index
            TableName=TABLE, BillingMode="PAY_PER_REQUEST",
            AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"},
                                  {"AttributeName": "sweep", "AttributeType": "S"},
                                  {"AttributeName": "pending_since", "AttributeType": "N"}],
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
            GlobalSecondaryIndexes=[{
                "IndexName": "pending", "Projection": {"ProjectionType": "KEYS_ONLY"},
                "KeySchema": [{"AttributeName": "sweep", "KeyType": "HASH"},
                              {"AttributeName": "pending_since", "KeyType": "RANGE"}]}])
        boto3.client("secretsmanager").create_secret(Name=SECRET, SecretString="sk-test")
        yield
    client.cache_clear()
    secrets.reset()


class Gateway:
    """An in-process OpenAI-compatible gateway: records what it is sent, fails on command."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.failures: list[httpx.Response] = []
        self.contents: list[str] = []  # the model's next answers, then "ok"
        self.calls = 0

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.failures:
            return self.failures.pop(0)
        self.bodies.append(json.loads(request.content))
        answer = json.loads(json.dumps(ANSWER))
        if self.contents:
            answer["choices"][0]["message"]["content"] = self.contents.pop(0)
        return httpx.Response(200, json=answer)

    def client(self) -> GatewayClient:
        return GatewayClient("https://gw.example/v1/chat/completions", 5,
                             http=httpx.Client(transport=httpx.MockTransport(self.handler)))

    def texts(self) -> list[str]:
        return [t for b in self.bodies for t in new_turns(b["messages"])]


class Flushes:
    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []

    def request(self, conversation_id: str, reason: str, delay: int = 0) -> None:
        self.requests.append((conversation_id, reason))


def settings(**overrides: Any) -> Settings:
    return Settings(table_name=TABLE, gateway_secret_name=SECRET, **overrides)


def body(cid: str, n: int, text: str = "hello there") -> str:
    event = TranscriptEvent(conversation_id=cid, utterance_id=f"{cid}-u{n}", channel="EXTERNAL",
                            text=text, offset_ms=n * 1000, duration_ms=900)
    return QueueEnvelope(event=event).model_dump_json()


def segment(cid: str, seq: int, size: int = 10) -> RedactedSegment:
    return RedactedSegment(conversation_id=cid, seq=seq, utterance_id=f"{cid}-u{seq}",
                           channel="EXTERNAL", offset_ms=seq, duration_ms=1, text="x" * size)


def buffer(sweep_shards: int = 1) -> SessionBuffer:
    return SessionBuffer(client("dynamodb"), TABLE, sweep_shards=sweep_shards)


def append(store: SessionBuffer, session: SessionInfo, seg: RedactedSegment, state: str) -> None:
    """One segment stored as the redact step stores a batch's: staged, then written."""
    store.write(session, store.stage(session, seg, state))


def stored(step: Ingestor, *bodies: str) -> list[Outcome]:
    """The outcomes of one group's records, all of them done."""
    result = step.process_group(bodies)
    assert result.error is None and len(result.done) == len(bodies)
    return [outcome for outcome in result.done if isinstance(outcome, Outcome)]


def test_append_is_idempotent_and_a_full_buffer_waits(aws: None,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    store = buffer()
    session = store.get_session("c")
    append(store, session, segment("c", 1), "{}")
    again = store.get_session("c")
    assert again.pending == 1
    with pytest.raises(DuplicateUtterance):
        append(store, again, segment("c", 1), "{}")
    monkeypatch.setattr(session_buffer, "MAX_PENDING", 2)
    append(store, store.get_session("c"), segment("c", 2), "{}")
    with pytest.raises(BufferFull):
        append(store, store.get_session("c"), segment("c", 3), "{}")


def test_the_redact_step_asks_for_flushes_by_age_size_bytes_and_end(aws: None) -> None:
    flushes = Flushes()
    step = Ingestor(settings(flush_size=3), buffer(), flushes,  # type: ignore[arg-type]
                    Redactor())
    outcomes = [outcome for n in range(1, 4) for outcome in stored(step, body("c", n))]
    assert [o.flush for o in outcomes] == ["age", None, "size"]
    assert [o.action for o in stored(step, body("c", 2))] == ["duplicate"]  # stores nothing
    assert buffer().get_session("c").seg_count == 3
    big = "word " * (FLUSH_BYTES // 4)
    assert stored(step, body("d", 1, big))[0].flush in ("age", "size")
    assert stored(step, body("d", 2, big))[0].flush == "size"  # bytes, not count
    ended = QueueEnvelope(event=SessionEndedEvent(conversation_id="c"))
    assert stored(step, ended.model_dump_json())[0].flush == "ended"
    # a group of records: one write, and one flush asked for the run, by its last record
    outcomes = stored(step, *(body("e", n) for n in range(1, 6)))
    assert [o.flush for o in outcomes] == [None] * 4 + ["size"]
    assert buffer().get_session("e").seg_count == 5


def test_the_flusher_confirms_in_chunks_in_order_and_holds_the_lease(aws: None) -> None:
    store = buffer()
    for seq in range(1, 6):
        append(store, store.get_session("c"), segment("c", seq), "{}")
    gateway = Gateway()
    flusher = Flusher(settings(max_segments_per_request=2), store, gateway.client(),
                      client("events"))
    store.acquire_lease("c", "other", 60)
    assert "lease" in (flusher.flush("c", "me").skipped or "")  # another flush is at it
    assert gateway.bodies == []
    with pytest.raises(LeaseHeld):
        store.acquire_lease("c", "me", 60)
    store.release_lease("c", "other")
    result = flusher.flush("c", "me")
    assert result.batches == [(1, 2), (3, 4), (5, 5)]
    assert len(gateway.bodies) == 3 and gateway.texts() == ["x" * 10] * 5
    assert [a.content for a in result.answers] == ["ok"] * 3
    session = store.get_session("c")
    assert session.fwd_seq == 5 and session.pending == 0
    assert flusher.flush("c", "me").batches == []  # nothing sent twice


def test_a_retry_after_keeps_the_segments_and_says_when(aws: None) -> None:
    store = buffer()
    append(store, store.get_session("c"), segment("c", 1), "{}")
    gateway = Gateway()
    gateway.failures.append(httpx.Response(429, headers={"Retry-After": "7"}))
    flusher = Flusher(settings(), store, gateway.client(), client("events"))
    with pytest.raises(RetryableGatewayError) as caught:
        flusher.flush("c", "me")
    assert caught.value.retry_after == 7
    assert store.get_session("c").pending == 1  # nothing lost
    assert flusher.flush("c", "me").skipped  # the conversation backs off meanwhile
    assert gateway.bodies == []


def test_a_flush_out_of_invocation_time_stops_between_batches_and_loses_nothing(
    aws: None,
) -> None:
    store = buffer()
    for seq in range(1, 5):
        append(store, store.get_session("c"), segment("c", seq), "{}")
    gateway = Gateway()
    slow = gateway.handler

    def three_seconds_each(request: httpx.Request) -> httpx.Response:
        clock.append(clock[-1] + 3)  # each answer costs three seconds of the invocation
        return slow(request)

    clock = [0.0]
    flusher = Flusher(settings(max_segments_per_request=1), store, GatewayClient(
        "https://gw.example/v1/chat/completions", 20,
        http=httpx.Client(transport=httpx.MockTransport(three_seconds_each))),
        client("events"))
    with patch("transcript_pipeline.delivery.gateway_client.monotonic",
               lambda: clock[-1]), pytest.raises(RetryableGatewayError, match="next attempt"):
        flusher.flush("c", "me", deadline=7.0)  # room for two requests of three seconds
    assert len(gateway.bodies) == 2
    session = store.get_session("c")
    assert session.fwd_seq == 2 and session.pending == 2  # the rest waits, nothing lost


def test_the_sweep_finds_conversations_whose_oldest_segment_is_too_old(aws: None) -> None:
    store = buffer()
    append(store, store.get_session("old"), segment("old", 1), "{}")
    flusher = Flusher(settings(max_batch_age_seconds=60), store, Gateway().client(),
                      client("events"))
    now_ms = int(__import__("time").time() * 1000)
    assert flusher.sweep(now_ms).stale == []
    later = flusher.sweep(now_ms + 61_000)
    assert later.stale == ["old"] and later.stalled == 0
    assert flusher.sweep(now_ms + 1801_000).stalled_ids == ["old"]  # alarmed past 30 minutes


def test_the_sweep_finds_every_stale_conversation_across_the_index_shards(aws: None) -> None:
    store = buffer(sweep_shards=4)
    calls = [f"call-{n}" for n in range(24)]
    for cid in calls:
        append(store, store.get_session(cid), segment(cid, 1), "{}")
    shards = {item["sweep"]["S"] for item in client("dynamodb").scan(TableName=TABLE)["Items"]}
    assert shards == {"PENDING#0", "PENDING#1", "PENDING#2", "PENDING#3"}  # spread, not one
    later = int(__import__("time").time() * 1000) + 61_000
    assert sorted(cid for cid, _ in store.stale_sessions(later)) == sorted(calls)
    # A capped sweep takes an even share of every shard, so no shard's backlog hides another.
    capped = store.stale_sessions(later, limit=8)
    assert len(capped) == 8
    assert {store.sweep_partition(cid) for cid, _ in capped} == shards
    # A confirmed conversation leaves the index, whichever shard it was in.
    for cid in calls[:20]:
        store.acquire_lease(cid, "me", 60)
        store.confirm(cid, "me", 1, 1, 1)
    assert sorted(cid for cid, _ in store.stale_sessions(later)) == sorted(calls[20:])


def test_a_call_waiting_for_the_gateway_is_never_deleted_by_its_ttl(aws: None) -> None:
    store = buffer()
    append(store, store.get_session("c"), segment("c", 1), "{}")
    ddb = client("dynamodb")
    ddb.update_item(TableName=TABLE, Key={"pk": {"S": "c"}}, UpdateExpression="SET #t = :t",
                    ExpressionAttributeNames={"#t": "ttl"}, ExpressionAttributeValues={
                        ":t": {"N": "1"}})  # as if the call had waited for days
    gateway = Gateway()
    gateway.failures.append(httpx.Response(429, headers={"Retry-After": "999999"}))
    flusher = Flusher(settings(), store, GatewayClient(
        "https://gw.example/v1/chat/completions", 5, max_retry_after=900,
        http=httpx.Client(transport=httpx.MockTransport(gateway.handler))), client("events"))
    with pytest.raises(RetryableGatewayError) as caught:
        flusher.flush("c", "me")
    assert caught.value.retry_after == 900
    item = ddb.get_item(TableName=TABLE, Key={"pk": {"S": "c"}})["Item"]
    now = __import__("time").time()
    assert float(item["not_before"]["N"]) <= now + 900
    assert float(item["ttl"]["N"]) > now + 86_400  # pushed out again, segments still pending


def test_listing_a_dlq_hides_nothing_and_shows_every_message_of_a_group(aws: None) -> None:
    from transcript_pipeline.ops.dlq import list_dead_letters, send_dead_letter

    sqs = client("sqs")
    url = sqs.create_queue(QueueName="flush-dlq.fifo", Attributes={
        "FifoQueue": "true", "ContentBasedDeduplication": "false"})["QueueUrl"]
    for n in range(3):  # three dead letters of one conversation: one FIFO group
        send_dead_letter(sqs, url, json.dumps({"request": {"conversation_id": "c"}}),
                         f"reason {n}", attempts=1, conversation_id="c", dedup_id=f"d{n}")
    first = list_dead_letters(sqs, url)
    assert [d.reason for d in first] == ["reason 0", "reason 1", "reason 2"]
    again = list_dead_letters(sqs, url)  # straight after: nothing hidden by the first
    assert [d.message_id for d in again] == [d.message_id for d in first]


def test_a_batch_too_large_is_split_down_to_one_segment(aws: None) -> None:
    store = buffer()
    for seq in range(1, 6):
        append(store, store.get_session("c"), segment("c", seq, size=100 if seq != 4 else 5000),
                     "{}")
    gateway = Gateway()

    def handler(request: httpx.Request) -> httpx.Response:
        if len(request.content) > 2500:  # the gateway's body limit
            return httpx.Response(413)
        return gateway.handler(request)

    flusher = Flusher(settings(max_segments_per_request=5), store, GatewayClient(
        "https://gw.example/v1/chat/completions", 5,
        http=httpx.Client(transport=httpx.MockTransport(handler))), client("events"))
    with pytest.raises(FatalGatewayError, match=r"segment 4 alone .* too large"):
        flusher.flush("c", "me")
    assert store.get_session("c").fwd_seq == 3  # what fits went, in order, in smaller batches
    assert gateway.texts() == ["x" * 100] * 3


def test_a_conversation_refused_for_good_waits_for_a_redrive(aws: None) -> None:
    store = buffer()
    append(store, store.get_session("c"), segment("c", 1), "{}")
    gateway = Gateway()
    flusher = Flusher(settings(), store, gateway.client(), client("events"))
    store.set_needs_operator("c", True)
    assert "operator" in (flusher.flush("c", "me").skipped or "")
    assert gateway.bodies == []  # no request, so no second dead letter
    store.set_needs_operator("c", False)  # what a redrive does first
    assert flusher.flush("c", "me").batches == [(1, 1)]


def test_each_batch_carries_the_call_so_far_marked_as_context_within_its_budget(
        aws: None) -> None:
    store = buffer()
    gateway = Gateway()
    flusher = Flusher(settings(context_turns=3), store, gateway.client(), client("events"))
    texts = [f"turn {n} [PERSON_1]" for n in range(1, 8)]

    def say(seqs: range) -> None:
        for seq in seqs:
            append(store, store.get_session("c"), RedactedSegment(
                conversation_id="c", seq=seq, utterance_id=f"u{seq}", channel="EXTERNAL",
                offset_ms=seq, duration_ms=1, text=texts[seq - 1]), "{}")
        flusher.flush("c", "me")

    say(range(1, 3))  # the first batch: nothing before it
    say(range(3, 5))
    say(range(5, 8))
    first, second, third = ([m["content"] for m in b["messages"] if m["role"] != "system"]
                            for b in gateway.bodies)
    assert first == texts[0:2]
    assert second[0] == "\n".join([CONTEXT_HEADER, "customer: turn 1 [PERSON_1]",
                                   "customer: turn 2 [PERSON_1]"])
    assert second[1:] == texts[2:4]
    assert second[0].splitlines()[1:] == [f"customer: {t}" for t in texts[0:2]]
    # Three earlier turns at most: the last three, in order.
    assert third[0].splitlines()[1:] == [f"customer: {t}" for t in texts[1:4]]
    assert gateway.texts() == texts  # each turn asked about once, whatever the context


def test_the_context_kept_is_bounded_in_bytes_as_well_as_turns(aws: None) -> None:
    """A turn too large for the item's context budget is not kept: the item stays far below
    DynamoDB's 400 KB whatever was said."""
    store = buffer()
    gateway = Gateway()
    flusher = Flusher(settings(context_turns=20), store, gateway.client(), client("events"))
    for seq, size in enumerate((100, 20_000, 100, 100), start=1):
        append(store, store.get_session("c"), segment("c", seq, size), "{}")
        flusher.flush("c", "me")
    context = store.get_session("c", with_segments=True).context
    assert len(context) == 2 and sum(len(t) for t in context) < CONTEXT_MAX_BYTES


def test_the_answer_names_the_turns_it_answers_its_model_usage_latency_and_tags(
        aws: None) -> None:
    store = buffer()
    for seq in (1, 2):
        append(store, store.get_session("c"), segment("c", seq), "{}")
    gateway = Gateway()
    gateway.contents.append("Offer [PERSON_2] a new card; [CREDIT_CARD_1] is blocked, "
                            "and thank [PERSON_2] ([PERSON_10]). [REDACTED_PERSON] [x_1]")
    flusher = Flusher(settings(gateway_model="assist-large", gateway_temperature=0.2,
                               gateway_max_tokens=300), store, gateway.client(),
                      client("events"))
    answer = flusher.flush("c", "me").answers[0]
    assert (answer.first_seq, answer.last_seq) == (1, 2)
    assert (answer.first_utterance_id, answer.last_utterance_id) == ("c-u1", "c-u2")
    assert answer.tags == ["PERSON_2", "CREDIT_CARD_1", "PERSON_10"]
    assert answer.usage is not None and answer.usage.total_tokens == 2
    assert answer.latency_ms >= 0 and answer.suggestion is None
    sent = gateway.bodies[0]
    assert sent["model"] == "assist-large"
    assert (sent["temperature"], sent["max_tokens"]) == (0.2, 300)
    assert openai_strict_errors(sent) == []


def test_a_structured_answer_is_checked_before_its_batch_is_confirmed(aws: None) -> None:
    store = buffer()
    append(store, store.get_session("c"), segment("c", 1), "{}")
    gateway = Gateway()
    suggestion = {"suggestion": "Thank [PERSON_1].", "next_steps": ["close"],
                  "customer_intent": "pay a bill"}
    gateway.contents += ['{"suggestion": "private text", "next_steps": "close"}',
                         json.dumps(suggestion)]
    flusher = Flusher(settings(gateway_response_format="json_schema"), store,
                      gateway.client(), client("events"))
    with pytest.raises(RetryableGatewayError) as caught:
        flusher.flush("c", "me")  # the wrong shape: retried, not confirmed
    assert "agent_suggestion schema" in str(caught.value)
    assert "private text" not in str(caught.value)
    assert store.get_session("c").pending == 1
    time.sleep(0.6)  # the half-second back-off any retry waits out (SQS waits longer)
    answer = flusher.flush("c", "me").answers[0]
    assert answer.suggestion is not None and answer.suggestion.model_dump() == suggestion
    assert answer.tags == ["PERSON_1"] and store.get_session("c").pending == 0
    requested = gateway.bodies[0]["response_format"]
    assert requested["type"] == "json_schema" and requested["json_schema"]["strict"] is True
    assert requested["json_schema"]["schema"]["additionalProperties"] is False
    assert all(openai_strict_errors(b) == [] for b in gateway.bodies)


def test_a_batch_the_gateway_confirmed_is_not_sent_again_when_the_cursor_did_not_move(
        aws: None) -> None:
    store = buffer()
    for seq in (1, 2, 3):
        append(store, store.get_session("c"), segment("c", seq), "{}")
    gateway = Gateway()
    gateway.contents.append("Offer [PERSON_1] a callback.")
    flusher = Flusher(settings(), store, gateway.client(), client("events"))
    # The gateway answered, then the invocation died before the cursor moved.
    with patch.object(SessionBuffer, "confirm", side_effect=RuntimeError("timed out")), \
            pytest.raises(RuntimeError):
        flusher.flush("c", "me")
    assert len(gateway.bodies) == 1 and store.get_session("c").pending == 3
    result = flusher.flush("c", "the next attempt")
    assert len(gateway.bodies) == 1  # found confirmed on our side: not sent again
    assert result.batches == [(1, 3)] and result.redeliveries_avoided == 1
    (answer,) = result.answers  # the answer of the first send, published now
    assert answer.content == "Offer [PERSON_1] a callback." and answer.tags == ["PERSON_1"]
    assert store.get_session("c").pending == 0
    for seq in (4, 5):  # later batches are sent as usual
        append(store, store.get_session("c"), segment("c", seq), "{}")
    assert flusher.flush("c", "me").batches == [(4, 5)] and len(gateway.bodies) == 2


def test_a_key_the_gateway_refused_is_not_sent_again_until_the_secret_changes(
        aws: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """One refusal and one dead letter for the call that met it; the other calls wait with
    their segments pending (no request, no dead letter) as for a Retry-After, until the secret
    holds another key."""
    from transcript_pipeline.lambdas import flush as runtime

    sqs = boto3.client("sqs")
    queue = sqs.create_queue(QueueName="flush")["QueueUrl"]
    dlq = sqs.create_queue(QueueName="flush-dlq")["QueueUrl"]
    config = settings(flush_queue_url=queue, flush_dlq_url=dlq)
    gateway = Gateway()
    flusher = Flusher(config, buffer(), gateway.client(), client("events"))
    monkeypatch.setattr(runtime, "settings", lambda: config)
    monkeypatch.setattr(runtime, "flusher", lambda: flusher)
    for cid in ("a", "b", "c"):
        append(buffer(), buffer().get_session(cid), segment(cid, 1), "{}")

    def flush(cid: str) -> Any:
        sqs.send_message(QueueUrl=queue, MessageBody="-")
        handle = sqs.receive_message(QueueUrl=queue)["Messages"][0]["ReceiptHandle"]
        return runtime.handle_flush_record(
            FlushRequest(conversation_id=cid, reason="size").model_dump_json(), cid, 1, handle)

    gateway.failures.append(httpx.Response(401, json={"error": {"message": "invalid key"}}))
    assert flush("a") is None  # refused: dead-lettered, marked for an operator
    assert gateway.calls == 1
    with pytest.raises(RetryLater, match="refused the API key"):
        flush("b")
    assert gateway.calls == 1  # nothing more was sent with the refused key
    assert buffer().get_session("b").pending == 1
    item = client("dynamodb").get_item(TableName=TABLE, Key={"pk": {"S": "b"}})["Item"]
    assert float(item["not_before"]["N"]) <= time.time() + flusher_module.REFUSED_KEY_HOLD_SECONDS
    assert int(sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["All"])[
        "Attributes"]["ApproximateNumberOfMessages"]) == 1

    boto3.client("secretsmanager").put_secret_value(SecretId=SECRET, SecretString="sk-rotated")
    monkeypatch.setattr(secrets, "CACHE_SECONDS", 0)  # the cache's lifetime has passed
    assert flush("c").segments == 1  # another key: sent
    assert gateway.calls == 2 and buffer().get_session("c").pending == 0


def test_a_refusal_or_a_tool_call_confirms_the_batch_and_is_reported(aws: None) -> None:
    """A 200 whose message has no content (the model refused, or only called a tool) still
    delivered the batch: confirmed, not sent again, and the answer says what came back."""
    store = buffer()
    gateway = Gateway()
    for message in ({"role": "assistant", "content": None, "refusal": "I can't help with that."},
                    {"role": "assistant", "content": None, "tool_calls": [
                        {"id": "t1", "type": "function",
                         "function": {"name": "lookup", "arguments": "{}"}}]}):
        answer = json.loads(json.dumps(ANSWER))
        answer["choices"][0]["message"] = message
        gateway.failures.append(httpx.Response(200, json=answer))  # scripted answers
    flusher = Flusher(settings(), store, gateway.client(), client("events"))
    answers = []
    for seq in (1, 2):  # one batch each
        append(store, store.get_session("c"), segment("c", seq), "{}")
        answers += flusher.flush("c", "me").answers
    refused, called = answers
    assert (refused.content, refused.refusal, refused.tool_calls) == (
        None, "I can't help with that.", 0)
    assert (called.content, called.refusal, called.tool_calls) == (None, None, 1)
    assert store.get_session("c").pending == 0 and gateway.calls == 2


def test_an_answer_too_large_for_one_event_is_cut_and_marked_not_lost(aws: None) -> None:
    store = buffer()
    append(store, store.get_session("c"), segment("c", 1), "{}")
    gateway = Gateway()
    gateway.contents.append("é\n\"" * 120_000)  # 480 KB of JSON-escaped, multi-byte text
    published: list[dict[str, Any]] = []

    class Events:
        def put_events(self, Entries: list[dict[str, Any]]) -> dict[str, int]:
            published.extend(Entries)
            return {"FailedEntryCount": 0}

    flusher = Flusher(settings(), store, gateway.client(), Events())  # type: ignore[arg-type]
    result = flusher.flush("c", "me")
    assert result.publish_failures == 0 and store.get_session("c").pending == 0
    (entry,) = published
    assert len(entry["Detail"].encode()) <= flusher_module.EVENT_DETAIL_MAX_BYTES
    detail = json.loads(entry["Detail"])
    assert detail["truncated_from_bytes"] == len(("é\n\"" * 120_000).encode())
    assert detail["content"] and ("é\n\"" * 120_000).startswith(detail["content"])


def test_the_flush_log_names_each_answer_by_its_id_and_size_never_its_text(aws: None) -> None:
    from transcript_pipeline.lambdas.flush import describe_flush

    store = buffer()
    append(store, store.get_session("c"), segment("c", 1), "{}")
    gateway = Gateway()
    gateway.contents.append("Offer the customer a refund of the late fee. " * 40)
    result = Flusher(settings(), store, gateway.client(), client("events")).flush("c", "me")
    logged = describe_flush(result)
    assert logged["answers"] == [{"id": ANSWER["id"], "bytes": 45 * 40}]
    assert "refund" not in json.dumps(logged)
