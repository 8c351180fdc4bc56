"""The listener container's log lines are JSON and keep their `extra` fields (#11): the ids and
reasons of dropped or dead-lettered events are what the alarms point an operator to."""

from __future__ import annotations

import io
import json
import logging

from transcript_pipeline.ingress.listener_app import configure_logging


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
