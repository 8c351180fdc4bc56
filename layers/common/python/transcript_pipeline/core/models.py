"""Pydantic models for what crosses a boundary inside the pipeline: queue messages, stored
segments and flush requests (what goes to and comes from the gateway is in
`delivery/payloads.py`, which only the flush function loads; the command line's input lines are
in `ops/cli.py`: a model's schema is built at import, on every Lambda's cold start).

Every model that carries transcript text says so in its docstring; such models are never
logged whole (log their ids instead).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Channel = Literal["INTERNAL", "EXTERNAL", "BOTH", "UNKNOWN"]
NonEmpty = Annotated[str, Field(min_length=1, max_length=256)]


class EntitySpan(BaseModel):
    """One finding: type, offsets into the text it was found in, score."""

    type: str
    start: int
    end: int
    score: float


class TranscriptEvent(BaseModel):
    """One utterance as the listener puts it on the events queue (holds raw text)."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["transcript"] = "transcript"
    conversation_id: NonEmpty
    communication_id: str | None = None
    utterance_id: NonEmpty
    channel: Channel = "UNKNOWN"
    is_final: bool = True
    offset_ms: int = Field(default=0, ge=0)
    duration_ms: int = Field(default=0, ge=0)
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    text: str = Field(max_length=1_000_000)  # the publisher splits what SQS cannot carry
    language: str | None = None
    engine: str | None = None


class SessionEndedEvent(BaseModel):
    """The conversation's transcription ended: flush what is pending."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["session_ended"] = "session_ended"
    conversation_id: NonEmpty


QueueEvent = Annotated[TranscriptEvent | SessionEndedEvent, Field(discriminator="kind")]


class QueueEnvelope(BaseModel):
    """The body of a message on the events queue."""

    event: QueueEvent


class RedactedSegment(BaseModel):
    """A redacted utterance as stored in the session buffer; `text` is redacted text only."""

    conversation_id: str
    seq: int = Field(ge=1, description="arrival order within the conversation")
    utterance_id: str
    channel: Channel
    offset_ms: int
    duration_ms: int
    confidence: float | None = None
    language: str | None = None
    text: str
    entities: list[EntitySpan] = []


FlushReason = Literal["size", "ended", "age", "sweep", "redrive"]


class FlushRequest(BaseModel):
    """A request to forward a conversation's pending segments (holds no transcript text)."""

    conversation_id: NonEmpty
    reason: FlushReason
