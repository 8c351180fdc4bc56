"""Lambda runtimes: `lambdas.redact` for the redact function, `lambdas.flush` for the flush
function. Each handler imports only its own, so a cold start pays only for what it runs."""

from __future__ import annotations

import sys

from .. import secrets
from ..aws import client
from ..config import settings


def reset() -> None:
    """Forget clients, settings and services: the process was reconfigured (local stack)."""
    client.cache_clear()
    secrets.reset()
    settings.cache_clear()
    for name in (f"{__name__}.redact", f"{__name__}.flush"):
        module = sys.modules.get(name)
        if module is not None:
            module.reset()
