"""SQS partial batch responses: a record that fails goes back to its queue, the rest are done.

Our own loop rather than Powertools' batch utility, whose semantics it keeps: on a FIFO queue a
failed record holds back the rest of its message group (a conversation's order) while other
groups go on, and each group's records reach the handler together (the redact function stores
them with one write); on a standard queue records are independent; a batch whose every record failed
raises, so the function's Errors metric (and its alarm) sees an outage. The utility imports
asyncio, every event data class and Powertools' pydantic parser models, about a twentieth of
the redact function's cold start (bench/redaction.py compares it with a bare `import boto3`),
for a loop this short.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import takewhile
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

logger = logging.getLogger(__name__)


class SqsAttributes(BaseModel):
    """The system attributes a handler reads."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    approximate_receive_count: int = Field(1, alias="ApproximateReceiveCount")
    message_group_id: str | None = Field(None, alias="MessageGroupId")


class SqsRecord(BaseModel):
    """One message of an SQS event, as Lambda's event source mapping delivers it."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    message_id: str = Field(alias="messageId", min_length=1)
    receipt_handle: str = Field(alias="receiptHandle")
    body: str
    attributes: SqsAttributes = SqsAttributes.model_validate({})


class BatchFailed(RuntimeError):
    """Every record of the batch failed: raised so that Lambda counts an error."""


GroupResult = tuple[int, Exception | None]  # records done from the first, what failed the next


def process_partial(event: dict[str, Any], handle: Callable[[SqsRecord], None]
                    ) -> dict[str, list[dict[str, str]]]:
    """A standard queue's batch: run `handle` on each record, independently; an exception
    fails its record alone. The response names those SQS should deliver again."""
    def one(records: list[SqsRecord]) -> GroupResult:
        handle(records[0])
        return 1, None

    return process_groups(event, one, fifo=False)


def process_groups(event: dict[str, Any], handle_group: Callable[[list[SqsRecord]], GroupResult],
                   *, fifo: bool = True) -> dict[str, list[dict[str, str]]]:
    """Hand each message group's records, in order, to `handle_group` (on a standard queue each
    record is a group of its own); the response names those SQS should deliver again.

    `handle_group` says how many of its records, from the first, are done, and what failed the
    next: that one and every later one of its group go back to SQS (a conversation's order), and
    the failure is logged by type only (an exception's message could quote what it was
    handling). A record of the wrong shape fails too (SQS moves it to the DLQ once its receives
    run out), and holds back its group the same way. An event that is no SQS batch, or a record
    without a message id, is raised before any record runs, for Lambda to retry the batch whole.
    """
    records = _records(event)
    groups: dict[str, list[SqsRecord | _BadRecord]] = {}
    for index, record in enumerate(records):
        key = (_group(record) if fifo else None) or f"record {index}"  # (a standard queue may
        groups.setdefault(key, []).append(record)  # deliver one message id twice in a batch)
    failed: set[str] = set()
    for members in groups.values():
        runnable = list(takewhile(lambda r: isinstance(r, SqsRecord), members))
        done, error = 0, None
        if runnable:
            try:
                done, error = handle_group(runnable)  # type: ignore[arg-type]
            except Exception as exc:  # nothing of the group is known to be done
                error = exc
        if done >= len(members):
            continue
        culprit = members[done]
        logger.warning("record failed, left to SQS to deliver again", extra={
            "message_id": culprit.message_id,
            "error": _describe(culprit if isinstance(culprit, _BadRecord) else error),
            "held_back": len(members) - done - 1})
        failed.update(member.message_id for member in members[done:])
    if records and len(failed) == len(records):
        raise BatchFailed(f"all {len(records)} records failed; SQS delivers them again")
    return {"batchItemFailures": [{"itemIdentifier": r.message_id} for r in records
                                  if r.message_id in failed]}


class _BadRecord(ValueError):
    """A record of the wrong shape, with what SQS needs to hand it back."""

    def __init__(self, message_id: str, group: str | None, problem: str) -> None:
        super().__init__(problem)
        self.message_id, self.group = message_id, group


def _records(event: dict[str, Any]) -> list[SqsRecord | _BadRecord]:
    raw_records = event.get("Records") if isinstance(event, dict) else None
    if not isinstance(raw_records, list):
        raise ValueError("not an SQS event: no list of Records")
    records: list[SqsRecord | _BadRecord] = []
    for index, raw in enumerate(raw_records):
        try:
            records.append(SqsRecord.model_validate(raw))
        except ValidationError as exc:
            message_id = raw.get("messageId") if isinstance(raw, dict) else None
            if not isinstance(message_id, str) or not message_id:
                raise ValueError(f"Records[{index}] has no messageId: {_fields(exc)}") from None
            attributes = raw.get("attributes")
            group = attributes.get("MessageGroupId") if isinstance(attributes, dict) else None
            records.append(_BadRecord(message_id, group if isinstance(group, str) else None,
                                      f"Records[{index}]: {_fields(exc)}"))
    return records


def _group(record: SqsRecord | _BadRecord) -> str | None:
    return record.group if isinstance(record, _BadRecord) \
        else record.attributes.message_group_id


def _describe(exc: Exception | None) -> str:
    """The shape problem of a bad record (field names only), else the exception's type."""
    if exc is None:  # a group handler that stopped short without saying why
        return "not done"
    return str(exc) if isinstance(exc, _BadRecord) else type(exc).__name__


def _fields(exc: ValidationError) -> str:
    """Which fields were wrong, never their values (a body holds transcript text)."""
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'record'}: {e['msg']}"
                     for e in exc.errors(include_input=False))
