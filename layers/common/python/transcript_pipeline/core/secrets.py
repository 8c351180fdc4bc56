"""Secrets from Secrets Manager, cached for a few minutes, never printed.

A small cache of our own rather than Powertools Parameters: Parameters imports boto3 and its
AppConfig support, which would add ~100 ms to every cold start for one GetSecretValue call.
"""

from __future__ import annotations

import threading
import time

from botocore.exceptions import BotoCoreError, ClientError
from pydantic import SecretStr

from transcript_pipeline.core.errors import SecretUnavailable

from .aws import client

CACHE_SECONDS = 300  # a rotated key is picked up within five minutes, or at once after a 401

_cache: dict[str, tuple[float, SecretStr]] = {}
_lock = threading.Lock()


def get_secret(name: str, *, refresh: bool = False) -> SecretStr:
    """The secret's string value; `refresh` skips the cache (after the gateway said 401)."""
    now = time.monotonic()
    with _lock:
        cached = _cache.get(name)
    if cached and not refresh and now - cached[0] < CACHE_SECONDS:
        return cached[1]
    try:
        response = client("secretsmanager").get_secret_value(SecretId=name)
    except ClientError as exc:
        code = exc.response.get("Error", {}).get("Code", "error")
        raise SecretUnavailable(f"cannot read secret {name!r}: {code}") from None
    except BotoCoreError as exc:
        raise SecretUnavailable(f"cannot read secret {name!r}: {type(exc).__name__}") from None
    value = response.get("SecretString")
    if not value:
        raise SecretUnavailable(f"secret {name!r} has no string value")
    secret = SecretStr(value)
    with _lock:
        _cache[name] = (now, secret)
    return secret


def reset() -> None:
    """Forget cached secrets (a new endpoint or account)."""
    with _lock:
        _cache.clear()
