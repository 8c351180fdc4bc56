"""Identity documents and personal numbers: driver's licence, passport, national identifiers,
member/policy/customer numbers, vehicle plates.

Licence, passport and member formats differ by issuer (a letter and seven digits, nine digits,
three letters and nine digits), so no pattern is evidence on its own; what the speaker
announced decides. National identifiers are validated by python-stdnum: some are self-evident
(an Indian PAN, an Irish PPS number, a UK National Insurance number), the others count when
announced. Adding a country is a cue in `data/en/lexicon.json` and a module in
`validators`, not an engine change.
"""

from __future__ import annotations

import re

from .. import patterns as rx
from ..lexicon import CODE_LABELS, VEHICLE_MAKES, VEHICLE_MODELS, VEHICLE_WORDS
from ..names import common_word
from .base import SCORE_CONTEXT, SCORE_VALIDATED, Candidate, Detector
from .validators import (
    dated_id_checked,
    national_id_self_evident,
    national_id_typed,
    national_id_valid,
)


class _IdentifierDetector(Detector):
    min_length = 5
    min_spelled = 3  # "it's p f c ...": the start of an identifier read letter by letter

    def with_context(self, cand: Candidate) -> float | None:
        if cand.kind in ("number", "alnum", "spelled", "code") and len(cand.text) >= (
                self.min_spelled if cand.kind == "spelled" else self.min_length):
            return SCORE_CONTEXT
        return None


class DriverLicenseDetector(_IdentifierDetector):
    """Announced, any issuer's format; unannounced, only a shape no other value has: a GB
    (DVLA) licence number, sixteen characters that spell out the holder's surname, birth date
    and initials ("PARK9804152YJ9XX")."""

    entity_type = "DRIVER_LICENSE"

    def without_context(self, cand: Candidate) -> float | None:
        if cand.kind != "alnum":
            return None
        match = _DVLA_RE.fullmatch("".join(ch for ch in cand.text if ch.isalnum()).upper())
        if match is None:
            return None
        month, day = int(match["month"]) % 50, int(match["day"])
        return SCORE_CONTEXT if 1 <= month <= 12 and 1 <= day <= 31 else None


# A GB licence number: five letters of the surname (padded with 9s), the decade of birth, the
# month (plus 50 for a woman), the day, the year's last digit, two initials (padded), a digit
# and two check characters.
_DVLA_RE = re.compile(r"[A-Z][A-Z9]{4}\d(?P<month>[0156]\d)(?P<day>[0-3]\d)\d[A-Z][A-Z9]\d"
                      r"[A-Z0-9]{2}")


class PassportDetector(_IdentifierDetector):
    entity_type = "PASSPORT"


class MemberIdDetector(_IdentifierDetector):
    entity_type = "MEMBER_ID"


# "the 12th", "20h00", "1.15pm": a date or a time after the cue, not a plate; "a 2019": a
# model year; "150k": a mileage.
_ORDINAL_OR_TIME = rx.compile(r"\d+(?:st|nd|rd|th|am|pm|h\d*|k)|(?:a\s?)?(?:19|20)\d\d")


class VehiclePlateDetector(_IdentifierDetector):
    """A plate is letters and digits in a local pattern ("QHT M42", "M-HB 7415", "WU19 KXT",
    "221 KK 4408"): no shape is evidence across countries, the announcement is. A bare number
    after "car" is a price, a year or a mileage far more often than a plate, so an announced
    value needs a letter and a digit (a spelled one is letters read out)."""

    entity_type = "VEHICLE_PLATE"
    min_length = 4

    def with_context(self, cand: Candidate) -> float | None:
        if cand.kind != "spelled" and (not any(ch.isalpha() for ch in cand.text) or not any(
                ch.isdigit() for ch in cand.text) or _ORDINAL_OR_TIME.fullmatch(cand.text)):
            return None
        if sum(ch.isalnum() for ch in cand.text) > _PLATE_MAX:
            return None  # "AB12 CDE got a": the plate, not the words after it
        return super().with_context(cand)


_VEHICLES = "|".join(re.escape(m) for m in sorted(VEHICLE_MAKES + VEHICLE_WORDS, key=len,
                                                   reverse=True))
_LONG_WORD_RE = rx.compile(r"[a-z]{5,}")
# A make or a vehicle, up to four words of model, then a bracketed code of letters and digits.
_PLATE_AFTER_VEHICLE_RE = rx.compile(
    rf"\b(?:{_VEHICLES})\b(?:\s[^\s()]+){{0,4}}?\s\(([a-z0-9][a-z0-9 -]{{2,10}}[a-z0-9])\)")


def plates_after_vehicles(canonical: str) -> list[tuple[int, int]]:
    """Canonical spans of plates in brackets after a car's make and model or a vehicle word
    ("our Lexus RX 350 (LND 204 GH)", "my own car (CJ 07 MUR)")."""
    return [m.span(1) for m in _PLATE_AFTER_VEHICLE_RE.finditer(canonical)
            if any(ch.isdigit() for ch in m[1]) and any(ch.isalpha() for ch in m[1])
            and not _LONG_WORD_RE.search(m[1])]  # "(2019 model)" is no plate


_MAKES = frozenset(VEHICLE_MAKES)
_VEHICLE_NAMES = _MAKES | frozenset(VEHICLE_WORDS) | VEHICLE_MODELS
_NEAR = 40  # characters each side of a code: about six words
_PLATE_MAX = 10  # characters of the longest plates ("KL 01 CB 7742"); "RE-2024-03391" is no plate
_WORD_RE = rx.compile(r"[a-z0-9]+")
_SENTENCE_END_RE = rx.compile(r"[.?!](?:\s|$)")
# A quantity with its unit or a time, not a plate: "40000km", "10am", "15pm", "2nd".
_MEASURE_RE = rx.compile(r"\d+(?:[a-z]{1,2}|\d)")
_COUNTED_RE = rx.compile(r"a?\d+([a-z]{4,})")


def near_a_vehicle(canonical: str, cstart: int, cend: int, typed: bool) -> bool:
    """A code of letters and digits said near a car's make, model or kind is its plate, with
    no cue ("so that's l k seven two x r b, a grey vauxhall astra", "the truck on file is
    still r t k four four one nine", "a blue Golf, HKM4417"): two letters and two digits at
    least, not a quantity or a time, and not, when typed as one word, the model's own name
    right after its make ("mazda cx50", "Mitsubishi Electric MSZ-AP35")."""
    code = canonical[cstart:cend]
    compact = "".join(ch for ch in code if ch.isalnum())
    if sum(ch.isalpha() for ch in compact) < 2 or sum(ch.isdigit() for ch in compact) < 2 \
            or len(compact) > _PLATE_MAX or _MEASURE_RE.fullmatch(compact):
        return False
    counted = _COUNTED_RE.fullmatch(compact)
    if counted is not None and common_word(counted[1]):
        return False  # "the 26-foot truck", "a 7-seater": a count of a word's thing
    # the words around it in its own sentence
    lead = canonical[max(0, cstart - _NEAR):cstart]
    tail = canonical[cend:cend + _NEAR]
    cut = _SENTENCE_END_RE.search(tail)
    before = _WORD_RE.findall(_SENTENCE_END_RE.split(lead)[-1])
    after = _WORD_RE.findall(tail[:cut.start()] if cut else tail)
    if before and before[-1] in CODE_LABELS:
        return False  # "style ZK44", "bay AB12": a thing's code
    if typed and "," not in canonical[max(0, cstart - 3):cstart] \
            and not _MAKES.isdisjoint(before[-3:]):
        return False
    return not _VEHICLE_NAMES.isdisjoint(before) or not _VEHICLE_NAMES.isdisjoint(after)


class NationalIdDetector(_IdentifierDetector):
    entity_type = "NATIONAL_ID"

    def with_context(self, cand: Candidate) -> float | None:
        score = super().with_context(cand)
        if score is not None and national_id_valid(_compact(cand.text)):
            return SCORE_VALIDATED
        return score

    def without_context(self, cand: Candidate) -> float | None:
        if cand.kind == "number" and cand.groups in _DATED_ID_GROUPS \
                and _opens_with_a_date(cand.digits):
            # "kt. 120389-2149", "811218-9876": a birth date, then a serial (Iceland, Denmark,
            # Sweden, Norway), typed so; its check digits, where it has them, make it sure
            return SCORE_VALIDATED if dated_id_checked(cand.digits) else SCORE_CONTEXT
        if cand.kind == "number":
            checked: bool | None = national_id_typed(cand.text)
        elif cand.kind in ("alnum", "code"):
            checked = national_id_self_evident(_compact(cand.text))
        else:
            return None
        if checked is None:
            return None
        return SCORE_VALIDATED if checked else SCORE_CONTEXT


# How a Nordic personal number is typed: six digits of a birth date, a dash, four or five more.
_DATED_ID_GROUPS = ((6, 4), (6, 5))
_DATE_PARTS = 2


def _opens_with_a_date(digits: str) -> bool:
    """The first six digits are a day, a month and a year, in that order or the other."""
    first, month, last = (int(digits[k:k + _DATE_PARTS]) for k in (0, 2, 4))
    return 1 <= month <= 12 and (1 <= first <= 31 or 1 <= last <= 31)


def _compact(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())
