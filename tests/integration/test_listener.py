"""The listener against the Genesys emulator over real sockets (HTTP and WebSocket), publishing
to the FIFO events queue of the local stack; the rest of the pipeline carries the calls on to
LiteLLM's proxy (the gateway emulator for the gateway failures of the chaos test)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from infra.local.embedded_stack import EmbeddedStack
from infra.local.emulators.genesys import GenesysEmulator
from transcript_pipeline.core.errors import GenesysAuthError
from transcript_pipeline.core.models import TranscriptEvent
from transcript_pipeline.ingress.listener import Listener
from transcript_pipeline.ingress.publisher import split_event

from .helpers import (
    ListenerProcess,
    dead_letters,
    expected,
    forwarded,
    forwarded_count,
    listener_for,
    reason_of,
    run_in_thread,
)

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def deliver(stack: EmbeddedStack, listener: Listener, count: int,
            disturb: Callable[[], object] = lambda: None, started: int = 5) -> None:
    """Run the listener until `count` utterances reached the gateway; `disturb` once it has
    received `started` events. Whatever the listener raised fails the test."""
    stop, thread, errors = run_in_thread(listener)
    try:
        stack.wait_until(lambda: listener.stats.counts["events_received"] >= started, 30,
                         "started")
        disturb()
        stack.wait_until(lambda: forwarded_count(stack) >= count, 120, "every utterance")
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not errors


def test_calls_flow_from_genesys_to_the_gateway_once_in_order(
    make_stack: Callable[..., EmbeddedStack], genesys: Callable[..., tuple[GenesysEmulator, list]]
) -> None:
    """Genesys emulator -> listener -> queues -> Lambdas -> LiteLLM's proxy."""
    stack = make_stack({"FLUSH_SIZE": "10"})
    emulator, rows = genesys(calls=3)
    emulator.malformed.append("{this is not json")
    listener = listener_for(emulator, stack)
    deliver(stack, listener, len(rows))
    assert forwarded(stack) == expected(rows)
    assert listener.stats.counts["malformed"] == 1
    assert listener.stats.counts["conversations"] == 3
    assert not listener.active  # every call ended and was unsubscribed


@pytest.mark.parametrize("how", ["rejected subscription", "403"])
def test_a_withheld_permission_is_named_and_the_listener_stops(
    make_stack: Callable[..., EmbeddedStack], genesys: Callable[..., tuple[GenesysEmulator, list]],
    how: str,
) -> None:
    stack = make_stack()
    emulator, _ = genesys(calls=1)
    emulator.deny_transcription = how == "rejected subscription"
    emulator.forbid_notifications = how == "403"
    stop, thread, errors = run_in_thread(listener_for(emulator, stack))
    thread.join(timeout=30)
    stop.set()
    assert len(errors) == 1 and isinstance(errors[0], GenesysAuthError)
    if how == "403":
        assert "HTTP 403" in str(errors[0]) and "lacks a permission" in str(errors[0])
    else:
        assert "conversation:transcription:view" in str(errors[0])


def test_bad_credentials_are_named_without_the_secret(
    make_stack: Callable[..., EmbeddedStack], genesys: Callable[..., tuple[GenesysEmulator, list]]
) -> None:
    stack = make_stack()
    emulator, _ = genesys(calls=1)
    stop, thread, errors = run_in_thread(listener_for(emulator, stack, secret="wrong-secret"))
    thread.join(timeout=30)
    stop.set()
    assert len(errors) == 1 and isinstance(errors[0], GenesysAuthError)
    assert "client id and secret" in str(errors[0]) and "wrong-secret" not in str(errors[0])


def test_stopping_drains_what_is_in_memory(
    make_stack: Callable[..., EmbeddedStack], genesys: Callable[..., tuple[GenesysEmulator, list]]
) -> None:
    stack = make_stack({"FLUSH_SIZE": "100"})
    emulator, rows = genesys(calls=1)
    listener = listener_for(emulator, stack, linger=3600)  # nothing leaves before the stop
    stop, thread, errors = run_in_thread(listener)
    stack.wait_until(lambda: listener.stats.counts["events_received"] >= len(rows) + 1, 60,
                     "the whole call received")
    # Full batches of ten went out; the rest waits for company in memory.
    assert listener.stats.counts["events_sent"] < listener.stats.counts["events_received"]
    stop.set()  # what SIGTERM does
    thread.join(timeout=30)
    assert not errors
    stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 60, "drained and forwarded")
    assert forwarded(stack) == expected(rows)


def test_dropped_sockets_and_expired_tokens_lose_nothing(
    make_stack: Callable[..., EmbeddedStack], genesys: Callable[..., tuple[GenesysEmulator, list]]
) -> None:
    stack = make_stack({"FLUSH_SIZE": "10"})
    emulator, rows = genesys(calls=3, interval=0.15)
    listener = listener_for(emulator, stack)
    deliver(stack, listener, len(rows),
            lambda: (emulator.expire_tokens(), emulator.drop_sockets()))
    assert listener.stats.counts["reconnects"] >= 1
    assert forwarded(stack) == expected(rows)  # once each, in order


def test_chaos_gateway_failures_socket_drops_duplicates_and_dying_invocations(
    make_stack: Callable[..., EmbeddedStack], genesys: Callable[..., tuple[GenesysEmulator, list]]
) -> None:
    """A third of gateway requests fail (429 with Retry-After, 500, 503, time-outs, dropped
    connections), the socket drops, calls arrive twice, and one Lambda invocation in six dies
    half-way (before one of its AWS calls): still each utterance once, in order, and with ten
    attempts per flush nothing in the DLQ (the DLQ path has its own tests)."""
    from infra.local.emulators.gateway import Failure

    stack = make_stack({"FLUSH_SIZE": "6", "GATEWAY_TIMEOUT_SECONDS": "1",
                        "FLUSH_MAX_RECEIVE_COUNT": "10"}, emulator=True,
                       visibility_seconds={"EventsQueueUrl": 3, "FlushQueueUrl": 3})
    stack.gateway.chaos(1 / 3, [Failure(status=429, retry_after="1"), Failure(status=500),
                                Failure(status=503), Failure(delay=1.5), Failure(drop=True)])
    stack.runner.killer.rate = 1 / 6
    emulator, rows = genesys(calls=5, interval=0.05, duplicates=True)
    listener = listener_for(emulator, stack)
    stop, thread, errors = run_in_thread(listener)
    try:
        stack.wait_until(lambda: listener.stats.counts["events_received"] >= 20, 30, "started")
        emulator.drop_sockets()
        stack.wait_until(lambda: forwarded_count(stack) >= len(rows)
                         or stack.queue_depth("FlushDeadLetterQueueUrl") > 0, 300, "settled")
        stack.wait_until(lambda: stack.queue_depth("FlushQueueUrl") == 0, 120, "flushes done")
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not errors
    assert listener.stats.counts["duplicates"] > 0 and listener.stats.counts["reconnects"] >= 1
    assert stack.runner.killer.killed > 0
    outcomes = [r.outcome for r in stack.gateway.received]
    assert sum(o.startswith("failed") for o in outcomes) > 0
    dead = stack.sqs.receive_message(QueueUrl=stack.stack.outputs["FlushDeadLetterQueueUrl"],
                                     MaxNumberOfMessages=10,
                                     MessageAttributeNames=["All"]).get("Messages", [])
    assert not dead, [m.get("MessageAttributes") for m in dead]  # their reasons
    assert forwarded(stack) == expected(rows)


def test_channels_rotate_before_they_expire_and_on_socket_closing_losing_nothing(
    make_stack: Callable[..., EmbeddedStack], genesys: Callable[..., tuple[GenesysEmulator, list]]
) -> None:
    """Channels live 3 s and hold two topics: the listener spreads the calls over several
    channels and moves each to a fresh one before it expires (or when Genesys announces the
    socket is closing), connecting the new one before leaving the old; a rotation that fails
    (503) is tried again after a backoff while the old channel goes on delivering."""
    stack = make_stack({"FLUSH_SIZE": "10"})
    emulator, rows = genesys(calls=4, interval=0.3, channel_ttl=3.0, max_topics=2)
    listener = listener_for(emulator, stack, rotate_before=1.5, topics_per_channel=2)

    def disturb() -> None:
        emulator.failing_channel_requests = 2  # the next rotations fail first, then succeed
        emulator.announce_closing(grace=0.5)

    deliver(stack, listener, len(rows), disturb, started=10)
    assert emulator.failing_channel_requests == 0
    assert listener.stats.counts["reconnects"] >= 2
    assert len(listener.slots) == 1  # the extra channels went away with their calls
    assert listener.stats.counts["rotations"] >= 2
    assert emulator.channels_created >= 3 + listener.stats.counts["rotations"]
    assert forwarded(stack) == expected(rows)


def test_stalls_interim_results_duplicates_and_throttled_tokens_lose_nothing(
    make_stack: Callable[..., EmbeddedStack], genesys: Callable[..., tuple[GenesysEmulator, list]]
) -> None:
    stack = make_stack({"FLUSH_SIZE": "10"})
    emulator, rows = genesys(calls=3, interval=0.15, interim=True, duplicates=True)
    emulator.throttled_token_requests = 2  # 429 + Retry-After before the first token
    listener = listener_for(emulator, stack, ping_after=0.5, pong_timeout=0.5)
    # Open, silent, no pongs: the listener must notice.
    deliver(stack, listener, len(rows), emulator.stall_sockets)
    counts = listener.stats.counts
    assert counts["reconnects"] >= 1 and counts["interim_ignored"] > 0
    assert counts["duplicates"] > 0
    assert forwarded(stack) == expected(rows)


def test_the_interaction_stream_mode_with_an_expired_token(
    make_stack: Callable[..., EmbeddedStack], genesys: Callable[..., tuple[GenesysEmulator, list]]
) -> None:
    """The tutorial's stream: bearer token, no channels; a token that expires while the stream
    is down is renewed when the reconnect is refused with 401."""
    stack = make_stack({"FLUSH_SIZE": "10"})
    emulator, rows = genesys(calls=2, interval=0.1)
    listener = listener_for(emulator, stack, mode="interaction",
                            interaction_url=f"{emulator.ws_base}/interaction")
    deliver(stack, listener, len(rows),
            lambda: (emulator.expire_tokens(), emulator.drop_sockets()))
    assert listener.stats.counts["reconnects"] >= 2  # the drop, then the 401
    assert emulator.channels_created == 0
    assert forwarded(stack) == expected(rows)


def test_poison_from_genesys_is_dead_lettered_with_its_reason_and_delays_nothing(
    make_stack: Callable[..., EmbeddedStack], genesys: Callable[..., tuple[GenesysEmulator, list]]
) -> None:
    """Malformed JSON, wrong types, text that is not Unicode and a binary frame that is not
    UTF-8 go to the events DLQ with a reason that names the field; a 300 KB utterance is split
    (never truncated) and delivered; the calls go through unharmed."""
    # The long utterance fills the session's item (bytes, not segments): the part that does
    # not fit waits for the flush and comes back after the events queue's visibility timeout.
    stack = make_stack({"FLUSH_SIZE": "10"}, visibility_seconds={"EventsQueueUrl": 3})
    emulator, rows = genesys(calls=2, interval=0.1)
    cid = rows[0]["conversation_id"]

    def transcription(utterance_id: object, text: str) -> str:
        return json.dumps({"topicName": f"v2.conversations.{cid}.transcription",
                           "eventBody": {"conversationId": cid, "transcripts": [
                               {"utteranceId": utterance_id, "isFinal": True,
                                "channel": "EXTERNAL",
                                "alternatives": [{"transcript": text, "offsetMs": 1}]}]}})

    long_text = " ".join(f"word{i % 97}" for i in range(50_000))  # ~300 KB, no PII
    pieces = len(split_event(TranscriptEvent(conversation_id=cid, utterance_id="u-long",
                                             text=long_text)))
    emulator.malformed += [
        "{not json",
        transcription(42, "wrong type"),
        transcription("u-surrogate", "bad \udc80 text"),
        b'{"topicName": "\xff\xfe"}',
        transcription("u-long", long_text),
    ]
    deliver(stack, listener_for(emulator, stack), len(rows) + pieces)
    reasons = sorted(reason_of(m) for m in dead_letters(stack, "EventsDeadLetterQueueUrl"))
    assert len(reasons) == 4, reasons
    assert any("not valid JSON" in r for r in reasons)
    assert any("transcripts[0].utteranceId: expected str, got int" in r for r in reasons)
    assert any("transcripts[0]: text:" in r for r in reasons)
    assert any("not valid UTF-8" in r for r in reasons)
    got = forwarded(stack)
    parts = [t for t in got[cid] if t.startswith("word")]
    assert len(parts) == pieces > 5 and " ".join(parts) == long_text  # split, nothing lost
    assert {c: [t for t in texts if not t.startswith("word")] for c, texts in got.items()} \
        == expected(rows)


def test_the_container_entry_point_serves_health_and_drains_on_sigterm(
    make_stack: Callable[..., EmbeddedStack], genesys: Callable[..., tuple[GenesysEmulator, list]]
) -> None:
    """functions/listener/main.py as ECS runs it: settings from the environment, credentials
    from Secrets Manager, /health for the container check, SIGTERM drains and exits 0."""
    stack = make_stack({"FLUSH_SIZE": "10"})
    emulator, rows = genesys(calls=2, interval=0.2)
    listener = ListenerProcess(stack, emulator, POWERTOOLS_METRICS_DISABLED="false",
                               METRICS_INTERVAL_SECONDS="1")
    try:
        stack.wait_until(lambda: listener.health().get("events_received", 0) >= 5, 30,
                         "the listener running")
        assert listener.health()["connected"] is True
    finally:
        output = listener.stop()
    assert listener.process.returncode == 0, output
    last = json.loads(output.strip().splitlines()[-1])
    assert last["message"] == "listener stopped"
    assert last["stats"]["events_sent"] == last["stats"]["events_received"] >= 5
    assert '"EventsReceived"' in output  # the EMF metrics lines
    assert not any(row["text"] in output for row in rows)  # no transcript text in its logs
    # What it received (utterances, and a session end for each call that finished) was sent
    # and comes out at the gateway, each call's utterances from the start, in order.
    received = last["stats"]["events_received"]
    stack.wait_until(lambda: forwarded_count(stack) >= received - 2, 60, "forwarded")
    sent = forwarded(stack)
    assert received - 2 <= sum(map(len, sent.values())) <= received
    assert all(texts == expected(rows)[cid][:len(texts)] for cid, texts in sent.items())


def test_active_active_listeners_lose_and_repeat_nothing_when_one_dies_or_both_restart(
    make_stack: Callable[..., EmbeddedStack], genesys: Callable[..., tuple[GenesysEmulator, list]]
) -> None:
    """Two listener processes follow the same calls; the emulator replays nothing (as Genesys)
    and starts each call once both follow it. Mid-call one is SIGKILLed; the survivor alone
    carries the calls for a while, then they are held while the replacement starts (however
    slow the machine, that is mid-call). Then the other is restarted (SIGTERM, replacement up
    first): the gateway gets every utterance of every call exactly once, in order."""
    stack = make_stack({"FLUSH_SIZE": "5"})
    emulator, rows = genesys(calls=3, interval=0.25, per_message=1, replay=False, followers=2)
    calls = list(emulator.calls)

    def all_followed_by(n: int) -> Callable[[], bool]:
        return lambda: all(emulator.following(c) >= n or emulator.finished(c) for c in calls)

    def midway() -> bool:
        return not any(emulator.finished(c) for c in calls)

    processes: list[ListenerProcess] = []

    def start() -> ListenerProcess:
        processes.append(ListenerProcess(stack, emulator))
        return processes[-1]

    first, second = start(), start()
    try:
        stack.wait_until(lambda: first.health().get("events_received", 0) >= 6, 60,
                         "both listeners following the calls")
        assert midway(), "the calls ended before the failure: make them longer"
        first.kill()
        alone = second.health().get("events_received", 0)
        stack.wait_until(lambda: second.health().get("events_received", 0) >= alone + 3, 60,
                         "the survivor alone following the calls")
        emulator.pause()
        replacement = start()  # what ECS does after a task dies
        stack.wait_until(all_followed_by(2), 60, "the replacement following the calls")
        assert midway(), "the calls ended before the restart: make them longer"
        emulator.resume()
        second.stop()  # the rolling restart
        last = start()
        stack.wait_until(lambda: all(emulator.finished(c) for c in calls), 120, "calls over")
        stack.wait_until(lambda: forwarded_count(stack) >= len(rows), 120, "every utterance")
        assert forwarded(stack) == expected(rows)  # nothing lost, nothing twice, in order
        for process in (replacement, last):
            assert process.process.poll() is None  # both still up
    finally:
        for process in processes:
            if process.process.poll() is None:
                process.stop()
