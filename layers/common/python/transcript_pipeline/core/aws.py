"""AWS clients, created once per process, pointed at a local endpoint when configured.

The same code talks to real AWS and to the moto server on loopback: only `AWS_ENDPOINT_URL`
differs. `RequestCounter` counts the AWS requests a piece of work makes (the benchmark's
requests-per-utterance figure) through botocore's event hooks.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from functools import cache
from typing import Any

import botocore.session
from botocore.config import Config

_CONFIG = Config(retries={"mode": "standard", "max_attempts": 3}, connect_timeout=5,
                 read_timeout=20)


@cache
def client(service: str, endpoint_url: str | None = None) -> Any:
    """A shared client; `endpoint_url` defaults to AWS_ENDPOINT_URL (unset on real AWS)."""
    endpoint = endpoint_url or os.environ.get("AWS_ENDPOINT_URL") or None
    # botocore directly: boto3 adds nothing the pipeline uses, and ~75 ms to a cold start.
    return botocore.session.get_session().create_client(service, endpoint_url=endpoint,
                                                        config=_CONFIG)


class RequestCounter:
    """Counts AWS API calls by `service.Operation` on the given clients while attached.

    A ReceiveMessage that returned nothing is an idle poll, not work done for a message, and is
    not counted.
    """

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def _count(self, parsed: dict[str, Any], model: Any, **_: Any) -> None:
        if model.name == "ReceiveMessage" and not parsed.get("Messages"):
            return
        with self._lock:
            self.counts[f"{model.service_model.service_name}.{model.name}"] += 1

    def attach(self, *clients: Any) -> RequestCounter:
        for c in clients:
            c.meta.events.register("after-call.*.*", self._count)
        return self

    @property
    def total(self) -> int:
        return sum(self.counts.values())
