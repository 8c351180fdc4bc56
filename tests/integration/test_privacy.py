"""The dev corpus end to end on the local stack, as deployed: a sample of its calls through
Genesys emulator -> listener -> FIFO events queue -> redact Lambda -> session table -> flush
queue -> flush Lambda -> LiteLLM's proxy (a real OpenAI-compatible gateway, every request
recorded as it received it), and every call of it from the redact handler on.

Invariants 2-4: every final utterance reaches the gateway once, in call order. Invariant 1: no
raw PII value in anything the pipeline writes after the events queue. Captured: every log line
(the listener's included), every DynamoDB, SQS and EventBridge request the Lambdas make (all
items and bodies written), the table and the flush queue and DLQs as they are at the end, and
everything the gateway received. The listener's own sends to the events queue carry raw text by
design (DESIGN.md) and go through a client of its own, outside the capture.
"""

from __future__ import annotations

import contextlib
import json
import re
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from infra.local.embedded_stack import EmbeddedStack
from infra.local.emulators.gateway import Failure
from infra.local.emulators.genesys import GenesysEmulator
from infra.local.runner import LambdaContext, to_record
from transcript_pipeline.core.aws import client

from .helpers import (
    dead_letters,
    event_bodies,
    expected,
    forwarded,
    forwarded_count,
    listener_for,
    load_rows,
    reason_of,
    run_in_thread,
)

pytestmark = pytest.mark.integration

# Ids and timestamps are not transcript text; they are removed before searching.
NOISE = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:-[a-z0-9-]+)?"
    r"|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}[,.]?\d*(?:[+-]\d{4}|Z)?"
    r"|\"(?:timestamp|Timestamp|pending_since|lease_until|not_before|ttl|xray_trace_id"
    r"|SentTimestamp|failed_at|idempotency_key)\"\s*:\s*[^,}]+",
    re.IGNORECASE,
)


def is_number(item: dict) -> bool:
    """A number in the wire format of DynamoDB ({"N": "1898"}) or of an SQS message attribute.

    Byte counts, offsets and sequence numbers are numbers the pipeline computes, not text: a
    conversation's pending bytes may well equal a four-digit security code spoken in another.
    """
    return (item.keys() <= {"N", "NS"} and bool(item)) or item.get("DataType") == "Number"


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
        elif isinstance(item, dict) and not is_number(item):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def found(value: str, haystack: str) -> bool:
    return value in haystack and bool(
        re.search(r"(?<![0-9a-z])" + re.escape(value) + r"(?![0-9a-z])", haystack))


def pii_values(rows: list[dict], public_rows: list[dict] | None = None) -> set[str]:
    """PII values of four characters or more in `rows` that occur nowhere in the corpus
    (`public_rows`, by default the same rows) but as PII.

    "april" is a caller's name in one call and a delivery date in another; "11/28" an expiry
    here and a delivery date there: such values cannot be told apart in the output.
    """
    values = {value for row in rows for value in _spans(row)[0]
              if len(value.replace(" ", "")) >= 4}
    public_text = "\n".join(text for row in public_rows or rows for text in _spans(row)[1])
    return {v for v in values if not found(v, public_text)}


def _spans(row: dict) -> tuple[list[str], list[str]]:
    """A row's PII values and the text between them, lower-case."""
    text, cut = row["text"], 0
    values, public = [], []
    for span in sorted(row["pii"], key=lambda s: s["start"]):
        values.append(text[span["start"]:span["end"]].lower())
        public.append(text[cut:span["start"]].lower())
        cut = span["end"]
    return values, [*public, text[cut:].lower()]


SAMPLE_CALLS = 12  # through the real listener and queues; the whole corpus through the handlers


def capture_writes() -> list[str]:
    """Every request body the Lambdas' DynamoDB, SQS and EventBridge clients send."""
    written: list[str] = []

    def capture(params: dict, **_: object) -> None:
        written.append(json.dumps(params, default=str))

    for service in ("dynamodb", "sqs", "events"):
        client(service).meta.events.register(f"provide-client-params.{service}.*", capture)
    return written


class Output:
    """Every line the test's processes printed (the Lambdas' and the listener's logs), kept as
    the test reads it."""

    def __init__(self, capfd: pytest.CaptureFixture[str]) -> None:
        self.capfd = capfd
        self.lines: list[str] = []

    def read(self) -> list[str]:
        out, err = self.capfd.readouterr()
        self.lines += out.splitlines() + err.splitlines()
        return self.lines

    def records(self) -> list[dict]:
        """The lines that are JSON log records."""
        records = []
        for line in self.read():
            with contextlib.suppress(ValueError):
                record = json.loads(line)
                if isinstance(record, dict):
                    records.append(record)
        return records

    def logged(self, message: str) -> list[dict]:
        """The JSON log records with this message."""
        return [record for record in self.records() if record.get("message") == message]


def assert_no_pii_anywhere(stack: EmbeddedStack, rows: list[dict], written: list[str],
                           output: Output, caplog: pytest.LogCaptureFixture,
                           gateway: list[dict], public: list[dict] | None = None) -> None:
    logged = {record.get("service") for record in output.records()}
    assert {"transcript-redact", "transcript-flush"} <= logged, "the Lambdas' logs were not seen"
    documents = output.read() + written
    documents += [json.dumps(r.__dict__, default=str) for r in caplog.records]
    documents += [json.dumps(body) for body in gateway]  # every request, context included
    documents += [json.dumps(item) for item in stack.ddb.scan(
        TableName=stack.stack.outputs["SessionTableName"])["Items"]]
    assert len(written) > len(rows)  # the capture saw the writes
    strings: set[str] = set()
    for document in documents:
        strings |= strings_in(document)
    haystack = NOISE.sub(" ", "\n".join(sorted(strings)))
    values = pii_values(rows, public)
    leaked = sorted(v for v in values if found(v, haystack))
    where = [next(s for s in sorted(strings) if found(v, NOISE.sub(" ", s)))[:200]
             for v in leaked[:5]]
    assert not leaked, f"{len(leaked)} PII values found, e.g. {leaked[:5]} in {where}"


def test_calls_through_the_listener_arrive_once_in_order_and_no_pii_value_is_anywhere(
    make_stack: Callable[..., EmbeddedStack],
    genesys: Callable[..., tuple[GenesysEmulator, list]],
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:
    stack = make_stack({"FLUSH_SIZE": "10"})
    emulator, rows = genesys(calls=SAMPLE_CALLS, per_message=3, interval=0.05)
    written = capture_writes()
    listener = listener_for(emulator, stack)
    stop, thread, errors = run_in_thread(listener)
    try:
        stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 600,
                         "every utterance")
        stack.wait_until(lambda: stack.queue_depth("FlushQueueUrl") == 0, 60, "flushes done")
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not errors
    assert listener.stats.counts["conversations"] == SAMPLE_CALLS
    # each utterance once, in call order, at a real gateway
    assert forwarded(stack) == expected(rows)
    for dlq in ("EventsDeadLetterQueueUrl", "FlushDeadLetterQueueUrl"):
        assert stack.queue_depth(dlq) == 0
    assert_no_pii_anywhere(stack, rows, written, Output(capfd), caplog,
                           stack.gateway_bodies(every=True))


CORPUS_PARTS = 3  # the whole corpus in parts, so that `make test`'s two workers share it


@pytest.mark.longest
@pytest.mark.parametrize("part", range(CORPUS_PARTS))
def test_the_whole_corpus_through_the_handlers_leaves_no_pii_value_anywhere(
    part: int, make_stack: Callable[..., EmbeddedStack], dev_corpus_path: Path,
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:
    """Every call of the dev corpus (one part of its calls per test, the parts together all of
    them), handed to the redact handler in the SQS event shape (a FIFO queue of 6,000 events is
    moto's slowest path), then flushed through the flush queue and handler as deployed, to
    LiteLLM's proxy."""
    stack = make_stack({"FLUSH_SIZE": "10"})
    every = load_rows(dev_corpus_path)
    calls = list(dict.fromkeys(r["conversation_id"] for r in every))[part::CORPUS_PARTS]
    rows = [r for r in every if r["conversation_id"] in set(calls)]
    written = capture_writes()
    handler = stack.handlers["RedactFunction"]
    arn = stack.sqs.get_queue_attributes(QueueUrl=stack.events_queue,
                                         AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    bodies = event_bodies(rows)
    for start in range(0, len(bodies), 10):
        records = [to_record({"MessageId": str(uuid.uuid4()), "ReceiptHandle": str(uuid.uuid4()),
                              "Body": body, "Attributes": {
                                  "MessageGroupId": group, "ApproximateReceiveCount": "1",
                                  "MessageDeduplicationId": dedup}}, arn)
                   for group, dedup, body in bodies[start:start + 10]]
        response = handler({"Records": records}, LambdaContext("redact", 60))
        assert response == {"batchItemFailures": []}
    stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 900,
                     "every utterance")
    stack.wait_until(lambda: stack.queue_depth("FlushQueueUrl") == 0, 60, "flushes done")
    assert forwarded(stack) == expected(rows)
    assert stack.queue_depth("FlushDeadLetterQueueUrl") == 0
    # nearly every PII value is unique to its span; values that also occur as public text in
    # another part of the corpus are left out of the search as they are for the whole
    assert len(pii_values(rows)) > 2000 // CORPUS_PARTS
    assert_no_pii_anywhere(stack, rows, written, Output(capfd), caplog,
                           stack.gateway_bodies(every=True), public=every)


def test_the_failure_paths_leave_no_pii_value_anywhere(
    make_stack: Callable[..., EmbeddedStack], dev_corpus_path: Path,
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:
    """The paths a real gateway's refusals take, with the same search: a batch too large (413:
    split and sent in halves), a request refused for good (400: the conversation is marked for
    an operator and its redacted segments go to the flush DLQ) and a conversation held back by
    a Retry-After for longer than STALLED_AFTER_SECONDS (the sweep counts it for the alarm and
    logs its id). The emulator produces all three; LiteLLM produces none on command."""
    stack = make_stack({"FLUSH_SIZE": "50", "STALLED_AFTER_SECONDS": "2"}, emulator=True)
    assert stack.gateway is not None
    stack.gateway.fail_next(Failure(status=413), Failure(status=400),
                            Failure(status=429, retry_after="5"))
    rows = load_rows(dev_corpus_path, conversations=4)
    calls = {r["conversation_id"] for r in rows}
    output = Output(capfd)
    written = capture_writes()
    stack.send_events(event_bodies(rows))
    stack.wait_until(lambda: stack.queue_depth("FlushDeadLetterQueueUrl") >= 1, 300,
                     "the refused batch in the flush DLQ")
    stack.wait_until(lambda: any(r["stalled_ids"] for r in output.logged("sweep done")), 300,
                     "a sweep that found a stalled conversation")
    stack.wait_until_quiet(300)
    outcomes = [r.outcome for r in stack.gateway.received]
    assert outcomes[:3] == ["failed:413", "failed:400", "failed:429"], outcomes[:4]
    stalled = {cid for r in output.logged("sweep done") for cid in r["stalled_ids"]}
    held_back = stack.gateway.received[2].conversation_id  # the 429's
    assert held_back in stalled and stalled <= calls
    letters = dead_letters(stack, "FlushDeadLetterQueueUrl")
    assert any("HTTP 400" in reason_of(m) for m in letters)
    assert forwarded_count(stack) > 0  # the other calls went on
    items = stack.ddb.scan(TableName=stack.stack.outputs["SessionTableName"])["Items"]
    assert sum(item.get("needs_operator", {}).get("BOOL", False) for item in items) == 1
    written += [json.dumps(m) for m in letters]  # the DLQ's bodies: the segments it kept
    assert_no_pii_anywhere(stack, rows, written, output, caplog, stack.gateway_bodies(every=True))
