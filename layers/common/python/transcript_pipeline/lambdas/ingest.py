"""What the ingest Lambda runs: parse one EventBridge event, publish what it carries."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from transcript_pipeline.core.aws import client
from transcript_pipeline.core.config import settings
from transcript_pipeline.ingress.genesys_messages import parse_message
from transcript_pipeline.ingress.publisher import EventPublisher, PublishResult


@lru_cache(maxsize=1)
def publisher() -> EventPublisher:
    config = settings()
    return EventPublisher(client("sqs"), config.events_queue_url, config.forward_interim)


def ingest(event: dict[str, Any]) -> PublishResult:
    """Raises GenesysMessageError (bad message) or RuntimeError (SQS refused some events)."""
    result = publisher().publish(parse_message(event, settings().transcript_text_field))
    if result.failed:
        raise RuntimeError(f"SQS refused {len(result.failed)} events: {result.failed[:5]}")
    return result


def reset() -> None:
    publisher.cache_clear()
