"""The DynamoDB session buffer: one item per conversation, holding its pending segments.

The item (`pk` = conversation id) carries:

* `seg_count`: segments stored so far (their `seq` runs 1..seg_count in arrival order), and
  `fwd_seq`, the last one the gateway confirmed; `segs` holds the pending ones, fwd_seq+1
  first, as redacted JSON. Appending segments (all those of one conversation in an SQS batch)
  and advancing the counters is one conditional UpdateItem, so a segment is never stored
  without being counted, or counted twice.
* `state`: the redaction session state (no raw values) and `recent`, the last utterance ids
  stored, which make a redelivered event a no-op (FIFO redelivers before anything newer).
* `inflight_hi`: the end of the batch being forwarded, fixed when a flush takes the lease, so a
  retry after a crash rebuilds the very same batch and idempotency key. `lease_*` keeps two
  flushes apart; `not_before` makes every flush wait out a gateway's Retry-After.
* `ctx`: the last confirmed segments (redacted JSON, `context_turns` of them at most), sent
  again before the next batch as the call so far, so the model never answers a fragment.
* `sweep`/`pending_since`: present while anything is pending, so the session is in the sparse
  `pending` index that the scheduled sweep queries (no table scans). `sweep` is one of
  `PENDING#0` .. `PENDING#<n-1>`, chosen from the conversation id: one GSI partition takes about
  1,000 writes/s, and every conversation enters and leaves the index once per batch, so the
  index is write-sharded and the sweep queries every shard.

A second kind of item, `DELIVERED#<conversation>#<first>-<last>`, records each batch the
gateway confirmed (the answer's hash, and the answer event itself up to 200 KB), written as soon
as the answer is read and before the cursor moves: a flush that died or lost its lease in
between leaves the batch pending, and the next attempt finds the record and confirms the batch
without sending it again. Only a death in the milliseconds between the answer and this write
still sends a batch twice (with the same `Idempotency-Key`).

Every write that matters is conditional: duplicates and races fail loudly instead of
double-counting.
"""

from __future__ import annotations

import hashlib
import time
import zlib
from dataclasses import dataclass, field
from typing import Any

from botocore.exceptions import ClientError

from transcript_pipeline.core.clients import DynamoDBClient
from transcript_pipeline.core.errors import BufferFull, DuplicateUtterance, LeaseHeld, StaleSession
from transcript_pipeline.core.models import RedactedSegment

SWEEP_PREFIX = "PENDING#"
DELIVERY_PREFIX = "DELIVERED#"
MAX_RECORDED_ANSWER = 200_000  # bytes of answer event kept in a delivery record (else the hash;
# an item holds 400 KB)
PENDING_INDEX = "pending"
RECENT_IDS = 32  # utterance ids remembered for duplicate detection (3 FIFO batches' worth)
MAX_PENDING = 400  # segments an item holds before the redactor waits for the gateway
# Bytes of pending segments an item holds: DynamoDB items stop at 400 KB, and the item carries
# the session state and recent ids too (moto, counting the old and new list while replacing
# it, stops near 200 KB). Past FLUSH_BYTES a flush is asked for whatever the segment count.
MAX_PENDING_BYTES = 150_000  # and up to 16 KB of context (delivery/flusher.py)
FLUSH_BYTES = 32_768
SESSION_FIELDS = ("pk, seg_count, fwd_seq, seg_bytes, ended, #state, recent, inflight_hi, "
                  "needs_operator")


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
    pending_bytes: int = 0
    ended: bool = False
    state: str | None = None  # the redaction session state, JSON only the redactor reads
    recent: list[str] = field(default_factory=list)
    inflight_hi: int | None = None
    segments: list[RedactedSegment] = field(default_factory=list)
    segment_bytes: list[int] = field(default_factory=list)  # each segment's stored size
    context: list[str] = field(default_factory=list)  # confirmed segments, redacted JSON
    needs_operator: bool = False  # the gateway refused it for good: only a redrive retries
    exists: bool = False

    @property
    def pending(self) -> int:
        return self.seg_count - self.fwd_seq

    @classmethod
    def from_item(cls, conversation_id: str, item: dict[str, Any] | None) -> SessionInfo:
        if not item:
            return cls(conversation_id)
        stored = [v["S"] for v in item.get("segs", {}).get("L", [])]
        return cls(
            conversation_id=conversation_id,
            seg_count=int(item.get("seg_count", {}).get("N", 0)),
            fwd_seq=int(item.get("fwd_seq", {}).get("N", 0)),
            pending_bytes=int(item.get("seg_bytes", {}).get("N", 0)),
            ended=item.get("ended", {}).get("BOOL", False),
            state=item.get("state", {}).get("S"),
            recent=[v["S"] for v in item.get("recent", {}).get("L", [])],
            inflight_hi=int(item["inflight_hi"]["N"]) if "inflight_hi" in item else None,
            segments=[RedactedSegment.model_validate_json(v) for v in stored],
            segment_bytes=[len(v.encode()) for v in stored],
            context=[v["S"] for v in item.get("ctx", {}).get("L", [])],
            needs_operator=item.get("needs_operator", {}).get("BOOL", False),
            exists=True,
        )


@dataclass
class Appending:
    """Segments staged for one session and not yet written, with the count the item holds
    (the write's condition)."""

    prev_count: int
    existed: bool
    stored: list[str] = field(default_factory=list)  # each segment's redacted JSON
    size: int = 0  # their bytes


@dataclass(frozen=True)
class Delivery:
    """A batch the gateway already confirmed: its answer's hash, and the answer event's JSON
    when it was small enough to keep."""

    answer_sha256: str
    answer_json: str | None


class SessionBuffer:
    """Reads and writes one table; a thin layer over the DynamoDB client."""

    def __init__(self, ddb: DynamoDBClient, table_name: str, ttl_days: int = 7,
                 sweep_shards: int = 1) -> None:
        if sweep_shards < 1:
            raise ValueError("sweep_shards must be at least 1")
        self.ddb = ddb
        self.table = table_name
        self.ttl_seconds = ttl_days * 86_400
        self.sweep_shards = sweep_shards

    def sweep_partition(self, conversation_id: str) -> str:
        """The pending index partition of a conversation: stable across processes (crc32, not
        Python's salted hash), so every writer puts one conversation in the same shard."""
        return f"{SWEEP_PREFIX}{zlib.crc32(conversation_id.encode()) % self.sweep_shards}"

    def _key(self, conversation_id: str) -> dict[str, Any]:
        return {"pk": _s(conversation_id)}

    def _ttl(self) -> dict[str, str]:
        return _n(int(time.time()) + self.ttl_seconds)

    def get_session(self, conversation_id: str, with_segments: bool = False) -> SessionInfo:
        kwargs: dict[str, Any] = {"TableName": self.table, "Key": self._key(conversation_id),
                                  "ConsistentRead": True}
        if not with_segments:  # the pending segments are the bulk of the item
            kwargs["ProjectionExpression"] = SESSION_FIELDS
            kwargs["ExpressionAttributeNames"] = {"#state": "state"}
        response = self.ddb.get_item(**kwargs)
        return SessionInfo.from_item(conversation_id, response.get("Item"))

    def stage(self, session: SessionInfo, segment: RedactedSegment, state: str,
              appending: Appending | None = None) -> Appending:
        """Count one redacted segment into `session` in memory, for `write` to store with the
        others staged since the item was read: a batch of one conversation's events costs one
        UpdateItem, not one per event.

        Raises DuplicateUtterance for an utterance stored (or staged) before, BufferFull when
        the gateway is far behind (counting what is staged), before anything changes.
        """
        if segment.utterance_id in session.recent:
            raise DuplicateUtterance(segment.utterance_id)
        stored = segment.model_dump_json()
        size = len(stored.encode())
        if session.pending >= MAX_PENDING or (
                session.pending and session.pending_bytes + size > MAX_PENDING_BYTES):
            raise BufferFull(f"{session.conversation_id}: {session.pending} segments, "
                             f"{session.pending_bytes} bytes pending")
        if appending is None:
            appending = Appending(prev_count=session.seg_count, existed=session.exists)
        appending.stored.append(stored)
        appending.size += size
        session.seg_count = segment.seq
        session.pending_bytes += size
        session.state = state
        session.recent = [*session.recent, segment.utterance_id][-RECENT_IDS:]
        return appending

    def write(self, session: SessionInfo, appending: Appending) -> None:
        """Store the staged segments and advance the session, atomically and idempotently.

        Raises StaleSession when the item moved on since it was read (another invocation wrote
        it): `session` then holds what was staged, not what is stored, and must be read again.
        """
        values = {
            ":seq": _n(session.seg_count), ":state": _s(session.state or ""),
            ":ttl": self._ttl(), ":seg": {"L": [_s(v) for v in appending.stored]},
            ":empty": {"L": []}, ":size": _n(appending.size),
            ":recent": {"L": [_s(u) for u in session.recent]},
            ":sweep": _s(self.sweep_partition(session.conversation_id)),
            ":now": _n(int(time.time() * 1000)), ":zero": _n(0),
        }
        if appending.existed:
            condition = "seg_count = :prev"
            values[":prev"] = _n(appending.prev_count)
        else:
            condition = "attribute_not_exists(pk)"
        try:
            self.ddb.update_item(
                TableName=self.table,
                Key=self._key(session.conversation_id),
                UpdateExpression=(
                    "SET seg_count = :seq, segs = list_append(if_not_exists(segs, :empty), :seg),"
                    " #state = :state, recent = :recent, #ttl = :ttl,"
                    " fwd_seq = if_not_exists(fwd_seq, :zero),"
                    " sweep = if_not_exists(sweep, :sweep),"
                    " pending_since = if_not_exists(pending_since, :now)"
                    " ADD seg_bytes :size"
                ),
                ConditionExpression=condition,
                ExpressionAttributeNames={"#state": "state", "#ttl": "ttl"},
                ExpressionAttributeValues=values,
            )
        except ClientError as exc:
            if exc.response["Error"]["Code"] != "ConditionalCheckFailedException":
                raise
            raise StaleSession(session.conversation_id) from None
        session.exists = True

    def mark_ended(self, conversation_id: str) -> SessionInfo:
        """Record that the conversation ended; returns the session as it now is."""
        response = self.ddb.update_item(
            TableName=self.table,
            Key=self._key(conversation_id),
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
        """Take the lease and fix the batch end; the result holds the pending segments."""
        now = time.time()
        try:
            response = self.ddb.update_item(
                TableName=self.table,
                Key=self._key(conversation_id),
                UpdateExpression=(
                    "SET lease_until = :until, lease_owner = :owner, #ttl = :ttl, "
                    "inflight_hi = if_not_exists(inflight_hi, seg_count)"
                ),
                ExpressionAttributeNames={"#ttl": "ttl"},  # pending segments keep the item
                ConditionExpression=(
                    "attribute_exists(seg_count) AND (attribute_not_exists(lease_until) "
                    "OR lease_until < :now OR lease_owner = :owner) "
                    "AND (attribute_not_exists(not_before) OR not_before < :now)"
                ),
                ExpressionAttributeValues={":until": _n(now + seconds), ":owner": _s(owner),
                                           ":now": _n(now), ":ttl": self._ttl()},
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
        (a Retry-After applies to the conversation, not just to one request). Taking and giving
        back the lease both push the item's TTL out: a call whose segments wait for the gateway
        is never deleted by its TTL while they wait.
        """
        try:
            self.ddb.update_item(
                TableName=self.table,
                Key=self._key(conversation_id),
                UpdateExpression=("SET not_before = :nb, #ttl = :ttl "
                                  "REMOVE lease_until, lease_owner"),
                ConditionExpression="lease_owner = :owner",
                ExpressionAttributeNames={"#ttl": "ttl"},
                ExpressionAttributeValues={":owner": _s(owner), ":ttl": self._ttl(),
                                           ":nb": _n(time.time() + back_off)},
            )
        except ClientError as exc:
            if exc.response["Error"]["Code"] != "ConditionalCheckFailedException":
                raise

    def set_needs_operator(self, conversation_id: str, value: bool) -> None:
        """Mark a conversation the gateway refused for good (the sweep and new flush requests
        then leave it alone: one dead letter per failure, not one a minute), or clear the mark
        (a redrive, once an operator fixed the cause)."""
        self.ddb.update_item(
            TableName=self.table, Key=self._key(conversation_id),
            UpdateExpression="SET needs_operator = :v" if value else "REMOVE needs_operator",
            ConditionExpression="attribute_exists(pk)",
            **({"ExpressionAttributeValues": {":v": {"BOOL": True}}} if value else {}),
        )

    def confirm(
        self, conversation_id: str, owner: str, first: int, last: int, batch_end: int,
        dropped_bytes: int = 0, context: list[str] | None = None,
    ) -> SessionInfo:
        """Drop segments first..last (confirmed by the gateway, `dropped_bytes` as stored) and
        move the cursor past them; release the lease and leave the pending index once the
        fixed batch is done. `context`, if given, becomes the call so far (`ctx`)."""
        values: dict[str, Any] = {":last": _n(last), ":prev": _n(first - 1),
                                  ":owner": _s(owner)}
        condition = "fwd_seq = :prev AND lease_owner = :owner"
        drop = ", ".join(f"segs[{i}]" for i in range(last - first + 1))
        remove = [drop] if drop else []
        cursor = "SET fwd_seq = :last"
        if context is not None:
            cursor += ", ctx = :ctx"
            values[":ctx"] = {"L": [_s(v) for v in context]}
        if last < batch_end:  # more chunks of the fixed batch follow: keep the lease
            return self._update_session(conversation_id, cursor, remove,
                                        condition, values, freed_bytes=dropped_bytes)
        values[":ttl"] = self._ttl()
        done = [*remove, "inflight_hi", "lease_until", "lease_owner"]
        try:  # nothing left pending: the byte count starts again from zero
            return self._update_session(
                conversation_id, f"{cursor}, #ttl = :ttl",
                [*done, "sweep", "pending_since", "seg_bytes"],
                f"{condition} AND seg_count = :last", values,
            )
        except StaleSession:
            pass  # more arrived meanwhile: stay in the pending index, their clock starts now
        values[":now"] = _n(int(time.time() * 1000))
        return self._update_session(
            conversation_id, f"{cursor}, #ttl = :ttl, pending_since = :now", done,
            condition, values, freed_bytes=dropped_bytes,
        )

    def _update_session(
        self, conversation_id: str, set_clause: str, remove: list[str], condition: str,
        values: dict[str, Any], freed_bytes: int | None = None,
    ) -> SessionInfo:
        """`freed_bytes`: taken off the pending byte count (the segments dropped)."""
        expression = set_clause + (" REMOVE " + ", ".join(remove) if remove else "")
        if freed_bytes is not None:
            expression += " ADD seg_bytes :freed"
            values = {**values, ":freed": _n(-freed_bytes)}
        kwargs: dict[str, Any] = {
            "TableName": self.table,
            "Key": self._key(conversation_id),
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

    def record_delivery(self, conversation_id: str, first: int, last: int,
                        answer_json: str) -> None:
        """Keep that the gateway confirmed segments first..last (see the module docstring)."""
        item = {"pk": _s(f"{DELIVERY_PREFIX}{conversation_id}#{first}-{last}"),
                "answer_sha256": _s(hashlib.sha256(answer_json.encode()).hexdigest()),
                "ttl": self._ttl()}
        if len(answer_json.encode()) <= MAX_RECORDED_ANSWER:
            item["answer"] = _s(answer_json)
        self.ddb.put_item(TableName=self.table, Item=item)

    def delivered(self, conversation_id: str, first: int, last: int) -> Delivery | None:
        """The record of an earlier confirmed send of exactly this batch, if there is one."""
        response = self.ddb.get_item(
            TableName=self.table, ConsistentRead=True,
            Key={"pk": _s(f"{DELIVERY_PREFIX}{conversation_id}#{first}-{last}")})
        item = response.get("Item")
        if item is None:
            return None
        return Delivery(item["answer_sha256"]["S"], item.get("answer", {}).get("S"))

    def stale_sessions(self, older_than_ms: int, limit: int = 500) -> list[tuple[str, int]]:
        """(conversation id, pending since in epoch ms) of the conversations with segments
        pending since before `older_than_ms`, oldest first within each shard, from every shard
        of the pending index. Each shard gets an even share of `limit`, so a backlog in one
        shard never hides the others."""
        found: list[tuple[str, int]] = []
        share = -(-limit // self.sweep_shards)
        for shard in range(self.sweep_shards):
            taken = len(found)
            kwargs: dict[str, Any] = {
                "TableName": self.table,
                "IndexName": PENDING_INDEX,
                "KeyConditionExpression": "sweep = :p AND pending_since < :t",
                "ExpressionAttributeValues": {":p": _s(f"{SWEEP_PREFIX}{shard}"),
                                              ":t": _n(older_than_ms)},
            }
            while len(found) - taken < share:
                response = self.ddb.query(**kwargs)
                found.extend((item["pk"]["S"], int(item["pending_since"]["N"]))
                             for item in response.get("Items", []))
                if "LastEvaluatedKey" not in response:
                    break
                kwargs["ExclusiveStartKey"] = response["LastEvaluatedKey"]
            del found[taken + share:]
        return found[:limit]
