"""Identity documents and member numbers: driver's licence, passport, member/policy id.

Their formats differ by issuer (a letter and seven digits, nine digits, three letters and nine
digits), so no pattern is evidence on its own; what the speaker announced decides.
"""

from __future__ import annotations

from .base import SCORE_CONTEXT, Candidate, Detector


class _IdentifierDetector(Detector):
    min_length = 5

    def with_context(self, cand: Candidate) -> float | None:
        if cand.kind in ("number", "alnum", "spelled", "code") \
                and len(cand.text) >= self.min_length:
            return SCORE_CONTEXT
        return None


class DriverLicenseDetector(_IdentifierDetector):
    entity_type = "DRIVER_LICENSE"


class PassportDetector(_IdentifierDetector):
    entity_type = "PASSPORT"


class MemberIdDetector(_IdentifierDetector):
    entity_type = "MEMBER_ID"
