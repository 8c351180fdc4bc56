"""Dead letters: sending a message to a DLQ with its reason, listing and redriving them.

SQS's own redrive moves a message after maxReceiveCount receives, but cannot say why. The
pipeline dead-letters deliberately instead, with the reason in message attributes, and keeps
SQS's redrive as the backstop for a consumer that dies every time. Listings show ids, reasons,
counts and sizes, never message bodies (the events DLQ holds raw transcript text).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from transcript_pipeline.core.clients import SQSClient

REASON_LIMIT = 500  # characters of reason kept in a message attribute


@dataclass
class DeadLetter:
    message_id: str
    reason: str
    attempts: str
    failed_at: str
    status: str
    conversation_id: str
    size: int
    receipt_handle: str
    body: str


def send_dead_letter(
    sqs: SQSClient, queue_url: str, body: str, reason: str, *, attempts: int,
    conversation_id: str, status: int | None = None, dedup_id: str | None = None,
) -> None:
    """Put `body` on a DLQ with its reason; FIFO DLQs get a group and deduplication id."""
    attributes = {
        "reason": {"DataType": "String", "StringValue": reason[:REASON_LIMIT] or "unknown"},
        "attempts": {"DataType": "Number", "StringValue": str(attempts)},
        "failed_at": {"DataType": "String",
                      "StringValue": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
        "conversation_id": {"DataType": "String", "StringValue": conversation_id or "unknown"},
    }
    if status is not None:
        attributes["status"] = {"DataType": "Number", "StringValue": str(status)}
    kwargs: dict[str, Any] = {"QueueUrl": queue_url, "MessageBody": body,
                              "MessageAttributes": attributes}
    if queue_url.endswith(".fifo"):
        kwargs["MessageGroupId"] = conversation_id or "unknown"
        kwargs["MessageDeduplicationId"] = dedup_id or str(time.time_ns())
    sqs.send_message(**kwargs)


def _attr(message: dict[str, Any], name: str, default: str = "") -> str:
    return message.get("MessageAttributes", {}).get(name, {}).get("StringValue", default)


def list_dead_letters(sqs: SQSClient, queue_url: str, limit: int = 100, visibility: int = 30,
                      release: bool = True) -> list[DeadLetter]:
    """Up to `limit` messages, each once (held for `visibility` seconds while listing, so
    that the walk moves on, ten of a FIFO group at a time); with `release`, made visible again
    at once afterwards, so a second list or a redrive straight after sees them all."""
    found: list[DeadLetter] = []
    try:
        _collect(sqs, queue_url, limit, visibility, found)
    finally:
        if release:
            _release(sqs, queue_url, [d.receipt_handle for d in found])
    return found


def _release(sqs: SQSClient, queue_url: str, receipts: list[str]) -> None:
    for start in range(0, len(receipts), 10):
        sqs.change_message_visibility_batch(QueueUrl=queue_url, Entries=[
            {"Id": str(i), "ReceiptHandle": r, "VisibilityTimeout": 0}
            for i, r in enumerate(receipts[start:start + 10])])


def _collect(sqs: SQSClient, queue_url: str, limit: int, visibility: int,
             found: list[DeadLetter]) -> None:
    while len(found) < limit:
        response = sqs.receive_message(
            QueueUrl=queue_url, MaxNumberOfMessages=min(10, limit - len(found)),
            MessageAttributeNames=["All"], AttributeNames=["All"],
            VisibilityTimeout=visibility, WaitTimeSeconds=0,
        )
        messages = response.get("Messages", [])
        if not messages:
            break
        for m in messages:
            found.append(DeadLetter(
                message_id=m["MessageId"],
                reason=_attr(m, "reason", "moved by SQS after maxReceiveCount (no reason)"),
                attempts=_attr(m, "attempts", m.get("Attributes", {}).get(
                    "ApproximateReceiveCount", "?")),
                failed_at=_attr(m, "failed_at"),
                status=_attr(m, "status"),
                conversation_id=_attr(m, "conversation_id") or _conversation_of(m["Body"]),
                size=len(m["Body"].encode()),
                receipt_handle=m["ReceiptHandle"],
                body=m["Body"],
            ))


def _conversation_of(body: str) -> str:
    try:
        data = json.loads(body)
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    inner = data.get("request") or data.get("event") or data
    value = inner.get("conversation_id", "") if isinstance(inner, dict) else ""
    return value if isinstance(value, str) else ""


def redrive(sqs: SQSClient, dlq_url: str, target_url: str, limit: int = 100) -> int:
    """Move up to `limit` dead letters back to the queue they came from; returns how many."""
    moved = 0
    for letter in list_dead_letters(sqs, dlq_url, limit=limit, visibility=60, release=False):
        body = letter.body
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        if isinstance(data, dict) and "request" in data:  # a flush DLQ entry: resend the request
            body = json.dumps({**data["request"], "reason": "redrive"})
        kwargs: dict[str, Any] = {"QueueUrl": target_url, "MessageBody": body}
        if target_url.endswith(".fifo"):
            kwargs["MessageGroupId"] = letter.conversation_id or "unknown"
            kwargs["MessageDeduplicationId"] = f"redrive-{letter.message_id}"
        sqs.send_message(**kwargs)
        sqs.delete_message(QueueUrl=dlq_url, ReceiptHandle=letter.receipt_handle)
        moved += 1
    return moved
