"""The redact step: transcript events in, redacted segments in the session buffer out.

A record is one of three things: an event to store (redacted), a duplicate to acknowledge, or
poison (unparseable, wrong types, oversized) that goes to the events DLQ with a reason and must
not hold back its neighbours. Transient failures (throttling, a network error) propagate, so
the batch processor reports the record failed and SQS delivers it again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import ValidationError

from transcript_pipeline.buffering.session_buffer import (
    FLUSH_BYTES,
    Appending,
    SessionBuffer,
    SessionInfo,
)
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


@dataclass
class GroupResult:
    """What became of one message group's records, in order: `done` has an outcome, or the
    poison for the DLQ, for each record from the first; `error` failed the next one, which goes
    back to SQS with every record after it."""

    done: list[Outcome | PoisonEvent]
    error: Exception | None = None


@dataclass
class _Run:
    """Segments of one conversation staged by this group and not yet written."""

    session: SessionInfo
    appending: Appending
    first: int  # the index of its first record in the group
    was_pending: int  # the session's pending segments and bytes before it
    was_bytes: int
    last: Outcome  # its last record's outcome, which carries the flush it asked for


class Ingestor:
    """Processes the records of one batch; caches session items for the batch only."""

    def __init__(self, settings: Settings, buffer: SessionBuffer, flush: FlushRequester,
                 redactor: Redactor) -> None:
        self.settings = settings
        self.buffer = buffer
        self.flush = flush
        self.redactor = redactor
        self._sessions: dict[str, SessionInfo] = {}
        self._run: _Run | None = None
        self._undone_from: int | None = None  # the first record a failed write leaves undone

    def start_batch(self) -> None:
        """Forget cached sessions: another instance may have written since the last batch."""
        self._sessions.clear()
        self._run, self._undone_from = None, None

    def _session(self, conversation_id: str) -> SessionInfo:
        session = self._sessions.get(conversation_id)
        if session is None:
            session = self._sessions[conversation_id] = self.buffer.get_session(conversation_id)
        return session

    def process_group(self, bodies: Sequence[str]) -> GroupResult:
        """The records of one message group (one conversation's events), in order.

        Their segments are stored with one conditional write per conversation, and a record
        counts as done only once its segment is written: a failed write undoes the records
        staged for it (SQS delivers them again; what was stored is then a duplicate). A write
        that lost a race to another invocation is redone once from a fresh read.
        """
        done: list[Outcome | PoisonEvent] = []
        for attempt in range(2):
            self._undone_from = None
            error: Exception | None = None
            try:
                for body in bodies[len(done):]:
                    try:
                        done.append(self._process(body, len(done)))
                    except PoisonEvent as exc:
                        done.append(exc)
            except Exception as exc:  # this record failed; those staged before it are written
                error = exc
            try:
                self._write_run()
            except Exception as exc:
                error = exc
            if self._undone_from is not None:
                del done[self._undone_from:]
            if not (isinstance(error, StaleSession) and not attempt):
                return GroupResult(done, error)
        raise AssertionError("unreachable")

    def _process(self, body: str, index: int) -> Outcome:
        event = parse_event(body)
        cid = event.conversation_id
        if self._run is not None and self._run.session.conversation_id != cid:
            self._write_run()
        if isinstance(event, SessionEndedEvent):
            self._write_run()
            session = self.buffer.mark_ended(cid)
            self._sessions[cid] = session
            self.flush.request(cid, "ended")
            return Outcome(cid, "ended", flush="ended")
        if not event.is_final and not self.settings.forward_interim:
            return Outcome(cid, "interim")
        try:
            return self._stage(self._session(cid), event, index)
        except DuplicateUtterance:
            self._write_run()
            self._sessions.pop(cid, None)
            return Outcome(cid, "duplicate", flush=self._reflush(self._session(cid)))

    def _stage(self, session: SessionInfo, event: TranscriptEvent, index: int) -> Outcome:
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
        run = self._run
        # (fields at their defaults are left out: the state is read back with them, and an
        # item written on every batch stays small)
        appending = self.buffer.stage(session, segment,
                                      redaction.state.model_dump_json(exclude_defaults=True),
                                      run.appending if run else None)
        outcome = Outcome(event.conversation_id, "stored",
                          entity_types=[f.type for f in result.entities])
        if run is None:
            self._run = _Run(session, appending, index, was_pending, was_bytes, outcome)
        else:
            run.last = outcome
        return outcome

    def _write_run(self) -> None:
        """Write the staged segments, then ask for the flush they call for; on any failure
        the run's records are undone (the flush request too: a redelivered duplicate asks
        again)."""
        run, self._run = self._run, None
        if run is None:
            return
        try:
            self.buffer.write(run.session, run.appending)
            run.last.flush = self._maybe_flush(run.session, run.was_pending, run.was_bytes)
        except Exception:
            self._sessions.pop(run.session.conversation_id, None)
            self._undone_from = run.first
            raise

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
