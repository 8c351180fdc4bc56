"""Secrets from Secrets Manager through Powertools Parameters (cached), never printed."""

from __future__ import annotations

from functools import lru_cache

from aws_lambda_powertools.utilities import parameters
from pydantic import SecretStr

from .aws import client

CACHE_SECONDS = 300  # a rotated key is picked up within five minutes, or at once after a 401


class SecretUnavailable(RuntimeError):
    """The secret could not be read; the message names the secret, never its value."""


@lru_cache(maxsize=1)
def _provider() -> parameters.SecretsProvider:
    return parameters.SecretsProvider(boto3_client=client("secretsmanager"))


def get_secret(name: str, *, refresh: bool = False) -> SecretStr:
    """The secret's string value; `refresh` skips the cache (after the gateway said 401)."""
    try:
        value = _provider().get(name, max_age=CACHE_SECONDS, force_fetch=refresh)
    except parameters.exceptions.GetParameterError as exc:
        cause = exc.__cause__
        code = getattr(cause, "response", {}).get("Error", {}).get("Code", type(cause).__name__)
        raise SecretUnavailable(f"cannot read secret {name!r}: {code}") from None
    if not isinstance(value, str) or not value:
        raise SecretUnavailable(f"secret {name!r} has no string value")
    return SecretStr(value)


def reset() -> None:
    """Forget the provider and its cache (a new endpoint or account)."""
    _provider.cache_clear()
