"""IP addresses (v4 and v6), typed or spoken ("ten dot one dot ...")."""

from __future__ import annotations

import ipaddress

from .base import SCORE_CONTEXT, SCORE_VALIDATED, Candidate, Detector


def ip_valid(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


class IpAddressDetector(Detector):
    entity_type = "IP_ADDRESS"

    def with_context(self, cand: Candidate) -> float | None:
        """Asked for, or read in parts: "169.254" is the first half of one (the engine makes
        such candidates only while an address is awaited)."""
        if cand.kind == "ippart":
            return SCORE_CONTEXT
        return self.without_context(cand)

    def without_context(self, cand: Candidate) -> float | None:
        if cand.kind == "ip" and ip_valid(cand.text):
            return SCORE_VALIDATED
        return None
