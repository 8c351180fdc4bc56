"""What the flush Lambda runs: the flusher, built once per process, one function per flush
request, and the scheduled sweep. Nothing logged here carries transcript text: ids, counts,
status codes and reasons."""

from __future__ import annotations

import logging
import time
from functools import lru_cache
from typing import Any

from pydantic import ValidationError

from transcript_pipeline.buffering.flush_requests import FlushRequester
from transcript_pipeline.buffering.session_buffer import SessionBuffer
from transcript_pipeline.core.aws import client
from transcript_pipeline.core.config import settings
from transcript_pipeline.core.errors import (
    FatalGatewayError,
    GatewayError,
    RetryLater,
    describe_validation_error,
)
from transcript_pipeline.core.models import FlushRequest
from transcript_pipeline.core.retry import backoff_seconds
from transcript_pipeline.core.secrets import get_secret
from transcript_pipeline.delivery.flusher import (
    Flusher,
    FlushResult,
    SweepResult,
    dead_letter_body,
)
from transcript_pipeline.delivery.gateway_client import GatewayClient
from transcript_pipeline.ops.dlq import send_dead_letter

log = logging.getLogger("transcript_pipeline")
FINISH_MARGIN_SECONDS = 5.0  # DynamoDB confirm, EventBridge publish, the batch report
STALLED_IDS_LOGGED = 50


@lru_cache(maxsize=1)
def flusher() -> Flusher:
    config = settings()
    return Flusher(
        config,
        SessionBuffer(client("dynamodb"), config.table_name, config.session_ttl_days,
                      config.sweep_shards),
        GatewayClient(config.gateway_url, config.gateway_timeout_seconds,
                      max_retry_after=config.retry_after_max_seconds),
        client("events"),
    )


def invocation_deadline(remaining_ms: int) -> float:
    """The `time.monotonic()` instant by which gateway requests must be answered: the
    invocation's end less the time to confirm, publish and report what was sent."""
    return time.monotonic() + remaining_ms / 1000 - FINISH_MARGIN_SECONDS


def handle_flush_record(
    body: str, message_id: str, receive_count: int, receipt_handle: str,
    deadline: float | None = None,
) -> FlushResult | None:
    """One flush request: forward, or schedule the retry, or dead-letter it with the reason."""
    config = settings()
    try:
        request = FlushRequest.model_validate_json(body)
    except ValidationError as exc:
        _dead_letter_flush(body, None, describe_validation_error(exc), receive_count, None)
        return None
    if request.reason == "redrive":  # an operator fixed the cause: the conversation may go
        flusher().buffer.set_needs_operator(request.conversation_id, False)
        flusher().forget_refused_key()
    try:
        return flusher().flush(request.conversation_id, owner=message_id, deadline=deadline)
    except FatalGatewayError as exc:
        if exc.status == 401:
            get_secret(config.gateway_secret_name, refresh=True)  # a rotated key, next time
        # A refusal for good: one dead letter, and the sweep stops asking until a redrive.
        flusher().buffer.set_needs_operator(request.conversation_id, True)
        _dead_letter_flush(body, request, str(exc), receive_count, exc.status)
        log.error("gateway refused the batch; sent to the flush DLQ",
                  extra={"conversation_id": request.conversation_id, "status": exc.status,
                         "reason": str(exc)})
        return None
    except Exception as exc:  # every other failure is retried the same deliberate way
        reason = str(exc) if isinstance(exc, GatewayError) else f"{type(exc).__name__}: {exc}"
        status = exc.status if isinstance(exc, GatewayError) else None
        if receive_count >= config.flush_max_receive_count:
            _dead_letter_flush(body, request, f"gave up after {receive_count} attempts: "
                               f"{reason}", receive_count, status)
            log.error("flush failed for the last time; sent to the flush DLQ",
                      extra={"conversation_id": request.conversation_id, "status": status,
                             "reason": reason})
            return None
        retry_after = exc.retry_after if isinstance(exc, GatewayError) else None
        delay = backoff_seconds(receive_count, config.retry_base_seconds,
                                config.retry_max_seconds, retry_after)
        client("sqs").change_message_visibility(QueueUrl=config.flush_queue_url,
                                                ReceiptHandle=receipt_handle,
                                                VisibilityTimeout=delay)
        log.warning("flush failed; retrying later",
                    extra={"conversation_id": request.conversation_id, "status": status,
                           "reason": reason, "retry_in_seconds": delay,
                           "attempt": receive_count})
        raise RetryLater(reason) from None


def _dead_letter_flush(body: str, request: FlushRequest | None, reason: str, attempts: int,
                       status: int | None) -> None:
    config = settings()
    segments = flusher().pending_segments(request.conversation_id) if request else []
    payload = dead_letter_body(request.model_dump() if request else {"raw": body[:1000]},
                               segments)
    send_dead_letter(client("sqs"), config.flush_dlq_url, payload, reason, attempts=attempts,
                     conversation_id=request.conversation_id if request else "", status=status)


def sweep() -> SweepResult:
    """The scheduled sweep: ask for a flush of every conversation pending too long, and count
    those the gateway has not taken for `stalled_after_seconds`."""
    result = flusher().sweep()
    if result.stale:
        FlushRequester(client("sqs"), settings().flush_queue_url).request_many(result.stale,
                                                                               "sweep")
    # The stalled conversations by id (the alarm tells the operator to look for them here),
    # at most STALLED_IDS_LOGGED of them in one line.
    log.info("sweep done", extra={"stale_sessions": len(result.stale),
                                  "stalled_sessions": result.stalled,
                                  "stalled_ids": result.stalled_ids[:STALLED_IDS_LOGGED]})
    return result


def describe_flush(result: FlushResult) -> dict[str, Any]:
    """The flush's log fields: ids and counts, and each answer by its id and size (the answer
    itself goes on the event bus, never into a log line)."""
    return {"conversation_id": result.conversation_id, "skipped": result.skipped,
            "batches": result.batches, "segments": result.segments,
            "answers": [{"id": a.response_id, "bytes": len((a.content or "").encode())}
                        for a in result.answers],
            "publish_failures": result.publish_failures,
            "redeliveries_avoided": result.redeliveries_avoided}


def reset() -> None:
    flusher.cache_clear()
