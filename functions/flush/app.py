"""Flush Lambda: flush requests (SQS) and the scheduled sweep (EventBridge) -> LLM gateway.

Thin by design: Powertools wiring here, the work in `transcript_pipeline.lambdas.flush`.
"""

from __future__ import annotations

from typing import Any

from transcript_pipeline.cold_start import collector_paused

with collector_paused():
    from aws_lambda_powertools import Logger, Metrics
    from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
    from aws_lambda_powertools.metrics import MetricUnit
    from aws_lambda_powertools.utilities.typing import LambdaContext

    from transcript_pipeline.lambdas import flush as runtime
    from transcript_pipeline.lambdas import traced
    from transcript_pipeline.lambdas.batch import SqsRecord, process_partial

logger = Logger(service="transcript-flush")
# The library's own log lines (warnings, DLQ reasons) go out as the same structured JSON.
copy_config_to_registered_loggers(source_logger=logger, include={"transcript_pipeline"})
metrics = Metrics(namespace="TranscriptPipeline", service="flush")


def record_handler(record: SqsRecord, lambda_context: LambdaContext) -> None:
    try:
        result = runtime.handle_flush_record(
            record.body, record.message_id, record.attributes.approximate_receive_count,
            record.receipt_handle,
            runtime.invocation_deadline(lambda_context.get_remaining_time_in_millis()),
        )
    except runtime.RetryLater:
        metrics.add_metric(name="FlushRetries", unit=MetricUnit.Count, value=1)
        raise
    if result is None:
        metrics.add_metric(name="FlushDeadLettered", unit=MetricUnit.Count, value=1)
        return
    for answer in result.answers:
        logger.info("gateway answer", extra=answer.model_dump())
    logger.info("flush done", extra=runtime.describe_flush(result))
    if result.publish_failures:
        logger.warning("gateway answers not published to the event bus (they are logged above)",
                       extra={"conversation_id": result.conversation_id,
                              "failures": result.publish_failures})
        metrics.add_metric(name="AnswersNotPublished", unit=MetricUnit.Count,
                           value=result.publish_failures)
    if result.redeliveries_avoided:  # an earlier attempt died after the gateway confirmed
        metrics.add_metric(name="RedeliveriesAvoided", unit=MetricUnit.Count,
                           value=result.redeliveries_avoided)
    metrics.add_metric(name="SegmentsForwarded", unit=MetricUnit.Count, value=result.segments)
    metrics.add_metric(name="BatchesForwarded", unit=MetricUnit.Count,
                       value=len(result.batches))


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
def _handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    if "Records" not in event:  # the EventBridge schedule
        swept = runtime.sweep()
        metrics.add_metric(name="SweepFlushRequests", unit=MetricUnit.Count,
                           value=len(swept.stale))
        # Alarmed (template): calls the gateway has not taken for `stalled_after_seconds`.
        metrics.add_metric(name="StalledConversations", unit=MetricUnit.Count,
                           value=swept.stalled)
        return {"swept": len(swept.stale)}
    return process_partial(event, lambda record: record_handler(record, context))


handler = traced(_handler, "transcript-flush")
