"""Helpers for integration tests: corpus rows to queue messages, what the gateway got."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from infra.local.embedded_stack import EmbeddedStack
from infra.local.emulators.genesys import GenesysEmulator
from transcript_pipeline.core.models import QueueEnvelope, SessionEndedEvent, TranscriptEvent
from transcript_pipeline.ingress.listener import Listener, ListenerOptions
from transcript_pipeline.redaction import Redactor


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


def forwarded(stack: EmbeddedStack) -> dict[str, list[str]]:
    """Conversation id -> texts the gateway confirmed, in the order it confirmed them."""
    out: dict[str, list[str]] = {}
    for received in stack.gateway.accepted():
        cid = received.conversation_id
        out.setdefault(cid, []).extend(
            m["content"] for m in received.body["messages"] if m["role"] != "system")
    return out


def forwarded_count(stack: EmbeddedStack) -> int:
    return sum(len(v) for v in forwarded(stack).values())


def expected(rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    """What the gateway should receive: each call redacted in order, with its own session."""
    redactor, out, sessions = Redactor(), {}, {}
    for row in rows:
        session = sessions.setdefault(row["conversation_id"], redactor.session())
        out.setdefault(row["conversation_id"], []).append(
            session.redact(row["text"], row["channel"]).text)
    return out


def listener_for(emulator: GenesysEmulator, stack: EmbeddedStack, secret: str | None = None,
                 **options: Any) -> Listener:
    return Listener(emulator.api(secret), stack.event_publisher(),
                    ListenerOptions(queue_ids=[emulator.queue_id], **options))


def run_in_thread(listener: Listener) -> tuple[threading.Event, threading.Thread, list]:
    """The listener on a thread; what it raised ends up in the returned list."""
    stop, errors = threading.Event(), []

    def target() -> None:
        try:
            listener.run(stop)
        except Exception as exc:
            errors.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return stop, thread, errors


def dead_letters(stack: EmbeddedStack, output: str) -> list[dict]:
    """Every message on a DLQ, left on it (visible again) for whoever reads it next."""
    url = stack.stack.outputs[output]
    messages = []
    while True:
        batch = stack.sqs.receive_message(
            QueueUrl=url, MaxNumberOfMessages=10, MessageAttributeNames=["All"],
            VisibilityTimeout=30).get("Messages", [])
        if not batch:
            break
        messages.extend(batch)
    for m in messages:
        stack.sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"],
                                            VisibilityTimeout=0)
    return messages


def settled(stack: EmbeddedStack, count: int) -> bool:
    """Everything forwarded and no flush request left in flight."""
    return forwarded_count(stack) >= count and stack.queue_depth("FlushQueueUrl") == 0


def reason_of(message: dict) -> str:
    return message["MessageAttributes"]["reason"]["StringValue"]
