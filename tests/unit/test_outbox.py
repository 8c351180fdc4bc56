"""The listener's outbox (SQS stubbed) and its metrics: order through outages, bounded memory,
drain on shutdown, EMF output."""

from __future__ import annotations

import json
import logging
import threading
import time

import pytest
from aws_lambda_powertools import Metrics

from transcript_pipeline.core.models import QueueEnvelope, TranscriptEvent
from transcript_pipeline.ingress.outbox import Outbox
from transcript_pipeline.ingress.publisher import EventPublisher
from transcript_pipeline.ingress.stats import Stats


class FlakySqs:
    """Fails every call while `down` is set, then records what it accepts."""

    def __init__(self) -> None:
        self.down = threading.Event()
        self.accepted: list[str] = []

    def send_message_batch(self, QueueUrl: str, Entries: list[dict]) -> dict:
        if self.down.is_set():
            raise ConnectionError("SQS unavailable")
        for entry in Entries:
            event = QueueEnvelope.model_validate_json(entry["MessageBody"]).event
            self.accepted.append(event.utterance_id)  # type: ignore[union-attr]
        return {}


def event(i: int) -> TranscriptEvent:
    return TranscriptEvent(conversation_id="c1", utterance_id=f"u{i}", text="secret words")


def wait_for(condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met"
        time.sleep(0.01)


def test_an_outage_keeps_events_in_order_and_sends_them_when_sqs_returns() -> None:
    sqs, stats = FlakySqs(), Stats()
    outbox = Outbox(EventPublisher(sqs, "q.fifo"), stats, linger=0.01)
    sqs.down.set()
    for i in range(25):
        outbox.put(event(i))
    wait_for(lambda: stats.counts["send_failures"] >= 2)
    sqs.down.clear()
    wait_for(lambda: stats.counts["events_sent"] == 25)
    outbox.close(timeout=5)
    assert sqs.accepted == [f"u{i}" for i in range(25)]
    assert stats.counts["dropped"] == 0


def test_a_full_outbox_pushes_back_then_drops_by_id_never_silently(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sqs, stats = FlakySqs(), Stats()
    sqs.down.set()
    outbox = Outbox(EventPublisher(sqs, "q.fifo"), stats, linger=0.01, capacity=5,
                    backpressure_wait=0.05)
    with caplog.at_level(logging.ERROR):
        for i in range(7):
            outbox.put(event(i))
    assert stats.counts["backpressure"] >= 2 and stats.counts["dropped"] == 2
    dropped = [r.event for r in caplog.records if hasattr(r, "event")]  # type: ignore[attr-defined]
    assert dropped == ["c1:u5", "c1:u6"]
    assert "secret" not in caplog.text
    sqs.down.clear()
    outbox.close(timeout=5)  # the drain sends what was kept
    assert sqs.accepted == [f"u{i}" for i in range(5)]


def test_close_reports_by_id_what_could_not_be_sent_before_the_deadline(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sqs, stats = FlakySqs(), Stats()
    sqs.down.set()
    outbox = Outbox(EventPublisher(sqs, "q.fifo"), stats, linger=0.01)
    for i in range(3):
        outbox.put(event(i))
    with caplog.at_level(logging.ERROR):
        outbox.close(timeout=0.3)
    assert stats.counts["dropped"] == 3
    assert [r.event for r in caplog.records if hasattr(r, "event")] == \
        ["c1:u0", "c1:u1", "c1:u2"]  # type: ignore[attr-defined]


def test_metrics_are_increments_since_the_last_emission(
    capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("POWERTOOLS_METRICS_DISABLED", raising=False)  # the local stack sets it
    stats = Stats()
    metrics = Metrics(namespace="TranscriptPipeline", service="genesys-listener")
    metrics.clear_metrics()  # Powertools shares the metric set between instances
    stats.add("events_received", 5)
    stats.set("Channels", 2)
    stats.observe_lag(0.25)
    stats.emit(metrics)
    stats.add("events_received", 3)
    stats.emit(metrics)
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["EventsReceived"] == [5.0] and second["EventsReceived"] == [3.0]
    assert first["Channels"] == [2.0] and first["LagMs"] == [250.0]
    assert second["LagMs"] == [0.0]
    names = {m["Name"] for m in first["_aws"]["CloudWatchMetrics"][0]["Metrics"]}
    assert {"EventsSent", "EventsDropped", "Reconnects", "ChannelRotations"} <= names
