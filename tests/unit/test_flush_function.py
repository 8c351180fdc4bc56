"""The flush function's wiring, without AWS: a record to retry is counted and handed back to SQS."""

from __future__ import annotations

import json

import pytest

from infra.local.runner import LambdaContext, load_function


def test_a_record_to_retry_is_counted_and_left_to_sqs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("POWERTOOLS_METRICS_DISABLED", raising=False)
    app = load_function("flush")

    def forward(body: str, message_id: str, *_: object) -> None:
        if message_id == "busy":
            raise app.runtime.RetryLater("gateway answered HTTP 503")
        # anything else: refused by the gateway and dead-lettered (None)

    monkeypatch.setattr(app.runtime, "handle_flush_record", forward)
    app.metrics.clear_metrics()
    records = [{"messageId": message_id, "receiptHandle": f"r-{message_id}", "body": "{}",
                "md5OfBody": "", "attributes": {"ApproximateReceiveCount": "2"},
                "messageAttributes": {}, "eventSource": "aws:sqs",
                "eventSourceARN": "arn:aws:sqs:us-east-1:1:flush", "awsRegion": "us-east-1"}
               for message_id in ("busy", "refused")]

    response = app.handler({"Records": records}, LambdaContext("flush", 30))

    assert response == {"batchItemFailures": [{"itemIdentifier": "busy"}]}
    emitted = [json.loads(line) for line in capsys.readouterr().out.splitlines()
               if line.startswith('{"_aws"')]
    assert [(blob["FlushRetries"], blob["FlushDeadLettered"]) for blob in emitted] \
        == [([1.0], [1.0])]
