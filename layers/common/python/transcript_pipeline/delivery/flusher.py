"""The flush step: pending redacted segments of one conversation to the LLM gateway.

A flush takes the session's lease, fixes the batch end, and sends the batch in chunks, each
with an idempotency key derived from its range. The cursor moves only after the gateway
confirmed, so a crash anywhere leaves the segments pending and the next attempt rebuilds the
same chunk with the same key: nothing is lost, and the gateway can recognise a resend.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from dataclasses import dataclass, field
from typing import Any

from transcript_pipeline.buffering.session_buffer import SessionBuffer, SessionInfo
from transcript_pipeline.core.clients import EventsClient
from transcript_pipeline.core.config import Settings
from transcript_pipeline.core.errors import (
    FatalGatewayError,
    GatewayError,
    LeaseHeld,
    MissingSegments,
    RetryableGatewayError,
)
from transcript_pipeline.core.models import RedactedSegment
from transcript_pipeline.core.secrets import get_secret
from transcript_pipeline.delivery.answers import mentioned_tags, read_suggestion, response_format
from transcript_pipeline.delivery.gateway_client import (
    GatewayClient,
    batch_headers,
    build_request,
    idempotency_key,
)
from transcript_pipeline.delivery.payloads import ChatCompletionResponse, GatewayAnswer

EVENT_SOURCE = "transcript-pipeline"
EVENT_DETAIL_TYPE = "Gateway answer"
# EventBridge refuses an entry over 256 KB, envelope included: the detail stays below this.
EVENT_DETAIL_MAX_BYTES = 250_000
REFUSED_KEY_HOLD_SECONDS = 300  # as long as a rotated key may take to reach the cache
MAX_ROUNDS = 3  # batches fixed per flush before leaving the rest to the next request


@dataclass
class FlushResult:
    """What a flush did (ids and counts only)."""

    conversation_id: str
    skipped: str | None = None
    batches: list[tuple[int, int]] = field(default_factory=list)
    answers: list[GatewayAnswer] = field(default_factory=list)
    publish_failures: int = 0
    # Batches found confirmed by an earlier attempt that died before the cursor moved:
    # confirmed now without being sent again.
    redeliveries_avoided: int = 0

    @property
    def segments(self) -> int:
        return sum(last - first + 1 for first, last in self.batches)


class Flusher:
    def __init__(self, settings: Settings, buffer: SessionBuffer, gateway: GatewayClient,
                 events: EventsClient) -> None:
        self.settings = settings
        self.buffer = buffer
        self.gateway = gateway
        self.events = events
        # A key the gateway refused with a 401 (its fingerprint, never its value) and when:
        # no request goes out with it again for REFUSED_KEY_HOLD_SECONDS, or until the secret
        # holds another key or an operator redrives, instead of one refusal and one dead
        # letter per conversation. Then one request tries it again (a gateway fixed on its
        # side takes the same key back).
        self._refused: tuple[str, float] | None = None

    def flush(self, conversation_id: str, owner: str,
              deadline: float | None = None) -> FlushResult:
        """Forward everything pending; raises GatewayError (lease released) on failure.

        `deadline` (a `time.monotonic()` instant, the invocation's end less a margin) bounds
        every request, so no batch is in flight when the function's own timeout strikes.
        """
        result = FlushResult(conversation_id)
        for _ in range(MAX_ROUNDS):
            try:
                session = self.buffer.acquire_lease(conversation_id, owner,
                                                    self.settings.lease_seconds)
            except LeaseHeld:
                result.skipped = result.skipped or "another flush holds the lease, or backing off"
                return result
            if session.needs_operator:
                self.buffer.release_lease(conversation_id, owner)
                result.skipped = "the gateway refused this conversation: an operator must " \
                    "act, then redrive its dead letter"
                return result
            end = session.inflight_hi if session.inflight_hi is not None else session.seg_count
            if end <= session.fwd_seq:  # the fixed batch is done: clear it, maybe fix a new one
                session = self.buffer.confirm(conversation_id, owner, session.fwd_seq + 1,
                                              session.fwd_seq, end)
                if not session.pending:
                    result.skipped = result.skipped or "nothing pending"
                    return result
                continue
            try:
                session = self._send_batch(session, owner, end, result, deadline)
            except GatewayError as exc:
                # Everyone waits as long as the gateway asked (or a moment, if it did not say).
                self.buffer.release_lease(conversation_id, owner,
                                          back_off=max(exc.retry_after or 0, 1) - 0.5)
                raise
            except BaseException:
                self.buffer.release_lease(conversation_id, owner)
                raise
            if not session.pending:
                return result
        return result

    def _send_batch(self, session: SessionInfo, owner: str, end: int, result: FlushResult,
                    deadline: float | None) -> SessionInfo:
        cid = session.conversation_id
        chunk = self.settings.max_segments_per_request
        while session.fwd_seq < end:
            first = session.fwd_seq + 1
            last = min(end, session.fwd_seq + chunk)
            segments = session.segments[:last - first + 1]
            if [s.seq for s in segments] != list(range(first, last + 1)):
                raise MissingSegments(f"{cid}: expected segments {first}..{last}, "
                                      f"found {[s.seq for s in segments]}")
            earlier = self.buffer.delivered(cid, first, last)
            if earlier is not None:  # confirmed before, the cursor never moved: not again
                result.redeliveries_avoided += 1
                answer = GatewayAnswer.model_validate_json(earlier.answer_json) \
                    if earlier.answer_json else None
            else:
                try:
                    answer = self._ask(session, segments, deadline)
                except FatalGatewayError as exc:
                    if exc.status != 413:
                        raise
                    if last > first:  # too large for the gateway: the halves, to one segment
                        chunk = max(1, (last - first + 1) // 2)
                        continue
                    raise FatalGatewayError(
                        f"segment {first} alone ({session.segment_bytes[0]:,} bytes) is too "
                        "large for the gateway (HTTP 413)", 413) from None
                self.buffer.record_delivery(cid, first, last, answer.model_dump_json())
            turns = self.settings.context_turns
            confirmed = [s.model_dump_json() for s in segments]
            session = self.buffer.confirm(
                cid, owner, first, last, end,
                dropped_bytes=sum(session.segment_bytes[:len(segments)]),
                context=_recent([*session.context, *confirmed], turns) if turns else None)
            result.batches.append((first, last))
            if answer is None:  # confirmed earlier with an answer too large to keep: reported
                result.publish_failures += 1
                continue
            result.answers.append(answer)
            if not self._publish(answer):
                result.publish_failures += 1
        return session

    def _ask(self, session: SessionInfo, segments: list[RedactedSegment],
             deadline: float | None) -> GatewayAnswer:
        """Send one batch with the call so far; its answer, checked, joined to the batch."""
        cid, first, last = session.conversation_id, segments[0].seq, segments[-1].seq
        context = [RedactedSegment.model_validate_json(v) for v in session.context]
        response, latency_ms = self._send(cid, segments, deadline, context)
        choice = response.choices[0]
        # Checked before the batch is confirmed: an answer of the wrong shape is retried.
        suggestion = read_suggestion(choice.message.content, choice.finish_reason) \
            if self.settings.gateway_response_format == "json_schema" else None
        return GatewayAnswer(
            conversation_id=cid, first_seq=first, last_seq=last,
            first_utterance_id=segments[0].utterance_id,
            last_utterance_id=segments[-1].utterance_id,
            idempotency_key=idempotency_key(cid, first, last), response_id=response.id,
            content=choice.message.content, refusal=choice.message.refusal,
            tool_calls=len(choice.message.tool_calls or ()),
            finish_reason=choice.finish_reason, model=response.model, usage=response.usage,
            latency_ms=latency_ms,
            tags=mentioned_tags(choice.message.content, choice.message.refusal),
            suggestion=suggestion,
        )

    def _send(self, cid: str, segments: list[RedactedSegment], deadline: float | None,
              context: list[RedactedSegment]) -> tuple[ChatCompletionResponse, int]:
        """The gateway's answer and its latency in milliseconds (secret lookup excluded)."""
        key = idempotency_key(cid, segments[0].seq, segments[-1].seq)
        s = self.settings
        request = build_request(
            s.gateway_model, s.system_prompt, cid, segments, key, store=s.gateway_store,
            context=context, temperature=s.gateway_temperature, max_tokens=s.gateway_max_tokens,
            response_format=response_format() if s.gateway_response_format == "json_schema"
            else None)
        api_key = get_secret(s.gateway_secret_name).get_secret_value()
        fingerprint = hashlib.sha256(api_key.encode()).hexdigest()
        held = self._refusal_left(fingerprint)
        if held:  # the conversation waits as for a Retry-After, its segments pending
            raise RetryableGatewayError(
                f"the gateway refused the API key in {s.gateway_secret_name!r} (HTTP 401); "
                "nothing is sent with it until the secret holds another key", retry_after=held)
        started = time.monotonic()
        try:
            response = self.gateway.send(request, api_key, key, batch_headers(cid, segments),
                                         deadline)
        except FatalGatewayError as exc:
            if exc.status == 401:
                self._refused = (fingerprint, time.monotonic())
            raise
        return response, round((time.monotonic() - started) * 1000)

    def _refusal_left(self, fingerprint: str) -> int:
        """Seconds this key is still held back after its refusal (0: send)."""
        if self._refused is None or fingerprint != self._refused[0]:
            return 0
        left = REFUSED_KEY_HOLD_SECONDS - (time.monotonic() - self._refused[1])
        if left <= 0:
            self._refused = None
        return max(0, math.ceil(left))

    def forget_refused_key(self) -> None:
        """An operator redrove a call: the cause was fixed, the key may be tried again."""
        self._refused = None

    def _publish(self, answer: GatewayAnswer) -> bool:
        """Put the answer on the event bus; a failure is reported, the batch stays confirmed."""
        try:
            response = self.events.put_events(Entries=[{
                "Source": EVENT_SOURCE,
                "DetailType": EVENT_DETAIL_TYPE,
                "Detail": fit_event(answer).model_dump_json(),
                "EventBusName": self.settings.event_bus_name,
            }])
        except Exception:  # the answer is logged by the caller either way
            return False
        return not response.get("FailedEntryCount")

    def pending_segments(self, conversation_id: str) -> list[RedactedSegment]:
        """The redacted segments not yet forwarded (for a dead letter's body)."""
        return self.buffer.get_session(conversation_id, with_segments=True).segments

    def sweep(self, now_ms: int | None = None) -> SweepResult:
        """Conversations whose oldest pending segment is older than the maximum batch age, and
        how many of them have waited longer than `stalled_after_seconds`: one pass over the
        pending index's shards for both."""
        now_ms = now_ms if now_ms is not None else int(time.time() * 1000)
        stale_before = now_ms - self.settings.max_batch_age_seconds * 1000
        stalled_before = now_ms - self.settings.stalled_after_seconds * 1000
        found = self.buffer.stale_sessions(max(stale_before, stalled_before))
        return SweepResult(stale=[cid for cid, since in found if since < stale_before],
                           stalled_ids=[cid for cid, since in found if since < stalled_before])


# The context kept in the session item, in bytes: it shares the item's 400 KB with the pending
# segments (MAX_PENDING_BYTES) and the redaction state.
CONTEXT_MAX_BYTES = 16_384


def _recent(turns: list[str], budget: int) -> list[str]:
    """The last `budget` turns that fit in CONTEXT_MAX_BYTES together (a turn too large on its
    own ends the context there: the model gets the turns after it)."""
    kept: list[str] = []
    size = 0
    for turn in reversed(turns[-budget:]):
        size += len(turn.encode())
        if size > CONTEXT_MAX_BYTES:
            break
        kept.append(turn)
    return kept[::-1]


@dataclass
class SweepResult:
    stale: list[str]  # conversations to ask a flush for
    stalled_ids: list[str]  # of the pending ones, those the gateway has not taken for too long

    @property
    def stalled(self) -> int:
        return len(self.stalled_ids)


def fit_event(answer: GatewayAnswer) -> GatewayAnswer:
    """The answer as one event can carry it: an answer too large has its content cut (at a
    character boundary) and is marked with the size it had, rather than refused by EventBridge
    and lost; if the content alone is not enough, the refusal and the suggestion go too."""
    size = len(answer.model_dump_json().encode())
    if size <= EVENT_DETAIL_MAX_BYTES:
        return answer
    content = (answer.content or "").encode()
    keep = len(content)
    fitted = answer
    while size > EVENT_DETAIL_MAX_BYTES:
        if keep == 0:  # nothing left to cut from the content
            fitted = fitted.model_copy(update={"refusal": None, "suggestion": None,
                                               "truncated_from_bytes": len(content)})
            break
        keep = max(0, keep - (size - EVENT_DETAIL_MAX_BYTES) - 1024)
        fitted = answer.model_copy(update={
            "content": content[:keep].decode(errors="ignore"),
            "truncated_from_bytes": len(content)})
        size = len(fitted.model_dump_json().encode())
    return fitted


def dead_letter_body(request: dict[str, Any], segments: list[RedactedSegment]) -> str:
    """The flush DLQ entry: the request and the redacted segments it could not deliver."""
    return json.dumps({"request": request,
                       "segments": [json.loads(s.model_dump_json()) for s in segments]})
