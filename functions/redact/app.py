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
    from transcript_pipeline.lambdas.batch import SqsRecord, process_groups

logger = Logger(service="transcript-redact")
# The library's own log lines (warnings, DLQ reasons) go out as the same structured JSON.
copy_config_to_registered_loggers(source_logger=logger, include={"transcript_pipeline"})
metrics = Metrics(namespace="TranscriptPipeline", service="redact")


def group_handler(records: list[SqsRecord]) -> tuple[int, Exception | None]:
    """One conversation's records of the batch: each outcome logged and counted (ids, counts
    and entity types only), a failure counted so that a rising rate is visible."""
    outcomes, error = runtime.handle_event_group(records)
    for record, outcome in zip(records, outcomes, strict=False):  # the done ones
        if outcome is None:
            metrics.add_metric(name="PoisonEvents", unit=MetricUnit.Count, value=1)
            continue
        logger.info("event processed", extra={
            "conversation_id": outcome.conversation_id, "message_id": record.message_id,
            "action": outcome.action, "entity_types": outcome.entity_types,
            "flush": outcome.flush,
        })
        metrics.add_metric(name=f"Events_{outcome.action}", unit=MetricUnit.Count, value=1)
        if outcome.entity_types:
            metrics.add_metric(name="EntitiesRedacted", unit=MetricUnit.Count,
                               value=len(outcome.entity_types))
    if error is not None:  # left to SQS to deliver again
        metrics.add_metric(name="EventRetries", unit=MetricUnit.Count, value=1)
    return len(outcomes), error


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
def _handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    runtime.ingestor().start_batch()
    # Each conversation's records together (one write stores them); a failed record holds back
    # only the rest of its own conversation, as FIFO requires.
    return process_groups(event, group_handler)


handler = traced(_handler, "transcript-redact")
