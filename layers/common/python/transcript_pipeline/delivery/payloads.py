"""Pydantic models of the gateway's side: the chat-completions request we send, the answer as
OpenAI-compatible servers return it, and the answer event the flush function publishes.

Apart from `core/models.py` so that only the flush function builds them: a model's schema is
built when its class is defined, and the redact function's cold start has no use for these.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class ChatMessage(BaseModel):
    role: Literal["system", "user", "assistant"]
    content: str


class ChatCompletionRequest(BaseModel):
    """The chat-completions request body: standard fields only, so every OpenAI-compatible
    server takes it. The conversation id goes in `user`; `metadata` (ids only) is sent only
    with `store`, as the OpenAI API requires. Serialise with `exclude_none`."""

    model: str
    messages: list[ChatMessage]
    user: str | None = None
    temperature: float | None = None
    max_tokens: int | None = None
    response_format: dict[str, object] | None = None
    store: bool | None = None
    metadata: dict[str, str] | None = None


# What comes back is read tolerantly: every OpenAI-compatible server adds fields of its own
# (nested usage details, `system_fingerprint`, `service_tier`, vLLM's null details), and a
# refusal or a tool call arrives with `content` null. Unknown fields are ignored, nullable ones
# are nullable; only the shape that makes it a chat completion is required.
class ChatUsage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None


class AssistantMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: str = "assistant"
    content: str | None = None
    refusal: str | None = None
    tool_calls: list[dict[str, object]] | None = None


class ChatChoice(BaseModel):
    model_config = ConfigDict(extra="ignore")

    index: int | None = None
    message: AssistantMessage
    finish_reason: str | None = None


class ChatCompletionResponse(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str | None = None
    object: str | None = None
    model: str | None = None
    choices: list[ChatChoice] = Field(min_length=1)
    usage: ChatUsage | None = None
    system_fingerprint: str | None = None


class AgentSuggestion(BaseModel):
    """The structured answer asked for with `GATEWAY_RESPONSE_FORMAT=json_schema`: what the
    agent sees, placed beside the turns it answers. Strict, so the schema sent (derived from
    this model) and the check on return are one definition."""

    model_config = ConfigDict(extra="forbid")

    suggestion: str = Field(description="What the agent could say or do next, in one or two "
                                        "sentences; tags such as [PERSON_1] kept as they are.")
    next_steps: list[str] = Field(description="Short follow-up actions for the agent, in order.")
    customer_intent: str = Field(description="What the customer wants, in a few words.")


class GatewayAnswer(BaseModel):
    """What the flush Lambda publishes after the gateway confirmed a batch: joined to the turns
    it answers (sequence numbers and Genesys utterance ids), with the model, its token usage,
    the gateway's latency and the pseudonym tags the answer mentions, so a consumer can place
    it on the agent's screen and resolve each tag against the turns it already shows.

    `content` is None when the model answered with a refusal (`refusal` holds it) or only with
    tool calls (`tool_calls` counts them): the batch was still delivered and is confirmed.
    `suggestion` holds the parsed answer when a JSON schema was asked for.
    `truncated_from_bytes` is set when the answer was cut to fit one EventBridge event (256 KB):
    the size of the content before the cut.
    """

    conversation_id: str
    first_seq: int
    last_seq: int
    first_utterance_id: str
    last_utterance_id: str
    idempotency_key: str
    response_id: str | None = None  # the gateway's id of its answer ("chatcmpl-...")
    content: str | None
    refusal: str | None = None
    tool_calls: int = 0
    finish_reason: str | None = None
    model: str | None = None
    usage: ChatUsage | None = None
    latency_ms: int
    tags: list[str] = Field(default_factory=list)
    suggestion: AgentSuggestion | None = None
    truncated_from_bytes: int | None = None
