"""The listener's counters, shared by its threads, and their publication as CloudWatch metrics.

Counters only grow (the health endpoint shows them); `emit` publishes what changed since the
last emission as CloudWatch embedded-metric-format lines on stdout, which the awslogs driver
ships to CloudWatch Logs and CloudWatch turns into metrics: no API calls, no credentials.
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics import MetricUnit

# counter -> CloudWatch metric name
METRICS = {
    "events_received": "EventsReceived",
    "events_sent": "EventsSent",
    "dropped": "EventsDropped",
    "duplicates": "DuplicatesIgnored",
    "malformed": "MalformedMessages",
    "reconnects": "Reconnects",
    "rotations": "ChannelRotations",
    "send_failures": "SqsSendFailures",
    "subscription_requests": "SubscriptionRequests",
}


class Stats:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.gauges: dict[str, tuple[float, MetricUnit]] = {}
        self._lock = threading.Lock()
        self._emitted: Counter[str] = Counter()
        self._max_lag = 0.0

    def add(self, name: str, n: int = 1) -> None:
        with self._lock:
            self.counts[name] += n

    def set(self, name: str, value: float, unit: MetricUnit = MetricUnit.Count) -> None:
        with self._lock:
            self.gauges[name] = (value, unit)

    def observe_lag(self, seconds: float) -> None:
        """Receive-to-sent time of a sent batch's oldest event."""
        with self._lock:
            self._max_lag = max(self._max_lag, seconds)

    def snapshot(self) -> dict[str, float]:
        with self._lock:
            return {**self.counts, **{name: value for name, (value, _) in self.gauges.items()}}

    def emit(self, metrics: Metrics) -> None:
        """One EMF document: counter increments since the last call, gauges, the worst lag."""
        with self._lock:
            deltas = {name: self.counts[name] - self._emitted[name] for name in METRICS}
            self._emitted.update(deltas)
            gauges, lag, self._max_lag = dict(self.gauges), self._max_lag, 0.0
        for name, delta in deltas.items():
            metrics.add_metric(name=METRICS[name], unit=MetricUnit.Count, value=delta)
        for name, (value, unit) in gauges.items():
            metrics.add_metric(name=name, unit=unit, value=value)
        metrics.add_metric(name="LagMs", unit=MetricUnit.Milliseconds, value=lag * 1000)
        metrics.set_timestamp(datetime.now(UTC))
        metrics.flush_metrics()
        metrics.clear_metrics()  # also when disabled (flush keeps them then): no build-up
