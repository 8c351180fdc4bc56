"""Genesys messages to `TranscriptEvent`s: one parser for every way transcripts arrive.

Inputs: a Notifications API WebSocket message (`topicName` + `eventBody`), the same topic
delivered by the Genesys Amazon EventBridge integration (the message under `detail`), and the
original tutorial's Interaction stream (`event: "transcript"`). Every schema field may be
missing; what the pipeline cannot do without raises `GenesysMessageError` naming the field.
The `words`/`decoratedWords` arrays repeat the text word by word and are never read.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import ValidationError

from transcript_pipeline.core.errors import GenesysMessageError, describe_validation_error
from transcript_pipeline.core.models import SessionEndedEvent, TranscriptEvent

TextField = Literal["transcript", "decoratedTranscript"]
TRANSCRIPTION_TOPIC = re.compile(r"^v2\.conversations\.([^.]+)\.transcription$")
SPEAKERS = {"customer": "EXTERNAL", "external": "EXTERNAL", "agent": "INTERNAL",
            "internal": "INTERNAL"}
CHANNELS = {"INTERNAL", "EXTERNAL", "BOTH", "UNKNOWN"}


def _require(value: Any, kind: type, where: str) -> Any:
    if value is None:
        raise GenesysMessageError(f"{where}: missing")
    if not isinstance(value, kind):
        raise GenesysMessageError(f"{where}: expected {kind.__name__}, got {type(value).__name__}")
    return value


def _optional(value: Any, kind: type | tuple[type, ...], where: str) -> Any:
    if value is None:
        return None
    is_bool = isinstance(value, bool)
    if not isinstance(value, kind) or (is_bool and kind is not bool):  # True is an int too
        raise GenesysMessageError(f"{where}: wrong type {type(value).__name__}")
    return value


def parse_message(
    message: str | dict[str, Any], text_field: TextField = "transcript"
) -> list[TranscriptEvent | SessionEndedEvent]:
    """The events one message carries; heartbeats, pongs and other topics carry none."""
    if isinstance(message, str):
        try:
            message = json.loads(message)
        except ValueError as exc:
            raise GenesysMessageError(f"not valid JSON ({exc.args[0].split(':')[0]})") from None
    doc = _require(message, dict, "(message)")
    if "detail-type" in doc or "detail" in doc:  # Genesys EventBridge integration
        doc = _require(doc.get("detail"), dict, "detail")
        return _notification(doc, text_field, "detail.")
    if doc.get("event") == "transcript":
        return _interaction(doc)
    return _notification(doc, text_field, "")


def _notification(
    doc: dict[str, Any], text_field: TextField, prefix: str
) -> list[TranscriptEvent | SessionEndedEvent]:
    topic = _require(doc.get("topicName"), str, f"{prefix}topicName")
    match = TRANSCRIPTION_TOPIC.match(topic)
    if not match:
        return []  # heartbeats, pongs, v2.system.*, conversation discovery topics
    body = _require(doc.get("eventBody"), dict, f"{prefix}eventBody")
    where = f"{prefix}eventBody"
    conversation_id = _optional(body.get("conversationId"), str, f"{where}.conversationId") \
        or match.group(1)
    communication_id = _optional(body.get("communicationId"), str, f"{where}.communicationId")
    transcripts = _optional(body.get("transcripts"), list, f"{where}.transcripts") or []
    events: list[TranscriptEvent | SessionEndedEvent] = []
    for i, item in enumerate(transcripts):
        event = _transcript(item, f"{where}.transcripts[{i}]", conversation_id,
                            communication_id, text_field)
        if event is not None:
            events.append(event)
    status = _optional(body.get("status"), dict, f"{where}.status") or {}
    if status.get("status") == "SESSION_ENDED":
        events.append(SessionEndedEvent(conversation_id=conversation_id))
    return events


def _transcript(
    item: Any, where: str, conversation_id: str, communication_id: str | None,
    text_field: TextField,
) -> TranscriptEvent | None:
    item = _require(item, dict, where)
    utterance_id = _require(item.get("utteranceId"), str, f"{where}.utteranceId")
    channel = _optional(item.get("channel"), str, f"{where}.channel") or "UNKNOWN"
    if channel not in CHANNELS:
        raise GenesysMessageError(f"{where}.channel: unknown channel")
    alternatives = _optional(item.get("alternatives"), list, f"{where}.alternatives") or []
    best: tuple[float, int, dict[str, Any]] | None = None
    for j, alternative in enumerate(alternatives):
        alternative = _require(alternative, dict, f"{where}.alternatives[{j}]")
        confidence = _optional(alternative.get("confidence"), (int, float),
                               f"{where}.alternatives[{j}].confidence")
        score = confidence if confidence is not None else -1.0
        if best is None or score > best[0]:
            best = (score, j, alternative)
    if best is None:
        raise GenesysMessageError(f"{where}.alternatives: missing or empty")
    _, j, alternative = best
    at = f"{where}.alternatives[{j}]"
    other = "transcript" if text_field == "decoratedTranscript" else "decoratedTranscript"
    text = alternative.get(text_field)
    if text is None:
        text = alternative.get(other)
    text = _require(text, str, f"{at}.{text_field}")
    is_final = _optional(item.get("isFinal"), bool, f"{where}.isFinal")
    return _event(
        where,
        conversation_id=conversation_id,
        communication_id=communication_id,
        utterance_id=utterance_id,
        channel=channel,
        is_final=True if is_final is None else is_final,
        offset_ms=_optional(alternative.get("offsetMs"), int, f"{at}.offsetMs") or 0,
        duration_ms=_optional(alternative.get("durationMs"), int, f"{at}.durationMs") or 0,
        confidence=alternative.get("confidence"),
        text=text,
        language=_optional(item.get("dialect"), str, f"{where}.dialect"),
        engine=_optional(item.get("engineProvider"), str, f"{where}.engineProvider"),
    )


def _event(where: str, **fields: Any) -> TranscriptEvent:
    """A validated event; a value out of range is reported with its field, not its content."""
    try:
        return TranscriptEvent(**fields)
    except ValidationError as exc:
        raise GenesysMessageError(f"{where}: {describe_validation_error(exc)}") from None


def _interaction(doc: dict[str, Any]) -> list[TranscriptEvent | SessionEndedEvent]:
    """The tutorial's stream: a session id and a list of speaker/text/timestamp items."""
    payload = _require(doc.get("payload"), dict, "payload")
    session_id = _require(payload.get("sessionId"), str, "payload.sessionId")
    items = _require(payload.get("transcript"), list, "payload.transcript")
    events: list[TranscriptEvent | SessionEndedEvent] = []
    for i, item in enumerate(items):
        where = f"payload.transcript[{i}]"
        item = _require(item, dict, where)
        text = _require(item.get("text"), str, f"{where}.text")
        speaker = _optional(item.get("speaker"), str, f"{where}.speaker") or ""
        timestamp = _optional(item.get("timestamp"), int, f"{where}.timestamp")
        # The stream has no utterance ids: the time and the speaker identify an utterance
        # wherever a resend puts it; without a time, its place in the message has to do.
        key = f"{timestamp}-{speaker.lower() or 'unknown'}" if timestamp is not None else f"n{i}"
        events.append(_event(
            where,
            conversation_id=session_id,
            utterance_id=f"{session_id}-{key}",
            channel=SPEAKERS.get(speaker.lower(), "UNKNOWN"),
            offset_ms=timestamp or 0,
            confidence=_optional(item.get("confidence"), (int, float), f"{where}.confidence"),
            text=text,
        ))
    return events
