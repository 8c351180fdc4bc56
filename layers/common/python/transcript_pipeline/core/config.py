"""Configuration from the environment, validated once at start-up.

Secrets are not configuration: only the *names* of Secrets Manager secrets are read here; the
values are fetched (and cached) by `secrets.py`.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Literal
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .entities import ENTITY_TYPES

_LOOPBACK = ("localhost", "127.0.0.1", "::1")
_API_VERSION = re.compile(r"v\d+(?:beta\d*|alpha\d*)?")  # the last segment of a base URL


class Settings(BaseModel):
    """Every setting, its default and the environment variable it comes from (upper-cased)."""

    model_config = ConfigDict(frozen=True)

    table_name: str = "transcript-sessions"
    events_queue_url: str = ""
    flush_queue_url: str = ""
    events_dlq_url: str = ""
    flush_dlq_url: str = ""
    event_bus_name: str = "default"
    gateway_url: str = "https://llm-gateway.invalid/v1/chat/completions"
    gateway_model: str = "gpt-4o-mini"
    # Ask the gateway to store the completion (OpenAI's `store`), and only then send `metadata`
    # with the ids: the OpenAI API refuses `metadata` without `store`.
    gateway_store: bool = False
    gateway_secret_name: str = "transcript-pipeline/gateway-api-key"
    gateway_timeout_seconds: float = Field(default=20.0, gt=0, le=120)
    # Sampling settings sent only when set: a gateway or model that rejects one of them is
    # never sent it unasked.
    gateway_temperature: float | None = Field(default=None, ge=0, le=2)
    gateway_max_tokens: int | None = Field(default=None, ge=1, le=100_000)
    # "json_schema" asks for structured suggestions (delivery/suggestions.py) and checks the
    # answer against the schema; "text" leaves the answer free-form.
    gateway_response_format: Literal["text", "json_schema"] = "text"
    system_prompt: str = (
        "You assist a contact-centre agent. Personal data in the transcript has been replaced "
        "by tags such as [PERSON_1] or [CREDIT_CARD_1]: one tag stands for one person or value "
        "throughout the call. Never ask for the data behind a tag."
    )
    # Earlier redacted turns sent before each batch, marked as context: a typical call's
    # first 20 turns or its last 20, so the model reads the batch with the call so far.
    context_turns: int = Field(default=20, ge=0, le=200)
    flush_size: int = Field(default=10, ge=1, le=500)
    max_batch_age_seconds: int = Field(default=60, ge=0, le=900)
    max_segments_per_request: int = Field(default=50, ge=1, le=500)
    lease_seconds: int = Field(default=60, ge=5, le=900)
    session_ttl_days: int = Field(default=7, ge=1, le=365)
    # Partitions of the pending index the sweep queries (see buffering/session_buffer.py).
    sweep_shards: int = Field(default=8, ge=1, le=100)
    entity_policy: str = ",".join(ENTITY_TYPES)
    # Pseudonyms by default: one tag per person and per value across the call ("[PERSON_1]"
    # is the caller in every turn), so the model can tell who is who; "type" gives the
    # anonymous "[REDACTED_PERSON]".
    placeholder: Literal["type", "pseudonym"] = "pseudonym"
    redaction_key_secret_name: str = ""
    forward_interim: bool = False
    transcript_text_field: Literal["transcript", "decoratedTranscript"] = "transcript"
    flush_max_receive_count: int = Field(default=5, ge=1, le=1000)
    retry_base_seconds: int = Field(default=5, ge=1, le=900)
    retry_max_seconds: int = Field(default=900, ge=1, le=43_200)
    # A gateway's Retry-After is honoured up to this (999999 s or a date years ahead would
    # otherwise hold a call back beyond its TTL).
    retry_after_max_seconds: int = Field(default=900, ge=1, le=43_200)
    # A conversation whose oldest pending segment is older than this is counted as stalled
    # (metric StalledConversations, alarmed; its id in the sweep's log line): the gateway has
    # not taken it for that long. Minutes in production; seconds in tests.
    stalled_after_seconds: int = Field(default=1800, ge=1, le=86_400)

    @field_validator("gateway_temperature", "gateway_max_tokens", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        """A template parameter left empty arrives as "": the setting is not sent."""
        return None if value == "" else value

    @field_validator("gateway_url")
    @classmethod
    def _https_unless_loopback(cls, value: str) -> str:
        """An https endpoint (http only on loopback). A base URL as OpenAI's SDKs take it
        ("https://gw.example/v1", or the host alone) means its chat-completions endpoint:
        operators copy that form from their gateway's page, and posting to it gets a 404."""
        url = urlparse(value)
        if not (url.scheme == "https" or (url.scheme == "http" and url.hostname in _LOOPBACK)):
            raise ValueError("must be an https:// URL (plain http is allowed only on loopback)")
        path = url.path.rstrip("/")
        if path == "" or _API_VERSION.fullmatch(path.rsplit("/", 1)[-1]):
            return url._replace(path=f"{path}/chat/completions").geturl()
        return value

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values = {name: env[name.upper()] for name in cls.model_fields if name.upper() in env}
        return cls.model_validate(values)


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The process's settings, validated on first use (at cold start in a Lambda)."""
    return Settings.from_env()
