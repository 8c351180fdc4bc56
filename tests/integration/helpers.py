"""Helpers for integration tests: corpus rows to queue messages, what the gateway got."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from infra.local.stack import LocalStack
from transcript_pipeline.models import QueueEnvelope, SessionEndedEvent, TranscriptEvent


def load_rows(path: Path, conversations: int | None = None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if conversations is not None:
        keep = list(dict.fromkeys(r["conversation_id"] for r in rows))[:conversations]
        rows = [r for r in rows if r["conversation_id"] in set(keep)]
    return rows


def event_bodies(rows: list[dict[str, Any]], end_sessions: bool = True
                 ) -> list[tuple[str, str, str]]:
    """(group, dedup id, body) for each utterance, then a session end per conversation."""
    out = []
    offsets: dict[str, int] = {}
    for row in rows:
        cid = row["conversation_id"]
        offsets[cid] = offsets.get(cid, 0) + 2500
        event = TranscriptEvent(conversation_id=cid, utterance_id=row["utterance_id"],
                                channel=row["channel"], text=row["text"],
                                offset_ms=offsets[cid], duration_ms=2000, confidence=0.9)
        out.append((cid, row["utterance_id"], QueueEnvelope(event=event).model_dump_json()))
    if end_sessions:
        for cid in dict.fromkeys(r["conversation_id"] for r in rows):
            ended = SessionEndedEvent(conversation_id=cid)
            out.append((cid, f"{cid}-end", QueueEnvelope(event=ended).model_dump_json()))
    return out


def forwarded(stack: LocalStack) -> dict[str, list[str]]:
    """Conversation id -> texts the gateway confirmed, in the order it confirmed them."""
    out: dict[str, list[str]] = {}
    for received in stack.gateway.accepted():
        cid = received.body["metadata"]["conversation_id"]
        out.setdefault(cid, []).extend(
            m["content"] for m in received.body["messages"] if m["role"] != "system")
    return out


def forwarded_count(stack: LocalStack) -> int:
    return sum(len(v) for v in forwarded(stack).values())
