"""The events-queue publisher: batching, splitting, deduplication ids (SQS stubbed)."""

from __future__ import annotations

import json

from transcript_pipeline.core.models import QueueEnvelope, SessionEndedEvent, TranscriptEvent
from transcript_pipeline.ingress.publisher import (
    MAX_TEXT_BYTES,
    EventPublisher,
    dedup_id,
    split_event,
)


class FakeSqs:
    def __init__(self, refuse: int = 0) -> None:
        self.batches: list[list[dict]] = []
        self.refuse = refuse

    def send_message_batch(self, QueueUrl: str, Entries: list[dict]) -> dict:
        self.batches.append(Entries)
        return {"Failed": [{"Id": e["Id"]} for e in Entries[:self.refuse]]}


def event(i: int, text: str = "hello", final: bool = True) -> TranscriptEvent:
    return TranscriptEvent(conversation_id="c1", utterance_id=f"u{i}", text=text,
                           is_final=final)


def test_batches_of_ten_in_order_with_group_and_dedup_ids() -> None:
    sqs = FakeSqs()
    result = EventPublisher(sqs, "q.fifo").publish(
        [event(i) for i in range(23)] + [SessionEndedEvent(conversation_id="c1")])
    assert result.sent == 24 and not result.failed
    assert [len(b) for b in sqs.batches] == [10, 10, 4]
    bodies = [QueueEnvelope.model_validate_json(e["MessageBody"]).event
              for b in sqs.batches for e in b]
    assert [getattr(b, "utterance_id", "end") for b in bodies] == \
        [f"u{i}" for i in range(23)] + ["end"]
    first = sqs.batches[0][0]
    assert first["MessageGroupId"] == "c1"
    assert first["MessageDeduplicationId"] == dedup_id("c1", "u0")
    assert len({e["MessageDeduplicationId"] for b in sqs.batches for e in b}) == 24


def test_interim_results_are_off_by_default() -> None:
    sqs = FakeSqs()
    EventPublisher(sqs, "q.fifo").publish([event(1, final=False), event(2)])
    assert [len(b) for b in sqs.batches] == [1]
    sqs = FakeSqs()
    EventPublisher(sqs, "q.fifo", forward_interim=True).publish(
        [event(1, "hel", final=False), event(1, "hello", final=False)])
    ids = [e["MessageDeduplicationId"] for e in sqs.batches[0]]
    assert len(set(ids)) == 2  # each revision is its own message


def test_a_huge_utterance_is_split_never_truncated() -> None:
    text = " ".join(f"word{i}" for i in range(60_000))  # about 470 KB
    parts = split_event(event(1, text))
    assert len(parts) > 1
    assert all(len(p.text.encode()) <= MAX_TEXT_BYTES for p in parts)
    assert " ".join(p.text for p in parts) == text
    assert [p.utterance_id for p in parts] == [f"u1#{i}" for i in range(1, len(parts) + 1)]
    sqs = FakeSqs()
    EventPublisher(sqs, "q.fifo").publish([event(1, text)])
    for batch in sqs.batches:
        assert sum(len(e["MessageBody"].encode()) for e in batch) <= 256 * 1024
    assert sum(len(b) for b in sqs.batches) == len(parts)


def test_refused_entries_are_reported_by_id_not_text() -> None:
    result = EventPublisher(FakeSqs(refuse=2), "q.fifo").publish(
        [event(1, "my ssn is 219-09-9999"), event(2), event(3)])
    assert result.sent == 1
    assert result.failed == ["c1:u1", "c1:u2"]
    assert "219" not in json.dumps(result.failed)
