"""US social security numbers: full, or the last four when that is what was asked for."""

from __future__ import annotations

from .base import SCORE_CONTEXT, SCORE_VALIDATED, Candidate, Detector
from .validators import ssn_valid


class SsnDetector(Detector):
    entity_type = "US_SSN"

    def with_context(self, cand: Candidate) -> float | None:
        if cand.kind != "number":
            return None
        n = len(cand.digits)
        if n == 9:
            return SCORE_VALIDATED if ssn_valid(cand.digits) else SCORE_CONTEXT
        # "the last four of your social", or part of a number read out in pieces.
        return SCORE_CONTEXT if 3 <= n <= 11 else None

    def without_context(self, cand: Candidate) -> float | None:
        # Only the typed 3-2-4 layout is evidence enough on its own.
        if cand.kind == "number" and cand.groups == (3, 2, 4) and ssn_valid(cand.digits):
            return SCORE_VALIDATED
        return None
