"""The listener container's settings and logs: JSON log lines keep their `extra` fields (the
ids and reasons of dropped or dead-lettered events are what the alarms point an operator to),
and the Interaction stream, which carries the bearer token, must be TLS."""

from __future__ import annotations

import io
import json
import logging

import pytest
from pydantic import ValidationError

from transcript_pipeline.ingress.listener_app import ListenerSettings, configure_logging


def test_log_lines_are_json_with_their_extra_fields() -> None:
    out = io.StringIO()
    configure_logging(out)
    logging.getLogger("transcript_pipeline.ingress.listener").warning(
        'message "not understood"', extra={"reason": "topicName: not a string",
                                            "conversation_id": "c-1", "bytes": 12})
    line = json.loads(out.getvalue().strip().splitlines()[-1])
    assert line["message"] == 'message "not understood"'
    assert line["reason"] == "topicName: not a string" and line["conversation_id"] == "c-1"
    assert line["service"] == "genesys-listener" and line["level"] == "WARNING"


def test_the_interaction_stream_must_be_tls_except_on_loopback() -> None:
    base = {"genesys_secret_name": "s", "events_queue_url": "https://sqs.example/q",
            "listener_mode": "interaction"}
    with pytest.raises(ValidationError, match="wss://"):
        ListenerSettings.model_validate({**base,
                                         "interaction_stream_url": "ws://genesys.example/s"})
    for url in ("wss://genesys.example/s", "ws://127.0.0.1:9000/s"):
        ListenerSettings.model_validate({**base, "interaction_stream_url": url})
