"""Payment cards: the card number, its expiry date and its security code."""

from __future__ import annotations

from .. import patterns as rx
from .base import SCORE_CONTEXT, SCORE_VALIDATED, Candidate, Detector, digit_count_between
from .validators import luhn_valid

# Issuer identification ranges (leading digits) of the networks a contact centre takes.
_ISSUER_RE = rx.compile(
    r"^(?:4"  # Visa
    r"|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)"  # Mastercard
    r"|3[47]"  # American Express
    r"|6(?:011|5|4[4-9]|22)"  # Discover
    r"|35(?:2[89]|[3-8]\d)"  # JCB
    r"|3(?:0[0-5]|[689])"  # Diners Club
    r"|62|81"  # UnionPay
    r"|5[06-9]|6\d)"  # Maestro
)


# How each network's numbers are printed: 4-4-4-4 (Visa, Mastercard, Discover), 4-6-5 (Amex),
# 4-6-4 (Diners Club); the grouping and the network's prefix together.
_PRINTED = {(4, 4, 4, 4): rx.compile(r"^(?:4|5[1-5]|2[2-7]|6)"), (4, 6, 5): rx.compile(r"^3[47]"),
            (4, 6, 4): rx.compile(r"^3[068]")}


def _printed_like_a_card(cand: Candidate) -> bool:
    shape = _PRINTED.get(cand.groups)
    return shape is not None and shape.match(cand.digits) is not None


def is_card_number(digits: str) -> bool:
    """13 to 19 digits, a known issuer prefix and a valid Luhn check digit."""
    return 13 <= len(digits) <= 19 and bool(_ISSUER_RE.match(digits)) and luhn_valid(digits)


class CreditCardDetector(Detector):
    """Card numbers in any grouping, typed or spoken, whole or read out in parts."""

    entity_type = "CREDIT_CARD"

    def with_context(self, cand: Candidate) -> float | None:
        # Announced card digits are redacted even when only part of the number is read out:
        # the rest may follow in the next utterance.
        if digit_count_between(cand, 4, 19):
            return SCORE_VALIDATED if is_card_number(cand.digits) else SCORE_CONTEXT
        return None

    def without_context(self, cand: Candidate) -> float | None:
        if cand.kind == "number" and (is_card_number(cand.digits) or _printed_like_a_card(cand)):
            # The grouping printed on the card is evidence too: a card typed with one digit
            # wrong fails its check digit, and is still the caller's card
            return SCORE_VALIDATED
        return None


class CardExpiryDetector(Detector):
    """Expiry dates: "06/31", "march 2031", "five twenty nine" (5/29)."""

    entity_type = "CARD_EXPIRY"

    def with_context(self, cand: Candidate) -> float | None:
        if cand.kind == "date" or digit_count_between(cand, 3, 6):
            return SCORE_CONTEXT
        return None


class CardSecurityCodeDetector(Detector):
    """CVV/CVC: three or four digits, only ever recognisable by what was asked for."""

    entity_type = "CARD_SECURITY_CODE"

    def with_context(self, cand: Candidate) -> float | None:
        return SCORE_CONTEXT if digit_count_between(cand, 3, 4) else None

