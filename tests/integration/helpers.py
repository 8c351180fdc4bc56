"""Helpers for integration tests: corpus rows to queue messages, what the gateway got."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from infra.local.embedded_stack import EmbeddedStack
from infra.local.emulators.genesys import GenesysEmulator
from transcript_pipeline.core.config import Settings
from transcript_pipeline.core.models import QueueEnvelope, SessionEndedEvent, TranscriptEvent
from transcript_pipeline.delivery.gateway_client import new_turns
from transcript_pipeline.ingress.listener import Listener, ListenerOptions
from transcript_pipeline.redaction import RedactionPolicy, RedactionSession, Redactor


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
    for body in stack.gateway_bodies():
        out.setdefault(body["user"], []).extend(new_turns(body["messages"]))
    return out


def forwarded_count(stack: EmbeddedStack) -> int:
    return sum(len(v) for v in forwarded(stack).values())


def expected(rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    """What the gateway should receive: each call redacted in order, with its own session and
    the pipeline's default placeholder (the tags do not depend on the stack's key)."""
    redactor = Redactor(RedactionPolicy(placeholder=Settings().placeholder))
    out: dict[str, list[str]] = {}
    sessions: dict[str, RedactionSession] = {}
    for row in rows:
        session = sessions.setdefault(row["conversation_id"], redactor.session())
        out.setdefault(row["conversation_id"], []).append(
            session.redact(row["text"], row["channel"]).text)
    return out


def listener_for(emulator: GenesysEmulator, stack: EmbeddedStack, secret: str | None = None,
                 **options: Any) -> Listener:
    return Listener(emulator.api(secret), stack.event_publisher(),
                    ListenerOptions(queue_ids=[emulator.queue_id], **options))


ROOT = Path(__file__).resolve().parents[2]


class ListenerProcess:
    """functions/listener/main.py as ECS runs it: settings from the environment, credentials
    from Secrets Manager, /health on a port of its own."""

    def __init__(self, stack: EmbeddedStack, emulator: GenesysEmulator, **env: str) -> None:
        secret = stack.secrets["GenesysCredentialsSecret"]
        stack.server.client("secretsmanager").put_secret_value(
            SecretId=secret, SecretString=json.dumps({"client_id": emulator.client_id,
                                                      "client_secret": emulator.client_secret}))
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        environ = {**os.environ, "PYTHONPATH": str(ROOT / "layers" / "common" / "python"),
                   "GENESYS_QUEUE_IDS": emulator.queue_id, "GENESYS_SECRET_NAME": secret,
                   "GENESYS_LOGIN_URL": emulator.base_url, "GENESYS_API_URL": emulator.base_url,
                   "EVENTS_QUEUE_URL": stack.events_queue,
                   "EVENTS_DLQ_URL": stack.stack.outputs["EventsDeadLetterQueueUrl"],
                   "HEALTH_PORT": str(self.port), **env}
        self.process = subprocess.Popen(
            [sys.executable, "main.py"], cwd=ROOT / "functions" / "listener", env=environ,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def health(self) -> dict:
        """Its /health body ({} while it is not serving yet)."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health",
                                        timeout=2) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:  # 503 while not connected, with the same body
            return json.loads(exc.read())
        except OSError:
            return {}

    def stop(self, timeout: float = 60) -> str:
        """SIGTERM (drain), then its output; killed if it does not exit in `timeout`."""
        self.process.terminate()
        try:
            output, _ = self.process.communicate(timeout=timeout)
        finally:
            if self.process.poll() is None:
                self.process.kill()
        return output

    def kill(self) -> None:
        """SIGKILL: no drain, no goodbye, as a host failure."""
        self.process.kill()
        self.process.communicate(timeout=30)


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
