"""Invariant 1 on the whole dev corpus: no raw PII value in anything the pipeline writes.

The redact Lambda is invoked directly with real SQS event shapes (the FIFO queue of the moto
server slows down quadratically with its length, and 6,000 events would take hours there);
everything after it runs as deployed: the session table, the flush queue and its mapping, the
flush Lambda, the gateway emulator. Captured: every log line, every DynamoDB and SQS request's
parameters (all items and bodies written), every EventBridge event, everything the gateway
received.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from infra.local.runner import LambdaContext, to_record
from infra.local.stack import LocalStack
from transcript_pipeline.aws import client

from .helpers import event_bodies, forwarded_count, load_rows

pytestmark = pytest.mark.integration

# Ids and timestamps are not transcript text; they are removed before searching.
NOISE = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:-[a-z0-9-]+)?"
    r"|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}[,.]?\d*(?:[+-]\d{4}|Z)?"
    r"|\"(?:timestamp|Timestamp|pending_since|lease_until|not_before|ttl|xray_trace_id"
    r"|SentTimestamp|failed_at|idempotency_key)\"\s*:\s*[^,}]+",
    re.IGNORECASE,
)


def strings_in(document: str) -> set[str]:
    """Every string in a JSON document (or the text itself, if it is not JSON), lower-case."""
    try:
        value = json.loads(document)
    except ValueError:
        return {document.lower()}
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found |= strings_in(item) if item[:1] in "{[" else {item.lower()}
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def found(value: str, haystack: str) -> bool:
    return value in haystack and bool(
        re.search(r"(?<![0-9a-z])" + re.escape(value) + r"(?![0-9a-z])", haystack))


def pii_values(rows: list[dict]) -> set[str]:
    """PII values of four characters or more that occur nowhere in the corpus but as PII.

    "april" is a caller's name in one call and a delivery date in another; "11/28" an expiry
    here and a delivery date there: such values cannot be told apart in the output.
    """
    values = set()
    public = []
    for row in rows:
        text = row["text"]
        cut = 0
        for span in sorted(row["pii"], key=lambda s: s["start"]):
            value = text[span["start"]:span["end"]].lower()
            if len(value.replace(" ", "")) >= 4:
                values.add(value)
            public.append(text[cut:span["start"]])
            cut = span["end"]
        public.append(text[cut:])
    public_text = "\n".join(public).lower()
    return {v for v in values if not found(v, public_text)}


def test_no_pii_value_in_logs_table_queues_events_or_gateway(
    make_stack: Callable[..., LocalStack], dev_corpus_path: Path,
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:
    rows = load_rows(dev_corpus_path)
    stack = make_stack({"FLUSH_SIZE": "10"})
    written: list[str] = []

    def capture(params: dict, **_: object) -> None:
        written.append(json.dumps(params, default=str))

    for service in ("dynamodb", "sqs", "events"):
        client(service).meta.events.register(f"provide-client-params.{service}.*", capture)

    redact = stack.handlers["RedactFunction"]
    queue_arn = f"arn:aws:sqs:us-east-1:123456789012:{stack.name}-events.fifo"
    bodies = event_bodies(rows)
    for start in range(0, len(bodies), 10):
        records = [to_record({"MessageId": str(uuid.uuid4()), "ReceiptHandle": f"direct-{i}",
                              "Body": body, "Attributes": {"ApproximateReceiveCount": "1",
                                                           "MessageGroupId": group}},
                             queue_arn)
                   for i, (group, _, body) in enumerate(bodies[start:start + 10])]
        response = redact({"Records": records}, LambdaContext("redact", 30))
        assert response == {"batchItemFailures": []}
    stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 600, "every utterance")
    stack.wait_until(lambda: stack.queue_depth("FlushQueueUrl") == 0, 60, "flushes done")
    assert forwarded_count(stack) == len(rows)

    out, err = capfd.readouterr()
    documents = out.splitlines() + err.splitlines() + written
    documents += [json.dumps(r.__dict__, default=str) for r in caplog.records]
    documents += [json.dumps(r.body) for r in stack.gateway.received]
    assert len(written) > len(rows)  # the capture saw the writes
    strings: set[str] = set()
    for document in documents:
        strings |= strings_in(document)
    haystack = NOISE.sub(" ", "\n".join(sorted(strings)))
    values = pii_values(rows)
    assert len(values) > 2000  # nearly every PII value is unique to its span
    leaked = sorted(v for v in values if found(v, haystack))
    assert not leaked, f"{len(leaked)} PII values found, e.g. {leaked[:5]}"
