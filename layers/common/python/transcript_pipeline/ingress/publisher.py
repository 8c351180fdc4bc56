"""Putting transcript events on the FIFO events queue.

Batches of up to ten messages and under the SQS request size; `MessageGroupId` = conversation
id (order within a call), deduplication id from conversation and utterance ids (a resend within
SQS's five-minute window is dropped by SQS itself). An utterance too long for one message is
split at word boundaries into parts that the redact step accepts, never truncated.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from transcript_pipeline.core.clients import SQSClient
from transcript_pipeline.core.models import QueueEnvelope, SessionEndedEvent, TranscriptEvent
from transcript_pipeline.ops.dlq import send_dead_letter

MAX_BATCH = 10
MAX_REQUEST_BYTES = 256 * 1024
MAX_TEXT_BYTES = 48 * 1024  # well under the redact step's 64 KB per event, JSON included
MAX_DEAD_LETTER_BYTES = 200 * 1024
# Characters an SQS message may not contain (lone surrogates, most control characters).
NOT_FOR_SQS = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass
class PublishResult:
    sent: int = 0
    failed: list[str] = field(default_factory=list)  # "conversation:utterance" ids, never text


def dedup_id(conversation_id: str, part: str) -> str:
    return hashlib.sha256(f"{conversation_id}:{part}".encode()).hexdigest()[:64]


def split_event(event: TranscriptEvent) -> list[TranscriptEvent]:
    """The event itself, or parts of it whose text fits one message."""
    data = event.text.encode()
    if len(data) <= MAX_TEXT_BYTES:
        return [event]
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for word in event.text.split(" "):
        word_size = len(word.encode()) + 1
        if current and size + word_size > MAX_TEXT_BYTES:
            parts.append(" ".join(current))
            current, size = [], 0
        while word_size > MAX_TEXT_BYTES:  # one enormous "word": cut at character boundaries
            head = word.encode()[:MAX_TEXT_BYTES].decode(errors="ignore")
            parts.append(head)
            word = word[len(head):]
            word_size = len(word.encode()) + 1
        current.append(word)
        size += word_size
    if current:
        parts.append(" ".join(current))
    return [event.model_copy(update={"utterance_id": f"{event.utterance_id}#{i}", "text": text})
            for i, text in enumerate(parts, start=1)]


class EventPublisher:
    def __init__(self, sqs: SQSClient, queue_url: str, forward_interim: bool = False,
                 dlq_url: str | None = None) -> None:
        self.sqs = sqs
        self.queue_url = queue_url
        self.forward_interim = forward_interim
        self.dlq_url = dlq_url

    def dead_letter(self, raw: str, reason: str, conversation_id: str) -> bool:
        """A message nobody can understand, kept for inspection on the events DLQ (where raw
        text may be: KMS, short retention); False when no DLQ is configured."""
        if not self.dlq_url:
            return False
        body = NOT_FOR_SQS.sub(lambda m: f"\\u{ord(m.group()):04x}", raw)
        data = body.encode()
        if len(data) > MAX_DEAD_LETTER_BYTES:
            body = data[:MAX_DEAD_LETTER_BYTES].decode(errors="ignore")
            reason += f" (body cut to its first {MAX_DEAD_LETTER_BYTES} bytes of {len(data)})"
        send_dead_letter(self.sqs, self.dlq_url, body, f"listener: {reason}", attempts=0,
                         conversation_id=conversation_id,
                         dedup_id=hashlib.sha256(data).hexdigest())
        return True

    def entries(self, events: Iterable[TranscriptEvent | SessionEndedEvent]
                ) -> list[dict[str, str]]:
        """SendMessageBatch entries, interim results dropped unless configured."""
        out: list[dict[str, str]] = []
        for event in events:
            if isinstance(event, TranscriptEvent) and not event.is_final \
                    and not self.forward_interim:
                continue
            parts: list[TranscriptEvent | SessionEndedEvent] = (
                list(split_event(event)) if isinstance(event, TranscriptEvent) else [event])
            for part in parts:
                out.append({
                    "Id": str(len(out)),
                    "MessageBody": QueueEnvelope(event=part).model_dump_json(),
                    "MessageGroupId": part.conversation_id[:128],
                    "MessageDeduplicationId": dedup_id(part.conversation_id, _dedup_key(part)),
                })
        return out

    def publish(self, events: Iterable[TranscriptEvent | SessionEndedEvent]) -> PublishResult:
        """Send everything; entries SQS refused are returned by id, for the caller to retry."""
        result = PublishResult()
        for batch in self._batches(self.entries(events)):
            response = self.sqs.send_message_batch(QueueUrl=self.queue_url, Entries=batch)
            failed = {f["Id"] for f in response.get("Failed", [])}
            result.sent += len(batch) - len(failed)
            result.failed.extend(_describe(e) for e in batch if e["Id"] in failed)
        return result

    @staticmethod
    def _batches(entries: list[dict[str, str]]) -> Iterable[list[dict[str, str]]]:
        batch: list[dict[str, str]] = []
        size = 0
        for entry in entries:
            entry_size = len(entry["MessageBody"].encode())
            if batch and (len(batch) == MAX_BATCH or size + entry_size > MAX_REQUEST_BYTES):
                yield batch
                batch, size = [], 0
            batch.append({**entry, "Id": str(len(batch))})
            size += entry_size
        if batch:
            yield batch


def _dedup_key(event: TranscriptEvent | SessionEndedEvent) -> str:
    if isinstance(event, SessionEndedEvent):
        return "session-ended"
    if event.is_final:
        return event.utterance_id
    # Interim results are revised under the same utterance id: each revision is its own message.
    return f"{event.utterance_id}:{hashlib.sha256(event.text.encode()).hexdigest()[:16]}"


def _describe(entry: dict[str, str]) -> str:
    envelope = QueueEnvelope.model_validate_json(entry["MessageBody"])
    event = envelope.event
    utterance = getattr(event, "utterance_id", "session-ended")
    return f"{event.conversation_id}:{utterance}"
