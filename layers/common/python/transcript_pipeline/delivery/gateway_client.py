"""The OpenAI-compatible LLM gateway: building the request, sending it, classifying failures.

Every outcome is one of three: `ChatCompletionResponse` (confirmed), `RetryableGatewayError`
(429, 5xx, timeouts, dropped connections, an unreadable answer: SQS tries again later), or
`FatalGatewayError` (401/403 and other client errors: retrying cannot help, so the request goes
to the flush DLQ at once, loudly). Error messages carry status codes and ids, never the body we
sent.
"""

from __future__ import annotations

import hashlib
from email.utils import parsedate_to_datetime
from time import monotonic, time
from typing import Literal

import httpx
from pydantic import ValidationError

from transcript_pipeline.core.errors import (
    FatalGatewayError,
    GatewayResponseError,
    RetryableGatewayError,
    describe_validation_error,
)
from transcript_pipeline.core.models import RedactedSegment
from transcript_pipeline.delivery.payloads import (
    ChatCompletionRequest,
    ChatCompletionResponse,
    ChatMessage,
)

SPEAKERS = {"INTERNAL": "agent", "EXTERNAL": "customer"}
ROLES: dict[str, Literal["assistant", "user"]] = {  # the agent speaks as the assistant
    "INTERNAL": "assistant", "EXTERNAL": "user"}
RETRYABLE_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


def idempotency_key(conversation_id: str, first_seq: int, last_seq: int) -> str:
    """The same batch always gets the same key, so a retried send is recognisable."""
    digest = hashlib.sha256(f"{conversation_id}:{first_seq}:{last_seq}".encode()).hexdigest()
    return digest[:32]


CONTEXT_HEADER = "Earlier in this call (context only, already answered):"


def build_request(
    model: str, system_prompt: str, conversation_id: str, segments: list[RedactedSegment],
    key: str, store: bool = False, context: list[RedactedSegment] | None = None,
    temperature: float | None = None, max_tokens: int | None = None,
    response_format: dict[str, object] | None = None,
) -> ChatCompletionRequest:
    """System prompt, the call so far as one marked context message, then the new turns in
    order: agent as `assistant`, customer as `user`.

    Ids travel in headers (`batch_headers`) and in `user`; `metadata` only with `store`.
    Optional fields are sent only when configured, so a strict server never sees one unasked.
    """
    messages = [ChatMessage(role="system", content=system_prompt)]
    if context:
        lines = [f"{SPEAKERS.get(s.channel, 'customer')}: {s.text}" for s in context]
        messages.append(ChatMessage(role="user", content="\n".join([CONTEXT_HEADER, *lines])))
    messages.extend(
        ChatMessage(role=ROLES.get(s.channel, "user"), content=s.text) for s in segments
    )
    request = ChatCompletionRequest(model=model, messages=messages, user=conversation_id,
                                    temperature=temperature, max_tokens=max_tokens,
                                    response_format=response_format)
    if store:
        request.store = True
        request.metadata = {"conversation_id": conversation_id,
                            "first_seq": str(segments[0].seq),
                            "last_seq": str(segments[-1].seq), "idempotency_key": key}
    return request


def new_turns(messages: list[dict[str, object]]) -> list[str]:
    """The turns a request body asks about: not the system prompt, not the marked context."""
    return [str(m["content"]) for m in messages if m["role"] != "system"
            and not str(m["content"]).startswith(CONTEXT_HEADER)]


def batch_headers(conversation_id: str, segments: list[RedactedSegment]) -> dict[str, str]:
    """Ids for the gateway's logs and routing: in headers, where no body schema objects."""
    return {"X-Conversation-Id": conversation_id,
            "X-Batch-First-Seq": str(segments[0].seq),
            "X-Batch-Last-Seq": str(segments[-1].seq)}


MAX_RESPONSE_BYTES = 1_000_000
CONNECT_SECONDS = 5.0
# A request with less time than this left would most likely be cut off mid-flight, leaving the
# gateway holding a batch we never saw confirmed: it is not started.
MIN_REQUEST_SECONDS = 2.0


def _capped(seconds: float | None, cap: float) -> float | None:
    return None if seconds is None else min(seconds, cap)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time())
    except (TypeError, ValueError):
        return None


class GatewayClient:
    """One HTTP client per process; keeps connections alive between invocations."""

    def __init__(self, url: str, timeout: float, http: httpx.Client | None = None,
                 max_retry_after: float = 900,
                 max_response_bytes: int = MAX_RESPONSE_BYTES) -> None:
        self.url = url
        self.timeout = timeout  # for the whole request, not per read: see `_read`
        self.max_retry_after = max_retry_after
        self.max_response_bytes = max_response_bytes
        self.http = http or httpx.Client(
            timeout=httpx.Timeout(timeout, connect=CONNECT_SECONDS))

    def send(
        self, request: ChatCompletionRequest, api_key: str, key: str,
        ids: dict[str, str] | None = None, deadline: float | None = None,
    ) -> ChatCompletionResponse:
        """POST one batch; `deadline` (a `time.monotonic()` instant) is when the caller must
        have its answer, so a request never outlives the invocation that makes it."""
        budget = self.timeout if deadline is None else min(self.timeout, deadline - monotonic())
        if budget < min(MIN_REQUEST_SECONDS, self.timeout):
            # Better unsent than cut off mid-flight by the function's own timeout: the batch
            # stays pending and the next attempt sends it with the same idempotency key.
            raise RetryableGatewayError(
                f"only {max(budget, 0):.1f} s of the invocation left, under the "
                f"{MIN_REQUEST_SECONDS:.0f} s a request needs; left for the next attempt")
        headers = {"Authorization": f"Bearer {api_key}", "Idempotency-Key": key, **(ids or {}),
                   "Content-Type": "application/json"}
        try:
            status, response_headers, body = self._read(
                request.model_dump_json(exclude_none=True), headers, budget)
        except httpx.TimeoutException:
            raise RetryableGatewayError("gateway timed out") from None
        except httpx.TransportError as exc:
            raise RetryableGatewayError(f"gateway connection failed: {type(exc).__name__}") \
                from None
        if status in (401, 403):
            raise FatalGatewayError(
                f"gateway refused the API key (HTTP {status}): check the secret that "
                "GATEWAY_SECRET_NAME names and the key's permissions on the gateway", status)
        if status in RETRYABLE_STATUS or status >= 500:
            raise RetryableGatewayError(
                f"gateway answered HTTP {status}", status,
                _capped(parse_retry_after(response_headers.get("Retry-After")),
                        self.max_retry_after))
        if status >= 300:
            raise FatalGatewayError(f"gateway rejected the request (HTTP {status})", status)
        try:
            return ChatCompletionResponse.model_validate_json(body)
        except ValidationError as exc:
            # A 200 that is no chat completion (an HTML login page, a proxy's own JSON) will not
            # become one on a retry: the batch goes to the DLQ with the reason, now.
            raise GatewayResponseError(
                f"gateway answered HTTP {status} with a body that is not a chat completion "
                f"({describe_validation_error(exc)})", status) from None

    def _read(self, content: str, headers: dict[str, str],
              budget: float) -> tuple[int, httpx.Headers, bytes]:
        """POST and read the answer within one overall deadline and size limit.

        httpx's timeout bounds each read, so a gateway that drips a byte a second would hold
        the call for as long as it likes (73 s seen, past the function's own timeout): the
        whole exchange gets `budget` seconds here, and an answer over `max_response_bytes` is
        a gateway error rather than a multi-megabyte log line or event.
        """
        deadline = monotonic() + budget
        timeout = httpx.Timeout(budget, connect=min(CONNECT_SECONDS, budget))
        with self.http.stream("POST", self.url, content=content, headers=headers,
                              timeout=timeout) as response:
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_response_bytes:
                    raise GatewayResponseError(
                        f"gateway answer over {self.max_response_bytes:,} bytes "
                        f"(HTTP {response.status_code})", response.status_code)
                if monotonic() > deadline:
                    raise httpx.ReadTimeout("the answer did not complete within the deadline")
                chunks.append(chunk)
            return response.status_code, response.headers, b"".join(chunks)
