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


def handle_event_record(body: str, message_id: str, receive_count: int) -> Outcome | None:
    """One transcript event. Poison goes to the events DLQ at once; None says so."""
    try:
        return ingestor().process(body)
    except PoisonEvent as exc:
        config = settings()
        send_dead_letter(client("sqs"), config.events_dlq_url, body, str(exc),
                         attempts=receive_count, conversation_id=event_group(body),
                         dedup_id=message_id)
        log.warning("event sent to DLQ", extra={"message_id": message_id, "reason": str(exc)})
        return None


def reset() -> None:
    ingestor.cache_clear()
