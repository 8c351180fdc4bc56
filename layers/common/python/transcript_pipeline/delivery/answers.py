"""Reading the model's answer for the agent: the structured suggestion, when one was asked for,
and the pseudonym tags the answer mentions.

The tags are what lets a consumer resolve "[PERSON_1]" against the turns it already shows; the
schema check is what lets it trust the shape of a suggestion. An answer that is not the shape
asked for is retried (a model's output varies between calls) and, if it never is, reaches the
flush DLQ with the reason: a consumer never receives a half-parsed suggestion.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import ValidationError

from transcript_pipeline.core.errors import (
    GatewayResponseError,
    RetryableGatewayError,
    describe_validation_error,
)
from transcript_pipeline.delivery.payloads import AgentSuggestion

SCHEMA_NAME = "agent_suggestion"
# "[PERSON_1]", "[CREDIT_CARD_2]": the pseudonyms of redaction/placeholders.py.
_TAG = re.compile(r"\[([A-Z][A-Z_]*_[0-9]+)\]")


@lru_cache(maxsize=1)
def response_format() -> dict[str, object]:
    """The `response_format` of a request asking for an `AgentSuggestion` (OpenAI's strict
    structured outputs: every property required, no others)."""
    return {"type": "json_schema",
            "json_schema": {"name": SCHEMA_NAME, "strict": True,
                            "schema": AgentSuggestion.model_json_schema()}}


def read_suggestion(content: str | None, finish_reason: str | None = None
                    ) -> AgentSuggestion | None:
    """The suggestion in an answer; None for an answer with no content (a refusal or only tool
    calls, reported as such). The error names fields of the schema, never the answer's text.

    An answer cut off at the token limit will be cut off again: that is for an operator
    (raise `GATEWAY_MAX_TOKENS`), not for a retry that pays for the same answer again."""
    if content is None:
        return None
    try:
        return AgentSuggestion.model_validate_json(content)
    except ValidationError as exc:
        if finish_reason == "length":
            raise GatewayResponseError(
                f"gateway answer was cut off at the token limit before the {SCHEMA_NAME} "
                "schema was complete: raise GATEWAY_MAX_TOKENS") from None
        raise RetryableGatewayError(
            f"gateway answer does not match the {SCHEMA_NAME} schema "
            f"({describe_validation_error(exc)})") from None


def mentioned_tags(*texts: str | None) -> list[str]:
    """The pseudonym tags in the texts, once each, in order of first mention."""
    found = (m.group(1) for text in texts if text for m in _TAG.finditer(text))
    return list(dict.fromkeys(found))
