"""Phone numbers, NANP and international, validated with Google's libphonenumber rules.

`phonenumbers` is the field's library: it knows every country's numbering plan, which no
hand-written pattern does. It is imported lazily: it costs tens of milliseconds, and most
utterances never need it.
"""

from __future__ import annotations

from functools import lru_cache

from .base import SCORE_CONTEXT, SCORE_VALIDATED, Candidate, Detector, typed_date

_DEFAULT_REGION = "US"
# Countries whose callers a contact centre hears most: a number typed in groups in one of their
# national formats ("06 12 34 56 78", "020 7946 0958", "070-123 45 67") is taken as a phone.
_NATIONAL_REGIONS = ("GB", "IE", "FR", "DE", "ES", "IT", "NL", "BE", "SE", "NO", "DK", "FI",
                     "PL", "PT", "CH", "AT", "AU", "NZ", "IN", "ZA", "NG", "KE", "PH", "SG",
                     "MX", "BR", "AE", "JP", "CA")


@lru_cache(maxsize=4096)
def phone_valid(digits: str, international: bool) -> bool:
    """True when libphonenumber accepts the digits as a number in use.

    A number read with "plus" and a country code only has to be possible (the right length for
    its country): nothing else is said that way, and ranges kept for fiction or testing
    ("+44 7700 900123") are still someone's phone on a call.
    """
    import phonenumbers

    text = ("+" if international else "") + digits
    try:
        number = phonenumbers.parse(text, None if international else _DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return False
    if international:
        return phonenumbers.is_possible_number(number)
    return phonenumbers.is_valid_number(number)


def national_phone_valid(digits: str, personal: bool = False) -> bool:
    """True when some common country's numbering plan accepts the digits as a national number;
    `personal`: a line or a mobile someone is reached on, not a business's freephone, shared
    cost or premium number ("0800 123 456")."""
    import phonenumbers

    types = set()
    for region in _NATIONAL_REGIONS:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        if not personal:
            return True
        types.add(phonenumbers.number_type(number))
    # A business's number in one country is likely one everywhere; a company's "0345" line
    # (UAN) too, unless a mobile somewhere ("0711 ..." is Kenya's and Finland's UAN)
    return bool(types) and not (types & _BUSINESS_LINES) \
        and not (_UAN in types and not types & _MOBILES)


def _a_mobile_in(digits: str, region: str) -> bool:
    """The digits are a mobile's national number in the region's numbering plan."""
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) \
        and phonenumbers.number_type(number) in _MOBILES


_BUSINESS_LINES = frozenset((3, 4, 5))  # TOLL_FREE, PREMIUM_RATE, SHARED_COST
_UAN = 9  # universal access number: "0345 300 0000"
_MOBILES = frozenset((1, 2))  # MOBILE, FIXED_LINE_OR_MOBILE


def _nanp_shaped(digits: str) -> bool:
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    return len(digits) == 10 and digits[0] in "23456789" and digits[3] in "23456789"


class PhoneDetector(Detector):
    entity_type = "PHONE_NUMBER"

    def with_context(self, cand: Candidate) -> float | None:
        if cand.kind != "number":
            return None
        n = len(cand.digits)
        if 7 <= n <= 15:
            return SCORE_VALIDATED if phone_valid(cand.digits, cand.plus) else SCORE_CONTEXT
        return SCORE_CONTEXT if 3 <= n <= 6 else None  # part of a number read out in pieces

    def without_context(self, cand: Candidate) -> float | None:
        if cand.kind != "number" or not 8 <= len(cand.digits) <= 15 or typed_date(cand):
            return None
        if cand.digits[0] == "0" and not cand.plus \
                and (len(cand.groups) >= 3 or len(cand.digits) >= 10) \
                and national_phone_valid(cand.digits):
            # A national format: a trunk prefix, and groups or the length of a full number
            # ("020 7946 0958", "oh eight seven one two three ..." read in one breath).
            return SCORE_CONTEXT
        formatted = cand.plus or cand.paren or cand.groups in ((3, 3, 4), (1, 3, 3, 4))
        if cand.groups == (5, 5) and _a_mobile_in(cand.digits, "IN"):
            return SCORE_CONTEXT  # an Indian mobile as it is written: "94470 61238"
        if not (formatted or _nanp_shaped(cand.digits)):
            return None
        if not phone_valid(cand.digits, cand.plus):
            # A national number with no trunk prefix ("347 123 4567", an Italian mobile): a
            # phone's shape, but no evidence against an announced "order" or "ticket".
            return SCORE_CONTEXT if cand.groups == (3, 3, 4) \
                and national_phone_valid(cand.digits) else None
        # A bare ten-digit run is probably a phone number, but not evidence enough to override
        # an "order number" or "ticket" the speaker announced.
        return SCORE_VALIDATED if formatted else SCORE_CONTEXT
