"""Lambda runtimes: `lambdas.redact`, `lambdas.flush` and `lambdas.ingest`, one per function.
Each handler imports only its own, so a cold start pays only for what it runs."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from transcript_pipeline.core import secrets
from transcript_pipeline.core.aws import client
from transcript_pipeline.core.config import settings


def reset() -> None:
    """Forget clients, settings and services: the process was reconfigured (local stack)."""
    client.cache_clear()
    secrets.reset()
    settings.cache_clear()
    for name in (f"{__name__}.redact", f"{__name__}.flush", f"{__name__}.ingest"):
        module = sys.modules.get(name)
        if module is not None:
            module.reset()


Handler = Callable[[dict[str, Any], Any], Any]


def traced(handler: Handler, service: str) -> Handler:
    """The handler with Powertools Tracer subsegments when DETAILED_TRACING is true.

    The functions are always traced by Lambda (`Tracing: Active`); the X-Ray SDK behind the
    Tracer adds subsegments for every AWS and HTTP call, and ~100 ms to each cold start, so it
    is opt-in.
    """
    if os.environ.get("DETAILED_TRACING", "false").lower() != "true":
        return handler
    from aws_lambda_powertools import Tracer

    tracer = Tracer(service=service, patch_modules=["botocore", "httpx"])
    return tracer.capture_lambda_handler(capture_response=False)(handler)
