"""The redact step with in-memory fakes: what it stores, with how many writes, and what a
failing write, a full buffer, poison and a failing redactor do to a group's records."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from transcript_pipeline.buffering import session_buffer
from transcript_pipeline.buffering.redact_step import Ingestor, Outcome
from transcript_pipeline.buffering.session_buffer import Appending, SessionBuffer, SessionInfo
from transcript_pipeline.core.config import Settings
from transcript_pipeline.core.errors import BufferFull, PoisonEvent, StaleSession
from transcript_pipeline.core.models import QueueEnvelope, RedactedSegment, TranscriptEvent
from transcript_pipeline.redaction import Redactor


class FakeBuffer:
    """The session buffer's surface the redact step uses, in memory: staging is the real one,
    a write keeps a copy of the session and can be told to fail."""

    stage = SessionBuffer.stage

    def __init__(self) -> None:
        self.sessions: dict[str, SessionInfo] = {}
        self.appended: list[tuple[str, str]] = []
        self.writes = 0
        self.failures: list[Exception | None] = []  # for the next writes in turn: raised, or
        # None to succeed

    def get_session(self, conversation_id: str) -> SessionInfo:
        stored = self.sessions.get(conversation_id, SessionInfo(conversation_id=conversation_id))
        return replace(stored, recent=list(stored.recent))

    def write(self, session: SessionInfo, appending: Appending) -> None:
        failure = self.failures.pop(0) if self.failures else None
        if failure is not None:
            raise failure
        self.writes += 1
        self.appended += [(session.conversation_id, RedactedSegment.model_validate_json(v).text)
                          for v in appending.stored]
        session.exists = True
        self.sessions[session.conversation_id] = replace(session, recent=list(session.recent))


class FakeFlush:
    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []

    def request(self, conversation_id: str, reason: str, delay: float = 0) -> None:
        self.requests.append((conversation_id, reason))


class ExplodingRedactor(Redactor):
    """A redactor bug: its exception message quotes the text it choked on."""

    def session(self, state=None):  # type: ignore[no-untyped-def]
        session = super().session(state)

        def explode(text: str, speaker: str | None = None) -> None:
            raise ValueError(f"cannot parse {text!r}")

        session.redact = explode  # type: ignore[method-assign]
        return session


def body(text: str, utterance: str = "u-1", conversation: str = "c-1") -> str:
    event = TranscriptEvent(conversation_id=conversation, utterance_id=utterance,
                            channel="EXTERNAL", text=text, offset_ms=0, duration_ms=1000)
    return QueueEnvelope(event=event).model_dump_json()


def calls(n: int, conversation: str = "c-1", start: int = 1) -> list[str]:
    """n utterances of one call, the second of each pair with a card number in it."""
    return [body(f"line {i} my card is 4111 1111 1111 1111" if i % 2 else f"line {i}",
                 utterance=f"u-{i}", conversation=conversation) for i in range(start, start + n)]


def ingestor(buffer: FakeBuffer, flush: FakeFlush | None = None,
             redactor: Redactor | None = None) -> Ingestor:
    return Ingestor(Settings(flush_size=10), buffer, flush or FakeFlush(),  # type: ignore[arg-type]
                    redactor or Redactor())


def test_only_redacted_text_is_stored() -> None:
    buffer = FakeBuffer()
    result = ingestor(buffer).process_group([body("my card is 4111 1111 1111 1111")])
    [outcome] = result.done
    assert isinstance(outcome, Outcome) and result.error is None
    assert outcome.action == "stored" and outcome.entity_types == ["CREDIT_CARD"]
    assert buffer.appended == [("c-1", "my card is [REDACTED_CREDIT_CARD]")]


def test_a_conversations_records_are_stored_with_one_write_in_order() -> None:
    buffer, flush = FakeBuffer(), FakeFlush()
    result = ingestor(buffer, flush).process_group(calls(4) + calls(3, "c-2"))
    assert result.error is None and len(result.done) == 7
    assert buffer.writes == 2  # one per conversation, not one per record
    assert [text for cid, text in buffer.appended if cid == "c-1"] == [
        "line 1 my card is [REDACTED_CREDIT_CARD]", "line 2",
        "line 3 my card is [REDACTED_CREDIT_CARD]", "line 4"]
    assert buffer.get_session("c-1").seg_count == 4 and buffer.get_session("c-2").seg_count == 3
    assert flush.requests == [("c-1", "age"), ("c-2", "age")]  # one each, for the run


def test_a_failed_write_leaves_its_records_undone_and_those_before_it_done() -> None:
    buffer = FakeBuffer()
    step = ingestor(buffer)
    buffer.failures += [None, ConnectionError("DynamoDB unreachable")]
    result = step.process_group(calls(2) + calls(3, "c-2"))
    # c-1's two were written when c-2 began; c-2's write failed: its three go back to SQS
    assert len(result.done) == 2 and isinstance(result.error, ConnectionError)
    assert [cid for cid, _ in buffer.appended] == ["c-1", "c-1"]
    again = step.process_group(calls(3, "c-2"))  # delivered again, read afresh
    assert again.error is None and buffer.get_session("c-2").seg_count == 3


def test_the_staged_records_are_written_when_a_later_one_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    buffer = FakeBuffer()
    step = ingestor(buffer)
    step.process_group(calls(1))
    monkeypatch.setattr(session_buffer, "MAX_PENDING", 2)  # room for one more segment
    result = step.process_group([*calls(3, start=2), "not json"])
    assert isinstance(result.error, BufferFull)  # at the second record: it and the rest wait
    assert len(result.done) == 1 and buffer.get_session("c-1").seg_count == 2


def test_poison_in_a_group_is_handed_back_and_its_neighbours_go_on() -> None:
    buffer = FakeBuffer()
    poison = '{"event": {"kind": "x"}}'
    result = ingestor(buffer).process_group([*calls(2), poison, *calls(2, start=3)])
    assert result.error is None
    assert [type(done).__name__ for done in result.done] == [
        "Outcome", "Outcome", "PoisonEvent", "Outcome", "Outcome"]
    assert buffer.writes == 1 and buffer.get_session("c-1").seg_count == 4


def test_a_write_that_lost_a_race_is_redone_from_a_fresh_read() -> None:
    buffer = FakeBuffer()
    step = ingestor(buffer)
    buffer.failures.append(StaleSession("c-1"))
    result = step.process_group(calls(3))
    assert result.error is None and len(result.done) == 3
    assert buffer.writes == 1 and buffer.get_session("c-1").seg_count == 3


def test_a_redelivered_group_stores_nothing_twice() -> None:
    buffer = FakeBuffer()
    step = ingestor(buffer)
    step.process_group(calls(3))
    step.start_batch()
    result = step.process_group(calls(3) + calls(1, start=4))
    assert [o.action for o in result.done if isinstance(o, Outcome)] == [
        "duplicate", "duplicate", "duplicate", "stored"]
    assert buffer.get_session("c-1").seg_count == 4 and len(buffer.appended) == 4


def test_a_redactor_failure_is_poison_naming_the_stage_never_the_text() -> None:
    step = ingestor(FakeBuffer(), redactor=ExplodingRedactor())
    [caught] = step.process_group([body("my ssn is 219 09 9999", utterance="u-7")]).done
    assert isinstance(caught, PoisonEvent)
    message = str(caught)
    assert "u-7" in message and "ValueError" in message
    assert "219" not in message and "ssn" not in message
    assert caught.__cause__ is None and caught.__suppress_context__


@pytest.mark.parametrize("event", [
    {"kind": "my ssn is 219-09-9999", "conversation_id": "c-1"},  # a tag value
    {"kind": "transcript", "conversation_id": "c-1", "utterance_id": "u", "text": "x",
     "offset_ms": 0, "duration_ms": 1, "card 4111111111111111": 1},  # an unexpected key
])
def test_a_rejection_reason_names_schema_fields_never_input_keys_or_tags(event: dict) -> None:
    [caught] = ingestor(FakeBuffer()).process_group([json.dumps({"event": event})]).done
    assert isinstance(caught, PoisonEvent)
    reason = str(caught)
    assert "event" in reason
    assert "219" not in reason and "4111" not in reason and "ssn" not in reason
