"""Asking for a flush: a small message on the flush-requests queue, now or after a delay."""

from __future__ import annotations

from transcript_pipeline.core.clients import SQSClient
from transcript_pipeline.core.models import FlushReason, FlushRequest

MAX_SQS_DELAY = 900  # seconds; SQS's limit for DelaySeconds


class FlushRequester:
    def __init__(self, sqs: SQSClient, queue_url: str) -> None:
        self.sqs = sqs
        self.queue_url = queue_url

    def request(self, conversation_id: str, reason: FlushReason, delay: int = 0) -> None:
        body = FlushRequest(conversation_id=conversation_id, reason=reason).model_dump_json()
        self.sqs.send_message(QueueUrl=self.queue_url, MessageBody=body,
                              DelaySeconds=max(0, min(delay, MAX_SQS_DELAY)))

    def request_many(self, conversation_ids: list[str], reason: FlushReason) -> None:
        for start in range(0, len(conversation_ids), 10):
            chunk = conversation_ids[start:start + 10]
            entries = [
                {"Id": str(i), "MessageBody": FlushRequest(conversation_id=c, reason=reason)
                 .model_dump_json()}
                for i, c in enumerate(chunk)
            ]
            response = self.sqs.send_message_batch(QueueUrl=self.queue_url, Entries=entries)
            if response.get("Failed"):
                failed = [chunk[int(f["Id"])] for f in response["Failed"]]
                raise RuntimeError(f"could not request flushes for {failed}")
