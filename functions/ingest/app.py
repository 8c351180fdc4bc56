"""Ingest Lambda (EventBridge ingress): Genesys transcription events from the partner event bus
-> the same FIFO events queue the listener feeds, through the same parser.

A message that cannot be understood raises; after Lambda's retries it lands in the ingest DLQ
with the error, which names the field and never quotes the transcript.
"""

from __future__ import annotations

from typing import Any

from transcript_pipeline.cold_start import collector_paused

with collector_paused():
    from aws_lambda_powertools import Logger, Metrics
    from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
    from aws_lambda_powertools.metrics import MetricUnit
    from aws_lambda_powertools.utilities.typing import LambdaContext

    from transcript_pipeline.lambdas import ingest as runtime
    from transcript_pipeline.lambdas import traced

logger = Logger(service="transcript-ingest")
copy_config_to_registered_loggers(source_logger=logger, include={"transcript_pipeline"})
metrics = Metrics(namespace="TranscriptPipeline", service="ingest")


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
def _handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    try:
        result = runtime.ingest(event)
    except Exception:  # Lambda retries it, then the ingest DLQ keeps it with the error
        metrics.add_metric(name="IngestFailures", unit=MetricUnit.Count, value=1)
        raise
    logger.info("transcription event ingested", extra={"sent": result.sent})
    metrics.add_metric(name="EventsIngested", unit=MetricUnit.Count, value=result.sent)
    return {"sent": result.sent}


handler = traced(_handler, "transcript-ingest")
