"""SQS partial batch responses (lambdas/batch.py): what fails goes back, nothing else does."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from transcript_pipeline.lambdas.batch import (
    BatchFailed,
    GroupResult,
    SqsRecord,
    process_groups,
    process_partial,
)


def record(message_id: str, group: str | None = None, body: str = "{}") -> dict[str, Any]:
    attributes = {"ApproximateReceiveCount": "3"}
    if group is not None:
        attributes["MessageGroupId"] = group
    return {"messageId": message_id, "receiptHandle": f"r-{message_id}", "body": body,
            "attributes": attributes, "eventSource": "aws:sqs", "md5OfBody": ""}


def failing(*message_ids: str, seen: list[str] | None = None):  # type: ignore[no-untyped-def]
    def handle(item: SqsRecord) -> None:
        if seen is not None:
            seen.append(item.message_id)
        if item.message_id in message_ids:
            raise ConnectionError(f"could not store {item.body}")
    return handle


def in_order(handle):  # type: ignore[no-untyped-def]
    """A group handler that runs `handle` on each record until one fails."""
    def handle_group(records: list[SqsRecord]) -> GroupResult:
        for done, item in enumerate(records):
            try:
                handle(item)
            except Exception as exc:
                return done, exc
        return len(records), None
    return handle_group


def failures(response: dict[str, list[dict[str, str]]]) -> list[str]:
    return [item["itemIdentifier"] for item in response["batchItemFailures"]]


def test_on_a_fifo_queue_a_failure_holds_back_the_rest_of_its_group_only() -> None:
    seen: list[str] = []
    event = {"Records": [record("a1", "a"), record("b1", "b"), record("a2", "a"),
                         record("b2", "b"), record("a3", "a")]}

    response = process_groups(event, in_order(failing("a2", seen=seen)))

    assert failures(response) == ["a2", "a3"]
    assert seen == ["a1", "a2", "b1", "b2"]  # a3 never ran: it would overtake a2


def test_on_a_fifo_queue_each_group_reaches_its_handler_whole_and_in_order() -> None:
    groups: list[list[str]] = []
    event = {"Records": [record("a1", "a"), record("b1", "b"), record("a2", "a")]}

    def handle_group(records: list[SqsRecord]) -> GroupResult:
        groups.append([r.message_id for r in records])
        return (1, ConnectionError("DynamoDB unreachable")) if records[0].message_id == "b1" \
            else (len(records), None)

    response = process_groups(event, handle_group)

    assert groups == [["a1", "a2"], ["b1"]]
    assert failures(response) == []  # b1 was done before its group's failure


def test_a_group_handler_that_raises_fails_its_whole_group_only() -> None:
    def handle_group(records: list[SqsRecord]) -> GroupResult:
        if records[0].message_id == "a1":
            raise ConnectionError("DynamoDB unreachable")
        return len(records), None

    event = {"Records": [record("a1", "a"), record("b1", "b"), record("a2", "a")]}
    assert failures(process_groups(event, handle_group)) == ["a1", "a2"]


def test_on_a_standard_queue_records_are_independent() -> None:
    seen: list[str] = []
    event = {"Records": [record("m1"), record("m2"), record("m3")]}

    response = process_partial(event, failing("m1", seen=seen))

    assert failures(response) == ["m1"]
    assert seen == ["m1", "m2", "m3"]


def test_the_record_reaches_the_handler_with_its_attributes() -> None:
    got: list[SqsRecord] = []
    process_groups({"Records": [record("m1", "g", body='{"x": 1}')]},
                   in_order(got.append))

    assert [(r.message_id, r.receipt_handle, r.body, r.attributes.approximate_receive_count,
             r.attributes.message_group_id) for r in got] == [("m1", "r-m1", '{"x": 1}', 3, "g")]


def test_a_failure_is_logged_by_its_type_never_its_message(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        process_partial({"Records": [record("m1", body="my card is 4111"), record("m2")]},
                        failing("m1"))

    assert [(r.message_id, r.error) for r in caplog.records] == [("m1", "ConnectionError")]
    # (the body's words, not its digits: a record's timestamp may hold "4111" by chance)
    assert not any("card is" in str(value) for r in caplog.records for value in vars(r).values())


def test_a_record_of_the_wrong_shape_fails_alone_and_says_which_field() -> None:
    broken = record("m2")
    del broken["body"]
    seen: list[str] = []

    response = process_partial({"Records": [record("m1"), broken, record("m3")]},
                               failing(seen=seen))

    assert failures(response) == ["m2"]
    assert seen == ["m1", "m3"]


def test_on_a_fifo_queue_a_record_of_the_wrong_shape_holds_back_its_group() -> None:
    broken = record("a1", "a")
    del broken["body"]
    seen: list[str] = []

    response = process_groups({"Records": [broken, record("a2", "a"), record("b1", "b")]},
                               in_order(failing(seen=seen)))

    assert failures(response) == ["a1", "a2"]
    assert seen == ["b1"]


def test_a_batch_whose_every_record_failed_raises_for_lambda_to_count_an_error() -> None:
    with pytest.raises(BatchFailed, match="all 2 records failed"):
        process_partial({"Records": [record("m1"), record("m2")]}, failing("m1", "m2"))


def test_a_record_without_a_message_id_stops_the_batch_before_anything_runs() -> None:
    seen: list[str] = []
    with pytest.raises(ValueError, match=r"Records\[1\] has no messageId"):
        process_partial({"Records": [record("m1"), {"body": "{}"}]}, failing(seen=seen))
    assert seen == []


@pytest.mark.parametrize("event", [{}, {"Records": "x"}, {"Records": [{"body": "{}"}]}])
def test_an_event_that_is_no_sqs_batch_is_an_error_naming_what_is_missing(
    event: dict[str, Any],
) -> None:
    with pytest.raises(ValueError, match="Records"):
        process_groups(event, in_order(failing()))
