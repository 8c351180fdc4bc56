"""The functions' wiring, without AWS: what fails is counted (EMF) and handed back to SQS or
Lambda, so operators see a rising failure rate on the dashboard before anything reaches a DLQ."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from infra.local.runner import LambdaContext, load_function


@pytest.fixture
def emitted(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """The EMF blobs the functions printed, with metrics enabled for the test."""
    monkeypatch.delenv("POWERTOOLS_METRICS_DISABLED", raising=False)
    return lambda: [json.loads(line) for line in capsys.readouterr().out.splitlines()
                    if line.startswith('{"_aws"')]


def sqs_records(*message_ids: str, group: str = "conversation-1") -> list[dict[str, Any]]:
    return [{"messageId": message_id, "receiptHandle": f"r-{message_id}", "body": "{}",
             "md5OfBody": "", "messageAttributes": {}, "eventSource": "aws:sqs",
             "attributes": {"ApproximateReceiveCount": "2", "MessageGroupId": group},
             "eventSourceARN": "arn:aws:sqs:us-east-1:1:queue", "awsRegion": "us-east-1"}
            for message_id in message_ids]


class NoBuffer:
    """The redact function's ingestor, without a table behind it."""

    def start_batch(self) -> None:
        return None


def test_a_flush_to_retry_is_counted_and_left_to_sqs(
    monkeypatch: pytest.MonkeyPatch, emitted: Any
) -> None:
    app = load_function("flush")

    def forward(body: str, message_id: str, *_: object) -> None:
        if message_id == "busy":
            raise app.runtime.RetryLater("gateway answered HTTP 503")
        # anything else: refused by the gateway and dead-lettered (None)

    monkeypatch.setattr(app.runtime, "handle_flush_record", forward)
    app.metrics.clear_metrics()

    response = app.handler({"Records": sqs_records("busy", "refused")},
                           LambdaContext("flush", 30))

    assert response == {"batchItemFailures": [{"itemIdentifier": "busy"}]}
    assert [(blob["FlushRetries"], blob["FlushDeadLettered"]) for blob in emitted()] \
        == [([1.0], [1.0])]


def test_an_event_that_fails_is_counted_and_holds_back_only_its_conversation(
    monkeypatch: pytest.MonkeyPatch, emitted: Any
) -> None:
    app = load_function("redact")

    def store(records: list[Any]) -> tuple[list[None], Exception | None]:
        if records[0].message_id == "a1":
            return [], ConnectionError("DynamoDB unreachable")
        return [None] * len(records), None  # anything else: poison, dead-lettered (None)

    monkeypatch.setattr(app.runtime, "handle_event_group", store)
    monkeypatch.setattr(app.runtime, "ingestor", lambda: NoBuffer())
    app.metrics.clear_metrics()
    records = sqs_records("a1", "a2", group="a") + sqs_records("b1", group="b")

    response = app.handler({"Records": records}, LambdaContext("redact", 30))

    assert response == {"batchItemFailures": [{"itemIdentifier": "a1"}, {"itemIdentifier": "a2"}]}
    assert [(blob["EventRetries"], blob["PoisonEvents"]) for blob in emitted()] \
        == [([1.0], [1.0])]


def test_an_ingest_failure_is_counted_and_raised_for_lambda_to_retry(
    monkeypatch: pytest.MonkeyPatch, emitted: Any
) -> None:
    app = load_function("ingest")

    def refuse(event: dict[str, Any]) -> None:
        raise RuntimeError("SQS refused 1 events")

    monkeypatch.setattr(app.runtime, "ingest", refuse)
    app.metrics.clear_metrics()

    with pytest.raises(RuntimeError, match="SQS refused"):
        app.handler({"detail": {}}, LambdaContext("ingest", 30))

    assert [blob["IngestFailures"] for blob in emitted()] == [[1.0]]


def test_each_flush_request_gets_the_invocations_deadline(
    monkeypatch: pytest.MonkeyPatch, emitted: Any
) -> None:
    app = load_function("flush")
    deadlines: list[float | None] = []

    def forward(body: str, message_id: str, receive_count: int, receipt_handle: str,
                deadline: float | None = None) -> None:
        deadlines.append(deadline)

    monkeypatch.setattr(app.runtime, "handle_flush_record", forward)
    before = time.monotonic()
    app.handler({"Records": sqs_records("a", "b")}, LambdaContext("flush", 30))
    after = time.monotonic()
    margin = app.runtime.FINISH_MARGIN_SECONDS
    assert len(deadlines) == 2
    for deadline in deadlines:  # the function's 30 s, less the margin to confirm and report
        assert deadline is not None
        assert before + 30 - margin - 1 <= deadline <= after + 30 - margin
