"""The DynamoDB session buffer: redacted segments per conversation, and the session item.

One partition per conversation (`pk` = conversation id):

* `sk = "SESSION"`: counters and cursors. `seg_count` is the number of segments stored (their
  `seq` runs 1..seg_count in arrival order), `fwd_seq` the last one the gateway confirmed, so
  pending = seg_count - fwd_seq. `state` is the redaction session state (no raw values).
  `inflight_hi` fixes the end of the batch being forwarded, so a retry after a crash rebuilds
  the very same batch and idempotency key. `lease_*` keeps two flushes apart. While anything is
  pending, `sweep`/`pending_since` put the session in the sparse `pending` index that the
  scheduled sweep queries (no table scans).
* `sk = "SEG#<seq>"`: one redacted segment.
* `sk = "UTT#<utterance id>"`: a marker that makes a redelivered event a no-op.

Every write that matters is conditional, so duplicates and races fail loudly instead of
double-counting.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError

from .models import RedactedSegment
from .redaction import SessionState

SESSION_SK = "SESSION"
SWEEP_PARTITION = "PENDING"
PENDING_INDEX = "pending"


def _seg_sk(seq: int) -> str:
    return f"SEG#{seq:010d}"


def _n(value: int | float) -> dict[str, str]:
    return {"N": str(value)}


def _s(value: str) -> dict[str, str]:
    return {"S": value}


@dataclass
class SessionInfo:
    """The session item's fields the pipeline acts on."""

    conversation_id: str
    seg_count: int = 0
    fwd_seq: int = 0
    ended: bool = False
    state: SessionState | None = None
    inflight_hi: int | None = None
    exists: bool = False

    @property
    def pending(self) -> int:
        return self.seg_count - self.fwd_seq

    @classmethod
    def from_item(cls, conversation_id: str, item: dict[str, Any] | None) -> SessionInfo:
        if not item:
            return cls(conversation_id)
        state = item.get("state", {}).get("S")
        return cls(
            conversation_id=conversation_id,
            seg_count=int(item.get("seg_count", {}).get("N", 0)),
            fwd_seq=int(item.get("fwd_seq", {}).get("N", 0)),
            ended=item.get("ended", {}).get("BOOL", False),
            state=SessionState.model_validate_json(state) if state else None,
            inflight_hi=int(item["inflight_hi"]["N"]) if "inflight_hi" in item else None,
            exists=True,
        )


class DuplicateUtterance(Exception):
    """The utterance is already stored (a redelivered event)."""


class StaleSession(Exception):
    """The session item changed under us; re-read it and try again."""


class LeaseHeld(Exception):
    """Another flush holds the session's lease, or the conversation is backing off."""


class SessionBuffer:
    """Reads and writes one table; a thin layer over the DynamoDB client."""

    def __init__(self, ddb: Any, table_name: str, ttl_days: int = 7) -> None:
        self.ddb = ddb
        self.table = table_name
        self.ttl_seconds = ttl_days * 86_400

    def _key(self, conversation_id: str, sk: str) -> dict[str, Any]:
        return {"pk": _s(conversation_id), "sk": _s(sk)}

    def _ttl(self) -> dict[str, str]:
        return _n(int(time.time()) + self.ttl_seconds)

    def get_session(self, conversation_id: str) -> SessionInfo:
        response = self.ddb.get_item(
            TableName=self.table, Key=self._key(conversation_id, SESSION_SK), ConsistentRead=True
        )
        return SessionInfo.from_item(conversation_id, response.get("Item"))

    def append(
        self, session: SessionInfo, segment: RedactedSegment, state: SessionState
    ) -> None:
        """Store one redacted segment and advance the session, atomically and idempotently.

        Raises DuplicateUtterance when the utterance was stored before, StaleSession when the
        session moved on since it was read.
        """
        cid = session.conversation_id
        seq = segment.seq
        now_ms = int(time.time() * 1000)
        ttl = self._ttl()
        condition = "seg_count = :prev" if session.exists else "attribute_not_exists(pk)"
        values = {
            ":seq": _n(seq), ":state": _s(state.model_dump_json()), ":ttl": ttl,
            ":sweep": _s(SWEEP_PARTITION), ":now": _n(now_ms), ":zero": _n(0),
        }
        if session.exists:
            values[":prev"] = _n(seq - 1)
        items = [
            {"Put": {
                "TableName": self.table,
                "Item": {**self._key(cid, f"UTT#{segment.utterance_id}"), "seq": _n(seq),
                         "ttl": ttl},
                "ConditionExpression": "attribute_not_exists(pk)",
            }},
            {"Put": {
                "TableName": self.table,
                "Item": {**self._key(cid, _seg_sk(seq)), "ttl": ttl,
                         "segment": _s(segment.model_dump_json())},
                "ConditionExpression": "attribute_not_exists(pk)",
            }},
            {"Update": {
                "TableName": self.table,
                "Key": self._key(cid, SESSION_SK),
                "UpdateExpression": (
                    "SET seg_count = :seq, #state = :state, #ttl = :ttl, "
                    "fwd_seq = if_not_exists(fwd_seq, :zero), "
                    "sweep = if_not_exists(sweep, :sweep), "
                    "pending_since = if_not_exists(pending_since, :now)"
                ),
                "ConditionExpression": condition,
                "ExpressionAttributeNames": {"#state": "state", "#ttl": "ttl"},
                "ExpressionAttributeValues": values,
            }},
        ]
        try:
            self.ddb.transact_write_items(TransactItems=items)
        except ClientError as exc:
            reasons = [r.get("Code") for r in exc.response.get("CancellationReasons", [])]
            if reasons and reasons[0] == "ConditionalCheckFailed":
                raise DuplicateUtterance(segment.utterance_id) from None
            if "ConditionalCheckFailed" in reasons:
                raise StaleSession(cid) from None
            raise
        session.seg_count = seq
        session.state = state
        session.exists = True

    def mark_ended(self, conversation_id: str) -> SessionInfo:
        """Record that the conversation ended; returns the session as it now is."""
        response = self.ddb.update_item(
            TableName=self.table,
            Key=self._key(conversation_id, SESSION_SK),
            UpdateExpression=(
                "SET ended = :true, #ttl = :ttl, seg_count = if_not_exists(seg_count, :zero), "
                "fwd_seq = if_not_exists(fwd_seq, :zero)"
            ),
            ExpressionAttributeNames={"#ttl": "ttl"},
            ExpressionAttributeValues={":true": {"BOOL": True}, ":ttl": self._ttl(),
                                       ":zero": _n(0)},
            ReturnValues="ALL_NEW",
        )
        return SessionInfo.from_item(conversation_id, response.get("Attributes"))

    # -- flushing -----------------------------------------------------------------------------

    def acquire_lease(self, conversation_id: str, owner: str, seconds: int) -> SessionInfo:
        """Take the session's lease and fix the batch end; raises LeaseHeld if taken."""
        now = time.time()
        try:
            response = self.ddb.update_item(
                TableName=self.table,
                Key=self._key(conversation_id, SESSION_SK),
                UpdateExpression=(
                    "SET lease_until = :until, lease_owner = :owner, "
                    "inflight_hi = if_not_exists(inflight_hi, seg_count)"
                ),
                ConditionExpression=(
                    "attribute_exists(seg_count) AND (attribute_not_exists(lease_until) "
                    "OR lease_until < :now OR lease_owner = :owner) "
                    "AND (attribute_not_exists(not_before) OR not_before < :now)"
                ),
                ExpressionAttributeValues={":until": _n(now + seconds), ":owner": _s(owner),
                                           ":now": _n(now)},
                ReturnValues="ALL_NEW",
            )
        except ClientError as exc:
            if exc.response["Error"]["Code"] != "ConditionalCheckFailedException":
                raise
            raise LeaseHeld(conversation_id) from None
        return SessionInfo.from_item(conversation_id, response["Attributes"])

    def release_lease(self, conversation_id: str, owner: str, back_off: float = 0) -> None:
        """Give the lease back without moving the cursor (the batch failed).

        `back_off` seconds keep every other flush of this conversation away from the gateway
        (a Retry-After applies to the conversation, not just to one request).
        """
        values = {":owner": _s(owner), ":nb": _n(time.time() + back_off)}
        try:
            self.ddb.update_item(
                TableName=self.table,
                Key=self._key(conversation_id, SESSION_SK),
                UpdateExpression="SET not_before = :nb REMOVE lease_until, lease_owner",
                ConditionExpression="lease_owner = :owner",
                ExpressionAttributeValues=values,
            )
        except ClientError as exc:
            if exc.response["Error"]["Code"] != "ConditionalCheckFailedException":
                raise

    def read_segments(self, conversation_id: str, first: int, last: int) -> list[RedactedSegment]:
        """Segments first..last (inclusive), in arrival order."""
        segments: list[RedactedSegment] = []
        kwargs: dict[str, Any] = {
            "TableName": self.table,
            "KeyConditionExpression": "pk = :pk AND sk BETWEEN :lo AND :hi",
            "ExpressionAttributeValues": {":pk": _s(conversation_id), ":lo": _s(_seg_sk(first)),
                                          ":hi": _s(_seg_sk(last))},
            "ConsistentRead": True,
        }
        while True:
            response = self.ddb.query(**kwargs)
            segments.extend(
                RedactedSegment.model_validate_json(item["segment"]["S"])
                for item in response.get("Items", [])
            )
            if "LastEvaluatedKey" not in response:
                return segments
            kwargs["ExclusiveStartKey"] = response["LastEvaluatedKey"]

    def confirm(
        self, conversation_id: str, owner: str, first: int, last: int, batch_end: int
    ) -> SessionInfo:
        """Move the cursor past a confirmed batch; leave the pending index when caught up."""
        values = {":last": _n(last), ":prev": _n(first - 1), ":owner": _s(owner)}
        condition = "fwd_seq = :prev AND lease_owner = :owner"
        if last < batch_end:  # more chunks of the fixed batch follow: keep the lease
            return self._update_session(conversation_id, "SET fwd_seq = :last", condition,
                                        values)
        values[":ttl"] = self._ttl()
        done = "REMOVE inflight_hi, lease_until, lease_owner"
        try:
            return self._update_session(
                conversation_id, f"SET fwd_seq = :last, #ttl = :ttl {done}, sweep, pending_since",
                f"{condition} AND seg_count = :last", values,
            )
        except StaleSession:
            pass  # more arrived meanwhile: stay in the pending index, their clock starts now
        values[":now"] = _n(int(time.time() * 1000))
        return self._update_session(
            conversation_id, f"SET fwd_seq = :last, #ttl = :ttl, pending_since = :now {done}",
            condition, values,
        )

    def _update_session(
        self, conversation_id: str, expression: str, condition: str, values: dict[str, Any]
    ) -> SessionInfo:
        kwargs: dict[str, Any] = {
            "TableName": self.table,
            "Key": self._key(conversation_id, SESSION_SK),
            "UpdateExpression": expression,
            "ConditionExpression": condition,
            "ExpressionAttributeValues": values,
            "ReturnValues": "ALL_NEW",
        }
        if "#ttl" in expression:
            kwargs["ExpressionAttributeNames"] = {"#ttl": "ttl"}
        try:
            response = self.ddb.update_item(**kwargs)
        except ClientError as exc:
            if exc.response["Error"]["Code"] != "ConditionalCheckFailedException":
                raise
            raise StaleSession(conversation_id) from None
        return SessionInfo.from_item(conversation_id, response["Attributes"])

    def stale_sessions(self, older_than_ms: int, limit: int = 500) -> list[str]:
        """Conversations with segments pending since before `older_than_ms` (epoch ms)."""
        found: list[str] = []
        kwargs: dict[str, Any] = {
            "TableName": self.table,
            "IndexName": PENDING_INDEX,
            "KeyConditionExpression": "sweep = :p AND pending_since < :t",
            "ExpressionAttributeValues": {":p": _s(SWEEP_PARTITION), ":t": _n(older_than_ms)},
        }
        while len(found) < limit:
            response = self.ddb.query(**kwargs)
            found.extend(item["pk"]["S"] for item in response.get("Items", []))
            if "LastEvaluatedKey" not in response:
                break
            kwargs["ExclusiveStartKey"] = response["LastEvaluatedKey"]
        return found[:limit]

