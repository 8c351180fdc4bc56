"""Pydantic models for what crosses a boundary: input lines, events, segments."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Utterance(BaseModel):
    """One line of `transcript-pipeline redact` input; unknown fields pass through untouched."""

    model_config = ConfigDict(extra="allow")

    conversation_id: str = Field(min_length=1)
    utterance_id: str = Field(min_length=1)
    channel: str = Field(min_length=1)
    text: str


class EntitySpan(BaseModel):
    """One finding: type, offsets into the input text, score."""

    type: str
    start: int
    end: int
    score: float
