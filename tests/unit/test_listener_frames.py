"""The listener's frame handler against any frame: it never raises (#11). A frame it cannot read
is counted, dead-lettered with a reason and skipped; the socket and the other calls go on."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from transcript_pipeline.ingress.listener import Listener, ListenerOptions

SAMPLE = json.loads((Path(__file__).parents[1] / "data" / "genesys" / "ws_transcription.json")
                    .read_text(encoding="utf-8"))
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=80),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                 max_size=4),
    max_leaves=12,
)
TOPICS = st.sampled_from([SAMPLE["topicName"], "v2.routing.queues.q1.conversations",
                          "v2.system.socket_closing", "channel.metadata", ""]) | JSON


class Publisher:
    """What the listener publishes to; records dead letters."""

    def __init__(self) -> None:
        self.dead: list[tuple[str, str]] = []

    def dead_letter(self, raw: str, reason: str, conversation_id: str) -> bool:
        assert len(conversation_id) <= 128
        self.dead.append((reason, conversation_id))
        return True

    def publish(self, events: list[Any]) -> Any:  # the outbox is never flushed here
        raise AssertionError("not expected")


def listener() -> tuple[Listener, SimpleNamespace, Publisher]:
    publisher = Publisher()
    subject = Listener(SimpleNamespace(), publisher,  # type: ignore[arg-type]
                       ListenerOptions(queue_ids=["q1"]))
    return subject, SimpleNamespace(slot=subject.slots[0], messages=0), publisher


@st.composite
def frames(draw: st.DrawFn) -> str | bytes:
    """A real transcription frame with any field of the envelope or the body replaced by any
    JSON value, or removed; sometimes not JSON at all, or bytes."""
    doc = copy.deepcopy(SAMPLE)
    doc["topicName"] = draw(TOPICS)
    body = doc["eventBody"]
    transcript = body["transcripts"][0]
    alternative = transcript["alternatives"][0]
    for target in draw(st.lists(st.sampled_from(["doc", "body", "transcript", "alternative"]),
                                max_size=4)):
        where = {"doc": doc, "body": body, "transcript": transcript,
                 "alternative": alternative}[target]
        key = draw(st.sampled_from([*where.keys(), "id", "conversationId"]))
        if draw(st.booleans()):
            where[key] = draw(JSON)
        else:
            where.pop(key, None)
    if draw(st.booleans()):
        doc["eventBody"] = draw(JSON)
    text = json.dumps(doc)
    form = draw(st.sampled_from(["json", "bytes", "truncated", "garbage"]))
    if form == "bytes":
        return text.encode()
    if form == "truncated":
        return text[:draw(st.integers(0, len(text)))]
    if form == "garbage":
        return draw(st.binary(max_size=60))
    return text


@settings(max_examples=400, deadline=None)
@given(frames())
def test_no_frame_stops_the_listener(frame: str | bytes) -> None:
    subject, conn, publisher = listener()
    subject._handle(conn, frame)  # never raises
    assert subject.stats.counts["messages"] == 1
    # Whatever was dead-lettered has a reason and a message group SQS accepts (<= 128).
    assert all(reason and len(group) <= 128 for reason, group in publisher.dead)


def test_over_long_or_odd_conversation_ids_are_never_subscribed_to() -> None:
    subject, conn, publisher = listener()
    for cid in ["x" * 5000, "a/b", {"id": 1}, 42]:
        subject._handle(conn, json.dumps({"topicName": "v2.routing.queues.q1.conversations",
                                          "eventBody": {"id": cid}}))
    assert subject.active == set()
    assert len(publisher.dead) == 4
    assert all(reason == "eventBody.id: not a conversation id" for reason, _ in publisher.dead)


def test_subscriptions_of_many_new_and_ended_calls_go_out_in_few_requests() -> None:
    """Genesys limits API requests per OAuth token: calls starting and ending many times a
    second must not cost a request each."""
    requests: list[tuple[list[str], bool]] = []

    class Api:
        def subscribe(self, channel: object, topics: list[str], replace: bool = False) -> None:
            requests.append((topics, replace))

    subject = Listener(Api(), Publisher(),  # type: ignore[arg-type]
                       ListenerOptions(queue_ids=["q1"], subscribe_every=1.0,
                                       unsubscribe_every=10.0))
    slot = subject.slots[0]
    slot.conn = SimpleNamespace(  # type: ignore[assignment]
        channel=SimpleNamespace(id="ch", expires=float("inf")), slot=slot, heard=1e12,
        pinged=False)
    for n in range(40):  # forty calls announced within one second
        subject._discovered(f"call-{n}")
    subject._chores(100.0)
    assert len(requests) == 1 and len(requests[0][0]) == 40 and not requests[0][1]
    for n in range(10):  # ten end, five more start
        subject._ended(f"call-{n}")
    for n in range(40, 45):
        subject._discovered(f"call-{n}")
    subject._chores(100.5)  # too soon for another request
    assert len(requests) == 1
    subject._chores(101.0)  # the new ones and the ended ones: the whole list, once
    assert len(requests) == 2 and requests[1][1] and len(requests[1][0]) == 36
    subject._chores(102.0)
    assert len(requests) == 2  # nothing changed
    assert subject.stats.counts["subscription_requests"] == 2
