"""When to try a failed flush again: exponential backoff with full jitter, or Retry-After.

SQS does the waiting (the message's visibility timeout); nothing here sleeps.
"""

from __future__ import annotations

import random

MAX_VISIBILITY = 43_200  # SQS's ceiling for a visibility timeout, in seconds


def backoff_seconds(
    attempt: int, base: int, cap: int, retry_after: float | None = None,
    rng: random.Random | None = None,
) -> int:
    """Seconds until the next attempt; `attempt` counts from 1 (the receive that failed)."""
    if retry_after is not None:
        return int(min(max(retry_after, 1), MAX_VISIBILITY))
    ceiling = min(cap, base * 2 ** max(attempt - 1, 0))
    jitter = (rng or random).uniform(0.5, 1.0)  # never retry sooner than half the backoff
    return int(min(max(1, ceiling * jitter), MAX_VISIBILITY))
