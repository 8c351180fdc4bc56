"""The redact step: transcript events in, redacted segments in the session buffer out.

A record is one of three things: an event to store (redacted), a duplicate to acknowledge, or
poison (unparseable, wrong types, oversized) that goes to the events DLQ with a reason and must
not hold back its neighbours. Transient failures (throttling, a network error) propagate, so
the batch processor reports the record failed and SQS delivers it again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from pydantic import ValidationError

from transcript_pipeline.buffering.session_buffer import FLUSH_BYTES, SessionBuffer, SessionInfo
from transcript_pipeline.core.config import Settings
from transcript_pipeline.core.errors import (
    DuplicateUtterance,
    PoisonEvent,
    StaleSession,
    describe_validation_error,
)
from transcript_pipeline.core.models import (
    EntitySpan,
    FlushReason,
    QueueEnvelope,
    RedactedSegment,
    SessionEndedEvent,
    TranscriptEvent,
)
from transcript_pipeline.redaction import Redactor, SessionState

from .flush_requests import FlushRequester

MAX_EVENT_BYTES = 64 * 1024  # a real utterance is a few hundred bytes


@dataclass
class Outcome:
    """What happened to one record, for logs and metrics (ids and counts only)."""

    conversation_id: str
    action: str  # stored | duplicate | interim | ended
    entity_types: list[str] = field(default_factory=list)
    flush: str | None = None


def parse_event(body: str) -> TranscriptEvent | SessionEndedEvent:
    """Validate a queue message body; raises PoisonEvent naming what was wrong."""
    if len(body.encode("utf-8", errors="surrogatepass")) > MAX_EVENT_BYTES:
        raise PoisonEvent(f"message body over {MAX_EVENT_BYTES} bytes")
    try:
        return QueueEnvelope.model_validate_json(body).event
    except ValidationError as exc:
        raise PoisonEvent(describe_validation_error(exc)) from None


class Ingestor:
    """Processes the records of one batch; caches session items for the batch only."""

    def __init__(self, settings: Settings, buffer: SessionBuffer, flush: FlushRequester,
                 redactor: Redactor) -> None:
        self.settings = settings
        self.buffer = buffer
        self.flush = flush
        self.redactor = redactor
        self._sessions: dict[str, SessionInfo] = {}

    def start_batch(self) -> None:
        """Forget cached sessions: another instance may have written since the last batch."""
        self._sessions.clear()

    def _session(self, conversation_id: str) -> SessionInfo:
        session = self._sessions.get(conversation_id)
        if session is None:
            session = self._sessions[conversation_id] = self.buffer.get_session(conversation_id)
        return session

    def process(self, body: str) -> Outcome:
        event = parse_event(body)
        if isinstance(event, SessionEndedEvent):
            session = self.buffer.mark_ended(event.conversation_id)
            self._sessions[event.conversation_id] = session
            self.flush.request(event.conversation_id, "ended")
            return Outcome(event.conversation_id, "ended", flush="ended")
        if not event.is_final and not self.settings.forward_interim:
            return Outcome(event.conversation_id, "interim")
        for attempt in range(2):
            session = self._session(event.conversation_id)
            try:
                return self._store(session, event)
            except StaleSession:
                self._sessions.pop(event.conversation_id, None)
                if attempt:
                    raise
            except DuplicateUtterance:
                self._sessions.pop(event.conversation_id, None)
                session = self._session(event.conversation_id)
                return Outcome(event.conversation_id, "duplicate", flush=self._reflush(session))
        raise AssertionError("unreachable")

    def _store(self, session: SessionInfo, event: TranscriptEvent) -> Outcome:
        redaction = self.redactor.session(
            SessionState.model_validate_json(session.state) if session.state else None)
        try:
            result = redaction.redact(event.text, event.channel)
        except Exception as exc:
            # An input the redactor cannot handle never will: poison at once, so the rest of
            # the call goes on. The reason names the stage and the error's type; the error's
            # own message (and its traceback, dropped by `from None`) may quote the text.
            raise PoisonEvent(f"redactor failed on utterance {event.utterance_id} "
                              f"({type(exc).__name__})") from None
        segment = RedactedSegment(
            conversation_id=event.conversation_id,
            seq=session.seg_count + 1,
            utterance_id=event.utterance_id,
            channel=event.channel,
            offset_ms=event.offset_ms,
            duration_ms=event.duration_ms,
            confidence=event.confidence,
            language=event.language,
            text=result.text,
            entities=[EntitySpan(type=f.type, start=f.start, end=f.end, score=f.score)
                      for f in result.entities],
        )
        was_pending, was_bytes = session.pending, session.pending_bytes
        # (fields at their defaults are left out: the state is read back with them, and an
        # item written on every utterance stays small)
        self.buffer.append(session, segment,
                           redaction.state.model_dump_json(exclude_defaults=True))
        return Outcome(event.conversation_id, "stored",
                       entity_types=[f.type for f in result.entities],
                       flush=self._maybe_flush(session, was_pending, was_bytes))

    def _reflush(self, session: SessionInfo) -> str | None:
        """A redelivered event: the first delivery may have died before asking for a flush."""
        if not session.pending:
            return None
        if session.ended or session.pending >= self.settings.flush_size \
                or session.pending_bytes >= FLUSH_BYTES:
            reason: FlushReason = "ended" if session.ended else "size"
            self.flush.request(session.conversation_id, reason)
            return reason
        self.flush.request(session.conversation_id, "age",
                           delay=self.settings.max_batch_age_seconds)
        return "age"

    def _maybe_flush(self, session: SessionInfo, was_pending: int, was_bytes: int) -> str | None:
        """Ask for a flush when the batch is full (in segments or in bytes) or the call ended;
        start the age clock."""
        cid = session.conversation_id
        pending = session.pending
        if session.ended and pending:
            self.flush.request(cid, "ended")
            return "ended"
        size = self.settings.flush_size
        if pending // size > was_pending // size \
                or session.pending_bytes // FLUSH_BYTES > was_bytes // FLUSH_BYTES:
            self.flush.request(cid, "size")
            return "size"
        if was_pending == 0 and pending > 0:
            self.flush.request(cid, "age", delay=self.settings.max_batch_age_seconds)
            return "age"
        return None


def event_group(body: str) -> str:
    """The message group for a DLQ copy: the conversation id if it can be read at all."""
    try:
        value = json.loads(body)["event"]["conversation_id"]
    except (ValueError, KeyError, TypeError):
        return "unparseable"
    return value[:128] if isinstance(value, str) and value else "unparseable"
