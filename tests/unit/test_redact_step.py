"""The redact step with in-memory fakes: what it stores, and what a failing redactor does."""

from __future__ import annotations

import json

import pytest

from transcript_pipeline.buffering.redact_step import Ingestor
from transcript_pipeline.buffering.session_buffer import SessionInfo
from transcript_pipeline.core.config import Settings
from transcript_pipeline.core.errors import PoisonEvent
from transcript_pipeline.core.models import QueueEnvelope, TranscriptEvent
from transcript_pipeline.redaction import Redactor


class FakeBuffer:
    """The session buffer's surface the redact step uses, in memory."""

    def __init__(self) -> None:
        self.sessions: dict[str, SessionInfo] = {}
        self.appended: list[tuple[str, str]] = []

    def get_session(self, conversation_id: str) -> SessionInfo:
        return self.sessions.setdefault(conversation_id,
                                        SessionInfo(conversation_id=conversation_id))

    def append(self, session: SessionInfo, segment: object, state: str) -> None:
        self.appended.append((session.conversation_id, segment.text))  # type: ignore[attr-defined]
        session.seg_count += 1


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


def body(text: str, utterance: str = "u-1") -> str:
    event = TranscriptEvent(conversation_id="c-1", utterance_id=utterance, channel="EXTERNAL",
                            text=text, offset_ms=0, duration_ms=1000)
    return QueueEnvelope(event=event).model_dump_json()


def test_only_redacted_text_is_stored() -> None:
    buffer, flush = FakeBuffer(), FakeFlush()
    step = Ingestor(Settings(), buffer, flush, Redactor())  # type: ignore[arg-type]
    outcome = step.process(body("my card is 4111 1111 1111 1111"))
    assert outcome.action == "stored" and outcome.entity_types == ["CREDIT_CARD"]
    assert buffer.appended == [("c-1", "my card is [REDACTED_CREDIT_CARD]")]


def test_a_redactor_failure_is_poison_naming_the_stage_never_the_text() -> None:
    step = Ingestor(Settings(), FakeBuffer(), FakeFlush(),  # type: ignore[arg-type]
                    ExplodingRedactor())
    with pytest.raises(PoisonEvent) as caught:
        step.process(body("my ssn is 219 09 9999", utterance="u-7"))
    message = str(caught.value)
    assert "u-7" in message and "ValueError" in message
    assert "219" not in message and "ssn" not in message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


@pytest.mark.parametrize("event", [
    {"kind": "my ssn is 219-09-9999", "conversation_id": "c-1"},  # a tag value
    {"kind": "transcript", "conversation_id": "c-1", "utterance_id": "u", "text": "x",
     "offset_ms": 0, "duration_ms": 1, "card 4111111111111111": 1},  # an unexpected key
])
def test_a_rejection_reason_names_schema_fields_never_input_keys_or_tags(event: dict) -> None:
    step = Ingestor(Settings(), FakeBuffer(), FakeFlush(), Redactor())  # type: ignore[arg-type]
    with pytest.raises(PoisonEvent) as caught:
        step.process(json.dumps({"event": event}))
    reason = str(caught.value)
    assert "event" in reason
    assert "219" not in reason and "4111" not in reason and "ssn" not in reason
