"""The pipeline's one error hierarchy, and error messages that never quote transcript text.

Every failure belongs to one of three families, and the family decides what happens to it:

- `PoisonInput`: the input can never be processed (malformed, too large, not a transcript). It
  goes to a dead-letter queue at once with its reason; retrying cannot help.
- `RetryLater`: something outside us is busy or briefly inconsistent (a conditional write lost a
  race, the buffer is full, the gateway answered 429 or 5xx). SQS redelivers after a visibility
  timeout; after the last attempt the message reaches a DLQ with its reason.
- `NeedsOperator`: configuration or permissions are wrong (credentials refused, a secret that
  cannot be read, the gateway rejecting our requests). Retrying without a change cannot help;
  the reason names what an operator has to fix.

Messages name fields, ids and counts, never the text of an utterance.
"""

from __future__ import annotations

from pydantic import ValidationError


class PipelineError(Exception):
    """Base of every error the pipeline raises on purpose."""


class PoisonInput(PipelineError, ValueError):
    """Input that can never be processed; dead-lettered at once with the message as reason."""


class RetryLater(PipelineError):
    """A transient failure; the message is retried by SQS (visibility timeout, then a DLQ)."""


class NeedsOperator(PipelineError, RuntimeError):
    """Configuration or permissions are wrong: retrying cannot help, an operator must act."""


# -- ingress ---------------------------------------------------------------------------------

class GenesysMessageError(PoisonInput):
    """A Genesys message that cannot be understood; says which field, never the text."""


class GenesysAuthError(NeedsOperator):
    """Genesys refused our OAuth client's credentials or permissions."""


class SecretUnavailable(NeedsOperator):
    """A secret could not be read; the message names the secret, never its value."""


# -- buffering -------------------------------------------------------------------------------

class PoisonEvent(PoisonInput):
    """A transcript event that can never be redacted and stored; the message says why."""


class DuplicateUtterance(PipelineError):
    """The utterance is already stored (a redelivered event): not a failure, nothing to do."""


class StaleSession(RetryLater):
    """The session item changed under us; re-read it and try again."""


class BufferFull(RetryLater):
    """Too many segments wait for the gateway; the event is retried later."""


class LeaseHeld(RetryLater):
    """Another flush holds the session's lease, or the conversation is backing off."""


# -- delivery --------------------------------------------------------------------------------

class MissingSegments(RetryLater):
    """The pending segments do not match the counters (a bug: retried, then dead-lettered)."""


class GatewayError(PipelineError):
    """A failed gateway call; `status` is the HTTP status when there was one."""

    def __init__(self, message: str, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class RetryableGatewayError(GatewayError, RetryLater):
    """The gateway is busy or down (429, 5xx, time-outs, dropped connections)."""


class FatalGatewayError(GatewayError, NeedsOperator):
    """The gateway rejected the request in a way a retry will not change (401, 403, 4xx)."""


class GatewayResponseError(FatalGatewayError):
    """The gateway answered 2xx with a body that is not a chat completion."""


def describe_validation_error(exc: ValidationError) -> str:
    """'field: problem' for each error, naming fields of the schema only.

    Nothing of the input is quoted: not its values, and not its keys either (an unexpected
    field's name, or a tag value, is input a caller controls and may hold transcript text).
    """
    parts = []
    for err in exc.errors(include_input=False, include_url=False):
        kind, loc = err["type"], list(err["loc"])
        if kind == "json_invalid":
            parts.append(f"not valid JSON ({err['ctx'].get('error', err['msg'])})")
            continue
        message = err["msg"]
        if kind == "extra_forbidden":
            loc, message = loc[:-1], "a field the schema does not have"
        elif kind in ("union_tag_invalid", "union_tag_not_found"):
            expected = err.get("ctx", {}).get("expected_tags", "")
            message = f"not a known kind (expected {expected})" if expected else \
                "no kind given"
        where = ".".join(str(p) for p in loc) or "(document)"
        parts.append(f"{where}: {message}")
    return "; ".join(parts)
