"""An OpenAI-strict check of a chat-completions request body, for the tests.

The schema is the published one, as the OpenAI SDK ships it (`openai-python`'s
`CompletionCreateParamsNonStreaming`, generated from the API's OpenAPI document), with fields
it does not define refused, as the OpenAI API refuses them; plus the rule the schema cannot
express, which the API enforces: "The 'metadata' parameter is only allowed when 'store' is
enabled."
"""

from __future__ import annotations

from typing import Any

from openai.types.chat.completion_create_params import CompletionCreateParamsNonStreaming
from pydantic import ConfigDict, TypeAdapter, ValidationError

METADATA_WITHOUT_STORE = "The 'metadata' parameter is only allowed when 'store' is enabled."


class _StrictParams(CompletionCreateParamsNonStreaming, total=False):
    pass


_StrictParams.__pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[attr-defined]
_ADAPTER = TypeAdapter(_StrictParams)


def openai_strict_errors(body: dict[str, Any]) -> list[str]:
    """What the OpenAI API would refuse in `body`; empty when it accepts it."""
    try:
        params = _ADAPTER.validate_python(body)
        list(params["messages"])  # iterable fields are validated as they are read
    except ValidationError as exc:
        return [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
    except KeyError as exc:
        return [f"{exc.args[0]}: Field required"]
    errors = [f"{name}: Field required" for name in ("model", "messages") if name not in body]
    if "metadata" in body and body.get("store") is not True:
        errors.append(METADATA_WITHOUT_STORE)
    return errors
