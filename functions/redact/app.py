"""Redact Lambda: transcript events from the FIFO queue -> redacted segments in the buffer.

Thin by design: Powertools wiring here, the work in `transcript_pipeline.lambdas.redact`.
"""

from __future__ import annotations

from typing import Any

from transcript_pipeline.cold_start import collector_paused

with collector_paused():
    from aws_lambda_powertools import Logger, Metrics
    from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
    from aws_lambda_powertools.metrics import MetricUnit
    from aws_lambda_powertools.utilities.typing import LambdaContext

    from transcript_pipeline.lambdas import redact as runtime
    from transcript_pipeline.lambdas import traced
    from transcript_pipeline.lambdas.batch import SqsRecord, process_partial

logger = Logger(service="transcript-redact")
# The library's own log lines (warnings, DLQ reasons) go out as the same structured JSON.
copy_config_to_registered_loggers(source_logger=logger, include={"transcript_pipeline"})
metrics = Metrics(namespace="TranscriptPipeline", service="redact")


def record_handler(record: SqsRecord) -> None:
    receive_count = record.attributes.approximate_receive_count
    try:
        outcome = runtime.handle_event_record(record.body, record.message_id, receive_count)
    except Exception:  # left to SQS to deliver again; counted so a rising rate is visible
        metrics.add_metric(name="EventRetries", unit=MetricUnit.Count, value=1)
        raise
    if outcome is None:
        metrics.add_metric(name="PoisonEvents", unit=MetricUnit.Count, value=1)
        return
    logger.info("event processed", extra={
        "conversation_id": outcome.conversation_id, "message_id": record.message_id,
        "action": outcome.action, "entity_types": outcome.entity_types, "flush": outcome.flush,
    })
    metrics.add_metric(name=f"Events_{outcome.action}", unit=MetricUnit.Count, value=1)
    if outcome.entity_types:
        metrics.add_metric(name="EntitiesRedacted", unit=MetricUnit.Count,
                           value=len(outcome.entity_types))


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
def _handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    runtime.ingestor().start_batch()
    # A failed record holds back only the rest of its own conversation, as FIFO requires.
    return process_partial(event, record_handler, fifo=True)


handler = traced(_handler, "transcript-redact")
