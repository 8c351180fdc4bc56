"""EventBridge ingress: the ingest Lambda puts Genesys events on the same FIFO queue, and the
rest of the pipeline cannot tell the difference."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from infra.local.embedded_stack import EmbeddedStack
from infra.local.runner import LambdaContext, load_handler
from transcript_pipeline.core.errors import GenesysMessageError

from .helpers import forwarded

pytestmark = pytest.mark.integration


def test_eventbridge_events_reach_the_gateway_redacted(
    make_stack: Callable[..., EmbeddedStack], data_dir: Path
) -> None:
    stack = make_stack({"FLUSH_SIZE": "100"})
    ingest = load_handler("ingest")
    event = json.loads((data_dir / "genesys" / "eventbridge_transcription.json").read_text())
    assert ingest(event, LambdaContext("ingest", 30)) == {"sent": 1}
    ended = json.loads(json.dumps(event))
    ended["detail"]["eventBody"]["transcripts"] = []
    ended["detail"]["eventBody"]["status"]["status"] = "SESSION_ENDED"
    assert ingest(ended, LambdaContext("ingest", 30)) == {"sent": 1}
    cid = event["detail"]["eventBody"]["conversationId"]
    stack.wait_until(lambda: cid in forwarded(stack), 60, "forwarded")
    assert forwarded(stack)[cid] == [
        "thanks [PERSON_1] can you confirm your date of birth"]


def test_a_message_that_cannot_be_understood_fails_with_its_field(
    make_stack: Callable[..., EmbeddedStack], data_dir: Path
) -> None:
    make_stack()
    ingest = load_handler("ingest")
    event = json.loads((data_dir / "genesys" / "eventbridge_transcription.json").read_text())
    del event["detail"]["eventBody"]["transcripts"][0]["utteranceId"]
    with pytest.raises(GenesysMessageError, match=r"transcripts\[0\]\.utteranceId: missing"):
        ingest(event, LambdaContext("ingest", 30))
