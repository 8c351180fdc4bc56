"""Check digits and formats, from python-stdnum rather than written again here.

python-stdnum implements the published rules of hundreds of number formats (Luhn, ABA routing
numbers, IBAN registries, national identifiers of dozens of countries), with the corner cases
(SSA's never-issued SSNs, each country's IBAN length and layout) that a hand-written check
forgets. Its package imports `pydoc` (about 35 ms), so each module is imported on first use:
a Lambda cold start that never sees a number to validate never pays for it.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import cache

from .. import patterns as rx


@cache
def _is_valid(module: str) -> Callable[[str], bool]:
    return importlib.import_module(f"stdnum.{module}").is_valid


def luhn_valid(digits: str) -> bool:
    """The Luhn mod-10 check every payment card number carries."""
    return _is_valid("luhn")(digits)


def aba_valid(digits: str) -> bool:
    """A US ABA routing number: nine digits, a known Federal Reserve prefix, the checksum."""
    return _is_valid("us.rtn")(digits)


def iban_valid(compact: str) -> bool:
    """An IBAN: mod-97 check digits and the country's registered length and layout (a
    country's own account check is not asked for: the IBAN's check digits are evidence enough)."""
    return _iban_is_valid()(compact, check_country=False)


def iban_laid_out(compact: str) -> bool:
    """The country's registered length and layout, whatever its check digits: an IBAN typed or
    heard with one character wrong is still someone's account."""
    iban = importlib.import_module("stdnum.iban")
    if len(compact) < 15 or not compact[:2].isalpha():
        return False
    try:
        fixed = compact[:2] + iban.calc_check_digits(compact) + compact[4:]
    except ValueError:
        return False
    return _iban_is_valid()(fixed, check_country=False)


@cache
def iban_countries() -> frozenset[str]:
    """Lower-case codes of the countries with a registered IBAN layout ("de", "gb", ...)."""
    return frozenset(prefix[1].lower()
                     for prefix in importlib.import_module("stdnum.numdb").get("iban").prefixes)


@cache
def _iban_is_valid() -> Callable[..., bool]:
    return importlib.import_module("stdnum.iban").is_valid


def ssn_valid(digits: str) -> bool:
    """A US SSN as the SSA issues them (no 000, 666 or 9xx area, no 00 group, no 0000)."""
    return len(digits) == 9 and _is_valid("us.ssn")(digits)


# UK National Insurance numbers (stdnum has none): two prefix letters from the allowed set,
# six digits, a suffix A-D.
_NINO_RE = rx.compile(r"^(?!bg|gb|kn|nk|nt|tn|zz)[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]\d{6}[a-d]$")

# National identifiers whose format shows what they are without anyone announcing them:
# (stdnum module, or None for a local rule; the compact shape they must have; whether a check
# character proves it, or only the shape).
_SELF_EVIDENT: tuple[tuple[str | None, re.Pattern[str], bool], ...] = (
    ("ie.pps", rx.compile(r"^\d{7}[a-w][abwtxz]?$"), True),  # Ireland PPS: a check letter
    ("in_.pan", rx.compile(r"^[a-z]{3}[abcfghljpt][a-z]\d{4}[a-z]$"), False),  # India PAN
    (None, _NINO_RE, False),  # UK National Insurance: no check character
)
# Validated when announced or typed in their usual grouping (a bare 9 or 12 digits could be
# anything): Canada SIN, Australia TFN, India Aadhaar, and more.
_ANNOUNCED = ("ca.sin", "au.tfn", "in_.aadhaar", "nl.bsn", "se.personnummer", "es.dni",
              "es.nie", "it.codicefiscale", "br.cpf", "mx.curp", "za.idnr",
              "fi.hetu", "no.fodselsnummer", "dk.cpr", "pl.pesel", "be.nn", "fr.nir",
              "gb.utr", "nz.ird")


# National identifiers typed in a grouping nothing else uses: (stdnum module, the shape as
# normalised text holds it, where a dash inside a number is gone).
_TYPED_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("br.cpf", rx.compile(r"^\d{3}\.\d{3}\.\d{5}$")),  # Brazil CPF: 382.904.117-45
)


# Thirteen digits that hold a birth date and a check digit: one random number in about 170
# passes any of these, so a bare one is taken as the identifier it proves itself to be.
_SELF_CHECKED_DIGITS = ("za.idnr", "ro.cnp", "kr.rrn")


def national_id_typed(text: str) -> bool | None:
    """True for a national identifier in its typed grouping whose check digits hold, or for
    thirteen digits a date and a check digit prove (South Africa, Romania, Korea); False for the
    grouping alone (still evidence: nothing else is written so), None for neither."""
    for module, shape in _TYPED_SHAPES:
        if shape.match(text):
            return _is_valid(module)(text.replace(".", ""))
    if len(text) == 13 and text.isdigit() \
            and any(_is_valid(module)(text) for module in _SELF_CHECKED_DIGITS):
        return True
    return None


# Personal numbers typed as a birth date, a dash and a serial whose check digits stdnum checks
# (Denmark's CPR has none since 2007, so its shape alone is evidence).
_DATED_AND_CHECKED = ("is_.kennitala", "se.personnummer", "no.fodselsnummer")


def dated_id_checked(digits: str) -> bool:
    """True when a Nordic personal number's check digits hold for `digits`."""
    return any(_is_valid(module)(digits) for module in _DATED_AND_CHECKED)


def national_id_self_evident(compact: str) -> bool | None:
    """True for a national identifier a check character proves, False for one only its shape
    shows (a KEEP phrase before it wins: "order AB123456C"), None for neither."""
    for module, shape, checked in _SELF_EVIDENT:
        if shape.match(compact) and (module is None or _is_valid(module)(compact.upper())):
            return checked
    return None


def national_id_valid(compact: str) -> bool:
    """True when some country's national identifier rules accept `compact`."""
    if national_id_self_evident(compact) is not None:
        return True
    return any(_is_valid(module)(compact.upper()) for module in _ANNOUNCED)
