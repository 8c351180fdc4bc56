"""Bank details: IBAN (mod-97), ABA routing numbers (checksum) and account numbers."""

from __future__ import annotations

import re

from .base import SCORE_CONTEXT, SCORE_VALIDATED, Candidate, Detector, digit_count_between

# IBAN lengths by country (ISO 13616 registry), for the countries whose callers we expect most;
# other countries fall back to the generic 15..34 range.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "CH": 21, "CY": 28,
    "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23,
    "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "KW": 30, "LI": 21,
    "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PK": 24, "PL": 28,
    "PT": 25, "QA": 29, "RO": 24, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TR": 26,
    "UA": 29,
}
# Country code, check digits, then up to 30 alphanumerics in groups of any size.
IBAN_RE = re.compile(r"\b[a-z]{2}\d{2}(?: ?[a-z0-9]){11,30}\b")


def iban_valid(compact: str) -> bool:
    """ISO 7064 mod-97: move the first four characters to the end, letters to numbers."""
    if not 15 <= len(compact) <= 34:
        return False
    expected = IBAN_LENGTHS.get(compact[:2].upper())
    if expected is not None and len(compact) != expected:
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def find_ibans(canonical: str) -> list[tuple[int, int]]:
    """Canonical spans of valid IBANs; a match that runs into the next word is trimmed."""
    spans = []
    for m in IBAN_RE.finditer(canonical):
        text = m.group()
        # Trim whole trailing words until the remainder validates.
        while text:
            if iban_valid(text.replace(" ", "")):
                spans.append((m.start(), m.start() + len(text)))
                break
            cut = text.rfind(" ")
            if cut <= 4:
                break
            text = text[:cut]
    return spans


def aba_valid(digits: str) -> bool:
    """ABA routing checksum: 3-7-1 weights over nine digits, sum divisible by ten."""
    if len(digits) != 9:
        return False
    weights = (3, 7, 1, 3, 7, 1, 3, 7, 1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


class IbanDetector(Detector):
    """IBANs are found by `find_ibans`; announced fragments ("my iban is gb77") go here."""

    entity_type = "IBAN"

    def with_context(self, cand: Candidate) -> float | None:
        if cand.kind in ("alnum", "number") and len(cand.text) >= 4:
            return SCORE_CONTEXT
        return None


class RoutingNumberDetector(Detector):
    entity_type = "ROUTING_NUMBER"

    def with_context(self, cand: Candidate) -> float | None:
        if not digit_count_between(cand, 4, 11):
            return None
        return SCORE_VALIDATED if aba_valid(cand.digits) else SCORE_CONTEXT


class BankAccountDetector(Detector):
    entity_type = "BANK_ACCOUNT"

    def with_context(self, cand: Candidate) -> float | None:
        if digit_count_between(cand, 4, 20) or (cand.kind == "alnum" and len(cand.text) >= 6):
            return SCORE_CONTEXT
        return None
