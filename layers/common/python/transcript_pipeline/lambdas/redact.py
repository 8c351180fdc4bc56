"""What the redact Lambda runs: the ingestor, built once per process, and one function per
record. Nothing logged here carries transcript text: ids, counts, entity types and reasons."""

from __future__ import annotations

import logging
from functools import lru_cache

from transcript_pipeline.buffering.flush_requests import FlushRequester
from transcript_pipeline.buffering.redact_step import Ingestor, Outcome, event_group
from transcript_pipeline.buffering.session_buffer import SessionBuffer
from transcript_pipeline.core.aws import client
from transcript_pipeline.core.config import Settings, settings
from transcript_pipeline.core.errors import PoisonEvent
from transcript_pipeline.core.secrets import get_secret
from transcript_pipeline.lambdas.batch import SqsRecord
from transcript_pipeline.ops.dlq import send_dead_letter

from ..redaction import RedactionPolicy, Redactor

log = logging.getLogger("transcript_pipeline")


def redaction_policy(config: Settings) -> RedactionPolicy:
    key = get_secret(config.redaction_key_secret_name) if config.redaction_key_secret_name \
        else None
    return RedactionPolicy.model_validate({"entities": config.entity_policy,  # "A,B" is parsed
                                           "placeholder": config.placeholder, "hash_key": key})


@lru_cache(maxsize=1)
def ingestor() -> Ingestor:
    config = settings()
    return Ingestor(
        config,
        SessionBuffer(client("dynamodb"), config.table_name, config.session_ttl_days,
                      config.sweep_shards),
        FlushRequester(client("sqs"), config.flush_queue_url),
        Redactor(redaction_policy(config)),
    )


def handle_event_group(records: list[SqsRecord]) -> tuple[list[Outcome | None], Exception | None]:
    """One message group's records, in order: the outcome of each done (None for poison, sent
    to the events DLQ at once), and what failed the next; it and the rest go back to SQS."""
    result = ingestor().process_group([record.body for record in records])
    outcomes: list[Outcome | None] = []
    for record, done in zip(records, result.done, strict=False):  # the done ones
        if isinstance(done, PoisonEvent):
            try:
                send_dead_letter(client("sqs"), settings().events_dlq_url, record.body,
                                 str(done), attempts=record.attributes.approximate_receive_count,
                                 conversation_id=event_group(record.body),
                                 dedup_id=record.message_id)
            except Exception as exc:  # left to SQS: the event comes back, poison again
                return outcomes, exc
            log.warning("event sent to DLQ",
                        extra={"message_id": record.message_id, "reason": str(done)})
            outcomes.append(None)
        else:
            outcomes.append(done)
    return outcomes, result.error


def reset() -> None:
    ingestor.cache_clear()
