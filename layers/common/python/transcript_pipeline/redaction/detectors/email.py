"""E-mail addresses, typed or spoken ("john dot smith at gmail dot com").

The normaliser has already turned spoken addresses into typed ones, so this detector only
confirms the shape of what it was handed.
"""

from __future__ import annotations

from .base import SCORE_CONTEXT, SCORE_VALIDATED, Candidate, Detector


class EmailDetector(Detector):
    entity_type = "EMAIL_ADDRESS"

    def with_context(self, cand: Candidate) -> float | None:
        if cand.kind == "email":
            return SCORE_VALIDATED
        # "my email is j smith seventy" with no domain: the spelled or alphanumeric handle.
        return SCORE_CONTEXT if cand.kind in ("alnum", "spelled") else None

    def without_context(self, cand: Candidate) -> float | None:
        return SCORE_VALIDATED if cand.kind == "email" else None
