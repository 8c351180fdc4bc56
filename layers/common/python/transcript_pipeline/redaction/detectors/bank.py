"""Bank details: IBANs, routing numbers of several countries and account numbers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .. import patterns as rx
from .base import SCORE_CONTEXT, SCORE_VALIDATED, Candidate, Detector, digit_count_between
from .validators import aba_valid, iban_countries, iban_laid_out, iban_valid

# Country code, check digits, then up to 30 alphanumerics in groups of any size.
_IFSC_RE = rx.compile(r"^[a-z]{4}0[a-z0-9]{6}$")
IBAN_RE = rx.compile(r"\b[a-z]{2}\d{2}(?: ?[a-z0-9]){11,30}\b")
# The country's letters said apart from the digits: "de eight nine, three seven zero four, ...".
_APART_RE = rx.compile(r"\b([a-z]{2}) \d{2}(?: ?[a-z0-9]){11,30}\b")

_PARTIAL_RE = rx.compile(
    r"\b([a-z]{2})\d{2}(?:(?:\.\.\.|…)? ?[a-z0-9]){8,30}?(?=\s?(?:\.\.\.|…))")


def find_ibans(canonical: str) -> list[tuple[int, int]]:
    """Canonical spans of valid IBANs; a match that runs into the next word is trimmed. A
    second pass takes those whose country letters were said apart; as "de", "it" or "no" are
    words too, only their check digits prove them one, and one found whole is never lost to
    a word before it ("it is 22 characters de89 ...")."""
    spans = _trimmed(IBAN_RE.finditer(canonical), (iban_valid, iban_laid_out))
    apart = (m for m in _APART_RE.finditer(canonical) if m.group(1) in iban_countries())
    taken = [range(*span) for span in spans]  # "on 0412 ...", "is 4471 ...": no country
    spans += [span for span in _trimmed(apart, (_iban_checksum_valid,))
              if not any(span[0] in r or span[1] - 1 in r for r in taken)]
    # An IBAN's start, its country's letters and check digits joined, with two groups or more
    # after them, where the speaker trails off ("PL61 1090 1014..."): cut off, it is still
    # someone's account.
    taken = [range(*span) for span in spans]
    return spans + [m.span() for m in _PARTIAL_RE.finditer(canonical)
                    if m.group(1) in iban_countries() and not any(m.start() in r for r in taken)]


def _trimmed(matches: Iterable[re.Match[str]], checks: tuple[Callable[[str], bool], ...]
             ) -> list[tuple[int, int]]:
    """The matches that pass one of `checks`, each cut back by whole words until it does."""
    spans = []
    for m in matches:
        for valid in checks:  # its check digits, else its layout
            text = m.group()
            # Trim whole trailing words until the remainder validates.
            while text and not valid(text.replace(" ", "")):
                cut = text.rfind(" ")
                text = text[:cut] if cut > 4 else ""
            if text:
                spans.append((m.start(), m.start() + len(text)))
                break
    return spans


_AS_DIGITS = str.maketrans({chr(ord("a") + k): str(10 + k) for k in range(26)})  # a=10 ... z=35


def _iban_checksum_valid(compact: str) -> bool:
    """`iban_valid` after a quick mod-97 test of our own, which the words that are country
    codes too ("at 0412 ...", "is 4471 ...", "no 12 ...") fail at a fraction of the cost."""
    moved = compact[4:] + compact[:4]
    return moved.isascii() and moved.isalnum() and int(
        moved.translate(_AS_DIGITS)) % 97 == 1 and iban_valid(compact)


class IbanDetector(Detector):
    """IBANs are found by `find_ibans`; announced fragments ("my iban is gb77") go here."""

    entity_type = "IBAN"

    def with_context(self, cand: Candidate) -> float | None:
        if cand.kind in ("alnum", "number") and len(cand.text) >= 4:
            return SCORE_CONTEXT
        if cand.kind == "code" and len(cand.digits) >= 2 and len(cand.text) >= 4:
            return SCORE_CONTEXT  # "the iban is i e two nine": its first group, read out
        return None


class RoutingNumberDetector(Detector):
    """A bank's number: US ABA (nine digits, checksum), UK sort code (six), Canadian transit
    (five) and institution (three), Australian BSB (six), Indian IFSC (four letters, 0, six)."""

    entity_type = "ROUTING_NUMBER"

    def with_context(self, cand: Candidate) -> float | None:
        if cand.kind in ("alnum", "code", "spelled") and _IFSC_RE.match(cand.text.replace(
                " ", "")):
            return SCORE_VALIDATED
        if not digit_count_between(cand, 3, 11):
            return None
        return SCORE_VALIDATED if aba_valid(cand.digits) else SCORE_CONTEXT

    def without_context(self, cand: Candidate) -> float | None:
        if cand.kind == "alnum" and _IFSC_RE.match(cand.text):
            return SCORE_VALIDATED  # "HDFC0001287": four letters, a zero, six characters
        return None


class BankAccountDetector(Detector):
    entity_type = "BANK_ACCOUNT"

    def with_context(self, cand: Candidate) -> float | None:
        if digit_count_between(cand, 4, 20) or (cand.kind == "alnum" and len(cand.text) >= 6):
            return SCORE_CONTEXT
        return None

    def without_context(self, cand: Candidate) -> float | None:
        if cand.kind == "number" and cand.groups[:3] == _SORT_CODE_GROUPS \
                and len(cand.groups) == len(_SORT_CODE_GROUPS) + 1 \
                and cand.groups[3] in _UK_ACCOUNT_LENGTHS and not _a_date(cand.digits[:6]):
            return SCORE_VALIDATED  # "40-19-22 71504386": a sort code typed with its account
        return None  # (not "Order dated 22-10-24 00012345": a date, then a number)


_SORT_CODE_GROUPS = (2, 2, 2)
_UK_ACCOUNT_LENGTHS = (7, 8)


def _a_date(six: str) -> bool:
    """Six digits that read as a day, a month and a year any way round ("22-10-24",
    "24-01-15", "10-25-24"; not "40-19-22", "20-00-00")."""
    first, middle, last = int(six[:2]), int(six[2:4]), int(six[4:])
    return (1 <= middle <= 12 and (1 <= first <= 31 or 1 <= last <= 31)) \
        or (1 <= first <= 12 and 1 <= middle <= 31)
