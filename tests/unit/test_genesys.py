"""The one parser for Genesys messages, against the real payload shapes in tests/data/genesys."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from transcript_pipeline.core.errors import GenesysMessageError
from transcript_pipeline.core.models import SessionEndedEvent, TranscriptEvent
from transcript_pipeline.ingress.genesys_messages import parse_message

GENESYS = Path(__file__).parents[1] / "data" / "genesys"


def sample(name: str) -> dict:
    return json.loads((GENESYS / name).read_text(encoding="utf-8"))


def test_websocket_transcription_message() -> None:
    events = parse_message(sample("ws_transcription.json"))
    final, interim = events
    assert isinstance(final, TranscriptEvent)
    assert final.conversation_id == "0c9a4f8e-5b1d-4e7a-8c3f-2d6e9b1a7f40"
    assert final.communication_id == "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
    assert (final.channel, final.is_final, final.offset_ms, final.duration_ms) == (
        "EXTERNAL", True, 41230, 5120)
    assert final.confidence == 0.87 and final.language == "en-US" and final.engine == "GENESYS"
    assert final.text.startswith("my card number is four one")
    assert interim.is_final is False and interim.channel == "INTERNAL"


def test_decorated_text_is_configurable_with_fallback() -> None:
    final, interim = parse_message(sample("ws_transcription.json"), "decoratedTranscript")
    assert final.text == "My card number is 4111 1111 1111 1111."
    assert interim.text == "thank you and the"  # no decorated rendering: the raw one


def test_eventbridge_delivery_parses_the_same_way() -> None:
    (event,) = parse_message(sample("eventbridge_transcription.json"))
    assert event.conversation_id == "0c9a4f8e-5b1d-4e7a-8c3f-2d6e9b1a7f40"
    assert event.channel == "INTERNAL" and event.offset_ms == 52000


def test_tutorial_interaction_stream() -> None:
    events = parse_message(sample("seed_interaction_transcript.json"))
    assert [(e.conversation_id, e.channel) for e in events] == [
        ("abc-123", "EXTERNAL"), ("abc-123", "INTERNAL")]
    assert len({e.utterance_id for e in events}) == 2
    # A resend that carries the second utterance alone names it the same way (deduplicated).
    resent = sample("seed_interaction_transcript.json")
    resent["payload"]["transcript"] = resent["payload"]["transcript"][1:]
    assert parse_message(resent)[0].utterance_id == events[1].utterance_id


@pytest.mark.parametrize("name", ["ws_heartbeat.json", "ws_pong.json",
                                  "ws_socket_closing.json"])
def test_housekeeping_carries_nothing(name: str) -> None:
    assert parse_message(sample(name)) == []


def test_keep_alive_without_transcripts_and_session_end() -> None:
    message = sample("ws_transcription.json")
    del message["eventBody"]["transcripts"]
    assert parse_message(message) == []
    message["eventBody"]["status"]["status"] = "SESSION_ENDED"
    assert parse_message(message) == [
        SessionEndedEvent(conversation_id="0c9a4f8e-5b1d-4e7a-8c3f-2d6e9b1a7f40")]


OPTIONAL = ["conversationId", "communicationId", "eventTime", "status", "organizationId",
            "sessionStartTimeMs"]
TRANSCRIPT_OPTIONAL = ["isFinal", "channel", "engineProvider", "dialect", "engineId"]
ALTERNATIVE_OPTIONAL = ["confidence", "offsetMs", "durationMs", "words", "decoratedWords",
                        "decoratedTranscript"]


@pytest.mark.parametrize("field", OPTIONAL)
def test_optional_body_fields_may_be_missing(field: str) -> None:
    message = sample("ws_transcription.json")
    message["eventBody"].pop(field, None)
    events = parse_message(message)
    assert events[0].conversation_id == "0c9a4f8e-5b1d-4e7a-8c3f-2d6e9b1a7f40"  # from topic


@pytest.mark.parametrize("field", TRANSCRIPT_OPTIONAL)
def test_optional_transcript_fields_may_be_missing(field: str) -> None:
    message = sample("ws_transcription.json")
    message["eventBody"]["transcripts"][0].pop(field, None)
    assert parse_message(message)[0].utterance_id == "5e7f0a12-3b4c-4d5e-9f60-718293a4b5c6"


@pytest.mark.parametrize("field", ALTERNATIVE_OPTIONAL)
def test_optional_alternative_fields_may_be_missing(field: str) -> None:
    message = sample("ws_transcription.json")
    message["eventBody"]["transcripts"][0]["alternatives"][0].pop(field, None)
    assert parse_message(message)[0].text


@pytest.mark.parametrize(("mutate", "named"), [
    (lambda m: m.pop("topicName"), "topicName: missing"),
    (lambda m: m.pop("eventBody"), "eventBody: missing"),
    (lambda m: m["eventBody"]["transcripts"][0].pop("utteranceId"),
     "eventBody.transcripts[0].utteranceId: missing"),
    (lambda m: m["eventBody"]["transcripts"][0].pop("alternatives"),
     "eventBody.transcripts[0].alternatives: missing or empty"),
    (lambda m: m["eventBody"]["transcripts"][0]["alternatives"][0].pop("transcript"),
     "alternatives[0].transcript: missing"),
    (lambda m: m["eventBody"]["transcripts"][0].update(isFinal="yes"),
     "eventBody.transcripts[0].isFinal: wrong type str"),
    (lambda m: m["eventBody"]["transcripts"][0]["alternatives"][0].update(offsetMs=True),
     "offsetMs: wrong type bool"),
    (lambda m: m["eventBody"]["transcripts"][0]["alternatives"][0].update(confidence=7),
     "eventBody.transcripts[0]: confidence"),
])
def test_what_cannot_be_understood_names_its_field(mutate, named: str) -> None:
    message = sample("ws_transcription.json")
    message["eventBody"]["transcripts"][0]["alternatives"][0].pop("decoratedTranscript")
    mutate(message)
    with pytest.raises(GenesysMessageError, match=named.replace("[", r"\[").replace("]", r"\]")) \
            as caught:
        parse_message(copy.deepcopy(message))
    assert "four one" not in str(caught.value)


def test_words_never_travel() -> None:
    message = sample("ws_transcription.json")
    alternative = message["eventBody"]["transcripts"][0]["alternatives"][0]
    alternative["words"] = [{"word": "zebra-secret"}]
    dumped = parse_message(message)[0].model_dump_json()
    assert "zebra-secret" not in dumped and "words" not in dumped


def test_cli_prints_events_and_reports_bad_lines() -> None:
    lines = [json.dumps(sample("ws_transcription.json")), "{oops",
             json.dumps(sample("ws_heartbeat.json"))]
    ended = sample("ws_transcription.json")
    ended["eventBody"]["transcripts"] = []
    ended["eventBody"]["status"]["status"] = "SESSION_ENDED"
    lines.append(json.dumps(ended))
    proc = subprocess.run([sys.executable, "-m", "transcript_pipeline.ops.cli", "genesys-parse"],
                          input="\n".join(lines) + "\n", capture_output=True, text=True,
                          timeout=60, check=False)
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert set(out[0]) == {"conversation_id", "utterance_id", "channel", "is_final", "offset_ms",
                           "duration_ms", "confidence", "text", "language"}
    assert out[-1] == {"conversation_id": "0c9a4f8e-5b1d-4e7a-8c3f-2d6e9b1a7f40",
                       "event": "session_ended"}
    assert len(out) == 3
    assert proc.stderr.startswith("line 2: not valid JSON")
    assert proc.returncode == 1
