"""Dates of birth: numeric, spoken or with month names, recognised by what was asked."""

from __future__ import annotations

from .base import SCORE_CONTEXT, Candidate, Detector, digit_count_between


class DateOfBirthDetector(Detector):
    """A date is only personal data when it is someone's birth date: context decides."""

    entity_type = "DATE_OF_BIRTH"

    def with_context(self, cand: Candidate) -> float | None:
        if cand.kind == "date" or digit_count_between(cand, 3, 8):
            return SCORE_CONTEXT
        return None
