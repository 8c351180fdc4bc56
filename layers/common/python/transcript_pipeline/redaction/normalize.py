"""Spoken-form normaliser: transcript text to a canonical form with an offset map back.

Speech-to-text writes "four one one one double one" where a typist writes "41111", spells names
letter by letter and reads e-mail addresses as "john dot smith at gmail dot com". Detectors are
far simpler and far more reliable when they see one canonical rendering, so this module rewrites
the text once:

* runs of digit words, digits and digit groups ("3744 749355 51270", "seven oh five eight, seven
  five two three", "double five", "twenty one", "two thousand one") become one digit string;
* ordinals ("twenty eighth") become "28th" so dates read the same typed or spoken;
* letter-by-letter spelling ("y o d e r", "B-A-R-R-Y") becomes one word;
* "dot", "at", "underscore", "dash" inside a spoken e-mail address become the symbols, and the
  local part is joined ("kimberly seven six at hotmail dot com" -> "kimberly76@hotmail.com");
* "dot" between numbers becomes "." (spoken IP addresses);
* before all that, Unicode is folded (`unicode.fold`): zero-width and other format characters
  out, marks dropped, full-width forms and other scripts' digits made plain.

Every canonical character maps back to a span of the original text, so a finding in canonical
coordinates is reported, and redacted, in the caller's coordinates.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import patterns as rx
from .lexicon import PRONOUN_ONE_AFTER, STREET_SUFFIXES
from .unicode import fold

# Words, alphanumerics (with inner apostrophes: "it's", "o'brien") or any single other character;
# the code word "x-ray" is one word, and "..." one pause.
_TOKEN_RE = rx.compile(r"[xX]-[rR][aA][yY]\b|[^\W_]+(?:['’][^\W\d_]+)*|\.{2,}|\S")

UNITS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}
TEENS = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}
TENS = {
    "twenty": "2", "thirty": "3", "forty": "4", "fourty": "4", "fifty": "5", "sixty": "6",
    "seventy": "7", "eighty": "8", "ninety": "9",
}
ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
MULTIPLIERS = {"double": 2, "triple": 3, "treble": 3}
_ZERO_WORDS = {"oh", "o"}
NUMBER_WORDS = (
    set(UNITS) | set(TEENS) | set(TENS) | set(ORDINAL_UNITS) | set(MULTIPLIERS)
    | {"hundred", "thousand"}
)
# The pause a transcript writes between the groups of one value ("5... 8... 1... 3").
PAUSES = frozenset(("...", "…"))
# Punctuation that may sit inside one spoken or typed number ("303-375-6721", "(303) 953").
_THOUSANDS_GROUP = 3  # "1,146": the digits after a thousands comma
_JOINERS = {"-", ",", "(", ")", "–", *PAUSES}
# Hesitations a speaker makes in the middle of reading a number ("four five uh five six").
_HESITATIONS = {"uh", "um", "er", "erm", "uhm", "hmm"}
_SKIPPED_IN_NUMBERS = _HESITATIONS | {"dash", "hyphen"}
# The spelling alphabet: "two two one kilo kilo four four zero eight" is 221 K K 4408. A code
# word is its letter only among other spelled characters (see `_letter`): "hotel", "victor",
# "delta" and "india" are words and names too.
NATO_LETTERS = {
    "alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
    "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
    "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
    "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
    "whiskey": "w", "whisky": "w", "xray": "x", "x-ray": "x", "yankee": "y", "zulu": "z",
}
# Words the normaliser may rewrite; any other word of two or more letters is copied as it is.
SPECIAL_WORDS = NUMBER_WORDS | set(NATO_LETTERS) | {"at", "dot", "point", "slash", "plus"}
# Spoken symbols inside numbers: "one ninety two dot one", "oh three slash fifteen".
_NUMBER_SYMBOLS = {"dot": ".", "point": ".", "slash": "/"}
# Between spelled letters: "B-A-R-R-Y", "a l hyphen k h a t i b", "n i c space a n".
_SPELL_JOINERS = {"-", ".", "hyphen", "dash", "space"}
EMAIL_TLDS = {
    "com", "net", "org", "edu", "gov", "mil", "int", "io", "co", "uk", "us", "ca", "au", "de",
    "fr", "es", "it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "ie", "pl", "pt", "br",
    "mx", "ar", "in", "jp", "cn", "kr", "nz", "za", "ng", "ke", "ru", "biz", "info", "me", "tv",
    "ai", "app", "dev", "online", "email", "mail",
}


def is_tld(word: str) -> bool:
    """A generic ending we know, or any two letters: every country has its own ("ae", "sg")."""
    return word in EMAIL_TLDS or (len(word) == 2 and word.isascii() and word.isalpha())


_DOMAIN_WORDS = 4  # words a spoken domain may take before its first "dot"
_EMAIL_SYMBOLS = {"dot": ".", "underscore": "_", "dash": "-", "hyphen": "-", "period": "."}
# Mail providers often named without their ending ("john underscore doe at gmail"): taken as
# a domain when the local part shows it is an address (a spoken symbol or a digit in it).
EMAIL_PROVIDERS = {
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "icloud", "aol", "protonmail",
    "gmx", "yandex", "zoho", "mailinator",
}
# Words that end the backwards walk over a spoken e-mail's local part.
_EMAIL_LOCAL_STOP = {
    "is", "it's", "its", "it", "my", "email", "e", "mail", "address", "sure", "yes", "yeah",
    "the", "and", "was", "me", "to", "at", "that's", "thats", "use", "send", "okay", "ok",
    "right", "so", "um", "uh", "please", "try", "be", "should", "would", "could", "on", "file",
    # what an address is said after: "i sign in with ...", "it goes to ...", "under ..."
    "i", "in", "with", "for", "from", "under", "as", "of", "by", "via", "using", "goes",
}


@dataclass(slots=True)
class Token:
    """One token of the original text."""

    text: str
    lower: str
    start: int
    end: int


@dataclass(slots=True)
class Piece:
    """One canonical piece and the original span it stands for."""

    text: str
    start: int
    end: int
    kind: str = "word"  # word | number | ordinal | spelled | email | punct
    glue: bool = False  # join to the previous piece without a space ("dot" -> ".")
    groups: tuple[int, ...] = ()  # digit-group lengths of a typed number ("871-84-7206": 3,2,4)


@dataclass(slots=True)
class Normalized:
    """Canonical text plus the map from canonical offsets back to original offsets."""

    original: str
    canonical: str
    pieces: list[Piece]
    cstarts: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # each piece's text, looked up often
    # Each piece's text without a plural "s" or an "'s" ("numbers", "the mobile's"), or [] when
    # no piece has one: phrase tables match both.
    singulars: list[str] = field(default_factory=list)
    _small: bool | None = None  # see `has_small_letters`

    def has_small_letters(self) -> bool:
        """Whether the text is written in mixed or lower case, not all in capitals: asked per
        piece of a long text, answered once."""
        if self._small is None:
            self._small = self.original != self.original.upper()
        return self._small

    def to_original(self, cstart: int, cend: int) -> tuple[int, int]:
        """Map a canonical span to the smallest original span covering every piece it touches."""
        first = max(bisect_right(self.cstarts, cstart) - 1, 0)
        last = max(bisect_right(self.cstarts, max(cend - 1, cstart)) - 1, first)
        return self.pieces[first].start, self.pieces[last].end

    def piece_index(self, cpos: int) -> int:
        """Index of the piece whose canonical text contains position `cpos`."""
        return max(bisect_right(self.cstarts, cpos) - 1, 0)

    def piece_at(self, cpos: int) -> Piece:
        """The piece whose canonical text contains position `cpos`."""
        return self.pieces[self.piece_index(cpos)]


def singular(word: str) -> str:
    """A word without its "'s" or plural "s" ("number's", "numbers"; not "address", "bonus")."""
    if len(word) > 3 and word.endswith("'s"):
        return word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokenize(text: str) -> list[Token]:
    """Split text into word/number/punctuation tokens with their offsets."""
    lower = text.lower().replace("’", "'")
    if len(lower) != len(text):  # a letter whose lower case is longer: token by token
        return [Token(m.group(), m.group().lower().replace("’", "'"), m.start(), m.end())
                for m in _TOKEN_RE.finditer(text)]
    return [Token(text[m.start():m.end()], lower[m.start():m.end()], m.start(), m.end())
            for m in _TOKEN_RE.finditer(text)]


def _is_number_token(tok: Token) -> bool:
    return tok.lower in NUMBER_WORDS or tok.text.isdecimal()


def _state_before_zip(toks: list[Token], i: int) -> bool:
    """"OH" in capitals before a typed ZIP code is Ohio ("Columbus, OH 43215"), no zero; in
    a transcript in capitals ("OH FOUR ONE TWO") it still is one."""
    return toks[i].text == "OH" and i + 1 < len(toks) and len(toks[i + 1].text) == 5 \
        and toks[i + 1].text.isdecimal()


def _adjacent(text: str, left: Token, right: Token) -> bool:
    """True when only whitespace separates two tokens."""
    gap = text[left.end:right.start]
    return not gap or gap.isspace()


def _number_value(words: list[str]) -> str | None:
    """Digits spoken by a list of number words and digit strings, or None if it is not a number.

    Groups are concatenated the way people read numbers aloud: "forty three four four" is
    "4344", "nineteen seventy three" is "1973", "two thousand one" is "2001".
    """
    out: list[str] = []
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        if w.isdecimal():
            out.append(w)
            i += 1
        elif w in MULTIPLIERS:
            if i + 1 < n and words[i + 1] in UNITS:
                out.append(UNITS[words[i + 1]] * MULTIPLIERS[w])
                i += 2
            elif i + 1 < n and words[i + 1].isdecimal() and len(words[i + 1]) == 1:
                out.append(words[i + 1] * MULTIPLIERS[w])
                i += 2
            else:
                return None
        elif w in TENS:
            if i + 1 < n and words[i + 1] in UNITS and UNITS[words[i + 1]] != "0" \
                    and words[i + 1] not in _ZERO_WORDS:
                out.append(TENS[w] + UNITS[words[i + 1]])
                i += 2
            else:
                out.append(TENS[w] + "0")
                i += 1
        elif w in TEENS:
            out.append(TEENS[w])
            i += 1
        elif w in UNITS:
            out.append(UNITS[w])
            i += 1
        elif w == "hundred":
            prev = int(out.pop()) if out and len(out[-1]) <= 2 else 1
            if i + 2 < n and words[i + 1] in UNITS and words[i + 2] in UNITS:
                # Digits read one by one after it: "nine hundred one two three" is 900123.
                out.append(str(prev * 100))
                i += 1
                continue
            rest, i = _below_hundred(words, i + 1)
            out.append(str(prev * 100 + rest))
        elif w == "thousand":  # of up to three digits: "one hundred and eighty five thousand"
            prev = int(out.pop()) if out and len(out[-1]) <= 3 and out[-1][0] != "0" else 1
            rest, i = _below_thousand(words, i + 1)
            out.append(str(prev * 1000 + rest))
        else:
            return None
    return "".join(out) if out else None


def _below_hundred(words: list[str], i: int) -> tuple[int, int]:
    if i < len(words) and words[i] == "and":
        i += 1
    if i < len(words) and words[i] in TEENS:
        return int(TEENS[words[i]]), i + 1
    if i < len(words) and words[i] in TENS:
        value = int(TENS[words[i]]) * 10
        if i + 1 < len(words) and words[i + 1] in UNITS and words[i + 1] not in _ZERO_WORDS:
            return value + int(UNITS[words[i + 1]]), i + 2
        return value, i + 1
    if i < len(words) and words[i] in UNITS and words[i] not in _ZERO_WORDS:
        return int(UNITS[words[i]]), i + 1
    return 0, i


def _below_thousand(words: list[str], i: int) -> tuple[int, int]:
    if i + 1 < len(words) and words[i] in UNITS and words[i + 1] == "hundred":
        rest, j = _below_hundred(words, i + 2)
        return int(UNITS[words[i]]) * 100 + rest, j
    return _below_hundred(words, i)


class _Builder:
    """Accumulates canonical pieces, separating them with single spaces."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []

    def add(self, piece: Piece) -> None:
        self.pieces.append(piece)

    def build(self, original: str) -> Normalized:
        parts: list[str] = []
        cstarts: list[int] = []
        pos = 0
        prev: Piece | None = None
        for piece in self.pieces:
            if prev is not None and not piece.glue and not prev.glue and prev.end < piece.start:
                parts.append(" ")
                pos += 1
            prev = piece
            cstarts.append(pos)
            parts.append(piece.text)
            pos += len(piece.text)
        texts = [piece.text for piece in self.pieces]
        singulars = [singular(t) for t in texts]
        return Normalized(original, "".join(parts), self.pieces, cstarts, texts,
                          [] if singulars == texts else singulars)


def _pronoun_one(toks: list[Token], i: int) -> bool:
    """"the new one, 5217 2900 ...", "this one 4411 2233": the pronoun before a typed number
    or a comma is no digit of it (a spoken "the one four four" may be either, and stays one
    run)."""
    return toks[i].lower == "one" and i > 0 and i + 1 < len(toks) and (
        (toks[i - 1].lower in _ONE_OWNERS
         and (toks[i + 1].text == "," or toks[i + 1].text.isdecimal()))
        or (toks[i - 1].lower in _LISTED_ONE_OWNERS and toks[i + 1].text in ("...", "…")
            and i + 2 < len(toks) and toks[i + 2].text.isdecimal()))  # "Next one... 5520."


_ONE_OWNERS = PRONOUN_ONE_AFTER - {"right", "wrong", "no", "any"}
_LISTED_ONE_OWNERS = _ONE_OWNERS | {"next", "last", "first"}  # before a pause: "Next one... 5520"


def with_one_as_said(phrases: Iterable[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """Phrases of words with "one" in both forms normalised text may hold it: the pronoun after
    a determiner stays a word ("that one is"), elsewhere it is read as the number ("last 1",
    "1 more time"); a phrase written once matches either."""
    return tuple(dict.fromkeys(
        variant for phrase in phrases
        for variant in (phrase, tuple("1" if word == "one" else word for word in phrase))))


def _short_year(toks: list[Token], i: int) -> bool:
    """A year typed with its apostrophe ("August '27, 391"): a value of its own, which joins no
    number after it."""
    tok = toks[i]
    return len(tok.text) == 2 and tok.text.isdecimal() and i > 0 \
        and toks[i - 1].text in ("'", "’") and toks[i - 1].end == tok.start


def _number_run_end(text: str, toks: list[Token], i: int) -> int:
    """Index after the last token of the number run starting at `i` (joiners included)."""
    if toks[i].lower in ORDINAL_UNITS or _in_clock_or_date(toks, i) or _pronoun_one(toks, i) \
            or _short_year(toks, i):
        return i + 1
    j = i + 1
    last = i  # last number token of the run
    prev = i  # last token consumed, number or joiner
    while j < len(toks):
        tok = toks[j]
        if _in_clock_or_date(toks, j):
            break  # "2025-01-19 03:14:09 45.146.164.110": a clock time joins nothing
        if _is_number_token(tok) and _adjacent(text, toks[prev], tok) \
                and not _dotted_groups(toks, j) and not _a_count_of_characters(toks, j):
            if tok.lower in ORDINAL_UNITS and not _ordinal_completes(toks[last].lower, tok.lower):
                break  # "forty two fourth avenue": 42, then 4th
            if _doubled(toks, j) or _multiplier_alone(toks, j):
                break  # "seven one double e k": the letters after the number; "7736, double
                # check it": no digit doubled
            last = prev = j
            j += 1
            if tok.lower in ORDINAL_UNITS:
                break  # an ordinal closes a run ("twenty eighth")
            continue
        # Joiners between two number tokens: "-", "dash", "uh", ", uh,", "hundred and",
        # "two thousand and eleven".
        k = j
        while k < len(toks) and k - j < 3 and (
                toks[k].text in _JOINERS or toks[k].lower in _SKIPPED_IN_NUMBERS
                or (toks[k].lower == "and" and toks[last].lower in ("hundred", "thousand"))):
            k += 1
        if j < k < len(toks) and _is_number_token(toks[k]) and not _multiplier_alone(toks, k) \
                and toks[k].lower not in ORDINAL_UNITS and not _dotted_groups(toks, k) \
                and not _house_then_postcode(text, toks, last, j, k) \
                and not _formatted_apart(text, toks, i, last, j, k) \
                and not _field_comma(toks, j, k) and not _house_number_next(toks, j, k) \
                and not _a_count_of_characters(toks, k):
            prev = k - 1
            j = k
            continue
        if k == j + 1 < len(toks) and toks[j].text == "-" and toks[k].lower in ORDINAL_UNITS \
                and toks[last].lower in TENS and toks[j].start == toks[last].end:
            last = k  # "twenty-second": the tens word and its ordinal unit, hyphenated
        break
    # A trailing "oh" before "clock" is the time word, not a zero ("seven oh clock").
    while last > i and toks[last].lower in _ZERO_WORDS and last + 1 < len(toks) \
            and toks[last + 1].lower == "clock":
        last -= 1
    return _dotted_tail(toks, i, last)


def _a_count_of_characters(toks: list[Token], k: int) -> bool:
    """A number word before what it counts of a value: "So that's 0417552, seven digits?" (the
    value's length, no digit of it)."""
    return toks[k].text.isalpha() and k + 1 < len(toks) and toks[k + 1].lower in _LENGTH_NOUNS


_LENGTH_NOUNS = frozenset(("digits", "characters", "letters", "numbers", "figures", "numerals",
                           "long", "digit", "character"))


def _ordinal_completes(before: str, ordinal: str) -> bool:
    """An ordinal word continues the number before it only where that number still lacks its
    last part: a tens word before a unit ("twenty eighth"), or a hundred or thousand ("one
    hundred fifth"); after a whole number ("forty two fourth avenue", "one second") it is a
    value of its own."""
    return (before in TENS and ORDINAL_UNITS[ordinal] < 10) or before in ("hundred", "thousand")


def _house_then_postcode(text: str, toks: list[Token], last: int, j: int, k: int) -> bool:
    """A typed house number, a comma, and a postcode before its town ("Straße 87, 04275
    Leipzig", "Apt 5, 75002 Paris"): two values, not one number read in groups."""
    left, right = toks[last].text, toks[k].text
    town = k + 1
    if len(right) == 3 and town + 1 < len(toks) and toks[town].text.isdecimal() \
            and len(toks[town].text) == 2:
        town += 1  # "Ermou 56, 105 63 Athens": a postcode of two groups
    elif len(right) < 4:
        return False
    elif len(right) == 4 and town + 2 < len(toks) and toks[town].text == "-" \
            and toks[town + 1].text.isdecimal() and len(toks[town + 1].text) == 3:
        town += 2  # "Av. da Liberdade 110, 1250-146 Lisboa": Portugal's four and three
    return toks[j].text == "," and k == j + 1 and left.isdecimal() and len(left) <= 4 \
        and right.isdecimal() and town < len(toks) \
        and toks[town].text[:1].isupper() and toks[town].text.isalpha() \
        and text != text.lower()


# A typed value in dashed groups of two digits or more ("618-20-7741"; not "0-7-9-4-6", one
# digit at a time, which a listener reads on over commas).
_DASHED_GROUPS_RE = rx.compile(r"\d{2,}(?:-\d{2,})+")


def _formatted_apart(text: str, toks: list[Token], i: int, last: int, j: int, k: int) -> bool:
    """Two typed values a comma separates, each written with its own separators: a row's
    "618-20-7741,1990-10-30" or "618-20-7741, 04/11/1990" is an SSN and a date, not one number
    read in groups."""
    return toks[j].text == "," and k == j + 1 and k + 2 < len(toks) \
        and _DASHED_GROUPS_RE.fullmatch(text, toks[i].start, toks[last].end) is not None \
        and toks[k].text.isdecimal() and toks[k + 1].text in ("-", "/", ".") \
        and toks[k + 2].text.isdecimal() \
        and toks[k + 1].start == toks[k].end and toks[k + 2].start == toks[k + 1].end


def _house_number_next(toks: list[Token], j: int, k: int) -> bool:
    """After a comma and a space, a house number before a capitalised street's name and its
    street word: "SIN 046 454 286, 12 Water Street" is a number and an address, not one number
    read in groups (not "0412 345, 678 Okay")."""
    return toks[j].text == "," and k == j + 1 and toks[k].start > toks[j].end \
        and any(t.lower in _STREET_WORDS for t in toks[k + 2:k + 2 + _STREET_NAME_WORDS]) \
        and toks[k].text.isdecimal() and len(toks[k].text) <= _HOUSE_DIGITS \
        and k + 1 < len(toks) and toks[k + 1].text[:1].isupper() \
        and toks[k + 1].text.isalpha() and toks[k + 1].lower not in NUMBER_WORDS \
        and toks[k + 1].lower not in NATO_LETTERS and toks[j - 1].text.isdecimal()  # (not "CR
    # zero, 2 Papa Lima": a code spelled)


_HOUSE_DIGITS = 4
_STREET_WORDS = frozenset(STREET_SUFFIXES)
_STREET_NAME_WORDS = 3


def _field_comma(toks: list[Token], j: int, k: int) -> bool:
    """A comma glued to the digits on both sides before a decimal number separates two typed
    fields ("07700 934218,2.4", "LS9 8QT,07700 934218,11.0"): a row's columns, not one number
    read in groups (but "1,146.00" is one amount, and "4,1,1,1", "40,11,62" or "12,26" one
    value typed with commas: privacy first, they stay joined)."""
    if not (toks[j].text == "," and k == j + 1 and toks[j].start == toks[j - 1].end
            and toks[k].start == toks[j].end and toks[k].text.isdecimal()):
        return False
    decimal = k + 2 < len(toks) and toks[k + 1].text == "." \
        and toks[k + 1].start == toks[k].end and toks[k + 2].text.isdecimal()
    return decimal and not (len(toks[k].text) == _THOUSANDS_GROUP
                            and len(toks[j - 1].text) <= _THOUSANDS_GROUP)


def _dotted_end(toks: list[Token], k: int) -> int:
    """Index after the typed groups glued by dots that start at token k ("172.16.4.22")."""
    m = k + 1
    while m + 1 < len(toks) and toks[m].text == "." and toks[m].start == toks[m - 1].end \
            and toks[m + 1].text.isdecimal() and toks[m + 1].start == toks[m].end:
        m += 2
    return m


def _dotted_groups(toks: list[Token], k: int) -> bool:
    """A typed number that opens an address of four dotted parts ("gw-02 (172.16.4.22)"): it
    joins no number before it."""
    parts = toks[k:_dotted_end(toks, k):2]
    return toks[k].text.isdecimal() and len(parts) == _IP_PARTS and all(
        len(p.text) <= _IP_PART_DIGITS and int(p.text) <= _IP_PART_MAX for p in parts)


def _dotted_tail(toks: list[Token], i: int, last: int) -> int:
    """Where a number read in groups goes on in groups glued by dots ("+353 87 123.45.67",
    "+1 415.555.0132"): a phone written with mixed separators is one number. Only after a
    run of two groups or more or a "+" (not "12.06.1985", "version 1.2.3")."""
    end = _dotted_end(toks, last)
    if end - last < _DOTTED_TAIL_TOKENS or not toks[last].text.isdecimal() or (
            last == i and not toks[i].text.startswith("+")) or _dotted_groups(toks, last):
        return last + 1
    digits = sum(len(t.text) for t in toks[i:end] if t.text.isdecimal())
    return end if digits >= _PHONE_DIGITS_MIN else last + 1


_IP_PARTS, _IP_PART_DIGITS, _IP_PART_MAX = 4, 3, 255
_DOTTED_TAIL_TOKENS = 5  # the run's last group and two more, with their dots
_PHONE_DIGITS_MIN = 9


def _in_clock_or_date(toks: list[Token], k: int) -> bool:
    """A typed number glued to a colon or a slash on either side: a part of a clock time
    ("03:14:09") or of a date ("11/26"), which joins no number read before or after it. A
    colon is a clock's only between digits: after a number before a label's text ("Missed
    call from (312) 555-0148: please") or before a glued number ("tel:555-0148") it joins
    nothing and breaks no run."""
    tok = toks[k]
    return tok.text.isdecimal() and (
        (k + 1 < len(toks) and toks[k + 1].start == tok.end and _clock_or_date_mark(toks, k + 1))
        or (k > 0 and toks[k - 1].end == tok.start and _clock_or_date_mark(toks, k - 1)))


def _clock_or_date_mark(toks: list[Token], m: int) -> bool:
    """A slash, or a colon glued to digits on both sides."""
    mark = toks[m]
    if mark.text == "/":
        return True
    return mark.text == ":" and 0 < m < len(toks) - 1 \
        and toks[m - 1].text.isdecimal() and toks[m - 1].end == mark.start \
        and toks[m + 1].text.isdecimal() and toks[m + 1].start == mark.end


def _emit_number(b: _Builder, toks: list[Token], i: int, end: int) -> bool:
    """Add the canonical digits of toks[i:end]; False if the run is not really a number."""
    words = [t.lower for t in toks[i:end]
             if t.text not in _JOINERS and t.lower not in _SKIPPED_IN_NUMBERS and t.lower != "and"
             and t.text != "."]  # (the dots of "+1 415.555.0132": see `_dotted_tail`)
    ordinal = words[-1] if words and words[-1] in ORDINAL_UNITS else None
    if ordinal:
        words = words[:-1]
    if words and all(w in _ZERO_WORDS for w in words) and not ordinal:
        return False  # "oh" on its own is an interjection, "o" a letter
    if words == ["one"] and not ordinal and (
            (i > 0 and toks[i - 1].lower in PRONOUN_ONE_AFTER)
            or (end < len(toks) and toks[end].lower == "of")):
        return False  # a pronoun: "the one since 2019", "which one", "one of them"
    value = _number_value(words) if words else ""
    if value is None:
        return False
    if ordinal:
        # "twenty eighth" -> 28th: the tens word combines with the ordinal unit.
        base = ORDINAL_UNITS[ordinal]
        if value and not value.startswith("0") and (
                (base < 10 and value.endswith("0")) or value.endswith("00")):
            value = str(int(value) + base)  # "one hundred fifth", "one hundred twenty first"
        else:
            value = value + str(base)
        b.add(Piece(value + _ordinal_suffix(int(value[-2:])), toks[i].start, toks[end - 1].end,
                    "ordinal"))
    else:
        typed = all(w.isdecimal() for w in words)
        groups = tuple(len(w) for w in words) if typed else ()
        b.add(Piece(value, toks[i].start, toks[end - 1].end, "number", groups=groups))
    return True


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _is_letter(tok: Token) -> bool:
    return len(tok.text) == 1 and tok.text.isalpha()


def _code_words_listed(toks: list[Token], k: int) -> int:
    """How many code words of the spelling alphabet a comma-separated list holds around
    toks[k] (its own included), where it opens a sentence or a word or letter before it says a
    spelling comes ("Do you want it spelt? Bravo, romeo, ...", "then underscore, Papa, ...",
    "W, then H, then I, whiskey, ..."; not a rota of people: "Rota: Victor, Oscar, Juliet,
    Mike")."""
    count, j = 1, k  # (counted up to five at most: a long list stays linear)
    while count <= _LISTED_CODE_WORDS and j + 2 < len(toks) and toks[j + 1].text == "," \
            and toks[j + 2].lower in NATO_LETTERS:
        count, j = count + 1, j + 2
    j = k
    while count <= _LISTED_CODE_WORDS and j >= 2 and toks[j - 1].text == "," \
            and toks[j - 2].lower in NATO_LETTERS:
        count, j = count + 1, j - 2
    if j > 0 and count < _LISTED_CODE_WORDS + 1 and toks[j - 1].text not in (".", "!", "?") \
            and not any(t.lower in _SPELLING_CUES or (len(t.text) == 1 and t.text.isalpha())
                        for t in toks[max(0, j - _SPELLING_CUE_REACH):j]):
        return 0  # (a turn of code words alone is a spelling too: "Kilo, Oscar, Romeo, ...")
    return count


_LISTED_CODE_WORDS = 4  # (not three people: "Hi Charlie, Mike, Oscar here"); five or more
# need no word before them to be a spelling
_SPELLING_CUES = frozenset(("spelt", "spell", "spelled", "spelling", "underscore", "dot", "dash",
                            "hyphen", "letters", "capital", "phonetically", "phonetic",
                            "alphabet", "surname", "surname's", "name's", "spelt"))
_SPELLING_CUE_REACH = 8  # tokens before the list


def _letter(toks: list[Token], k: int) -> str | None:
    """The letter toks[k] spells: a single letter, or a code word beside another code word or
    between two spelled characters ("kilo kilo", "four kilo seven"; not "the hotel 5 nights")."""
    tok = toks[k]
    if _is_letter(tok):
        return tok.text
    letter = NATO_LETTERS.get(tok.lower)
    if letter is None:
        return None

    def spelled(j: int, code_word_only: bool) -> bool:
        if not 0 <= j < len(toks):
            return False
        other = toks[j]
        return other.lower in NATO_LETTERS or (not code_word_only and (
            _is_letter(other) or _is_number_token(other))) or (
            other.lower == "x" and j + 1 < len(toks) and toks[j + 1].lower == "ray")  # "x ray"

    if spelled(k - 1, True) or spelled(k + 1, True):
        return letter
    if _code_words_listed(toks, k) >= _LISTED_CODE_WORDS:
        return letter  # "Bravo, romeo, alpha, mike": a spelling read out in a list
    if tok.lower != "november" and spelled(k - 1, False) and spelled(k + 1, False):
        return letter  # but "twelve november ninety one" is a date
    if tok.lower != "november" and spelled(k - 1, False) and _code_word_earlier(toks, k - 1):
        return letter  # the end of a read-out in the spelling alphabet: "lima x ray one
        # seven zero delta" (its speaker reads every letter so)
    return None


_RUN_REACH = 8  # characters a read-out's code word may stand before the last one


def _code_word_earlier(toks: list[Token], k: int) -> bool:
    """A code word among the characters read out without a break up to toks[k]."""
    for j in range(k, max(k - _RUN_REACH, -1), -1):
        if toks[j].lower in NATO_LETTERS:
            return True
        if not (_is_letter(toks[j]) or _is_number_token(toks[j])
                or toks[j].lower == "ray"):  # "x ray" is two tokens, one code word
            return False
    return False


def _multiplier_alone(toks: list[Token], k: int) -> bool:
    """"double" or "triple" with no digit after it to repeat ("double check")."""
    return toks[k].lower in MULTIPLIERS and not (
        k + 1 < len(toks) and _is_number_token(toks[k + 1])
        and toks[k + 1].lower not in MULTIPLIERS)


def _doubled(toks: list[Token], k: int) -> str | None:
    """"double e", "triple a": the letter read that many times, or None ("double u" is w)."""
    times = MULTIPLIERS.get(toks[k].lower)
    if times is None or k + 1 >= len(toks) or not _is_letter(toks[k + 1]):
        return None
    letter = toks[k + 1].lower
    return "w" if (times, letter) == (2, "u") else letter * times


def _spelled_run(text: str, toks: list[Token], i: int) -> tuple[int, str]:
    """End index and letters of a run spelled letter by letter ("y o d e r", "B-A-R-R-Y",
    "K as in kilo, O, W", "a for apple d for delta", "kilo lima"); (i, "") if there is none."""
    doubled = _doubled(toks, i)
    first = doubled or _letter(toks, i)
    if first is None:
        return i, ""
    letters = [first]
    j = i + 1 if doubled else i  # last token of the run
    marked = False  # joined by "-" or "." or explained ("as in"): two letters are enough
    explained = len(toks[i].text) > 1  # "S as in sam", a code word: one letter is enough
    n = len(toks)
    while j + 1 < n:
        nxt = toks[j + 1]
        doubled = _doubled(toks, j + 1)
        if doubled and _adjacent(text, toks[j], nxt):
            letters.append(doubled)  # "l d seven one double e k"
            j += 2
            explained = True
            continue
        if len(toks[j].text) == 1 and NATO_LETTERS.get(nxt.lower, "").lower() == \
                toks[j].lower and _adjacent(text, toks[j], nxt):
            j += 1  # "k kilo p papa", "y yankee": the letter, then the word that explains it
            explained = True
            continue
        if toks[j].lower == "x" and nxt.lower == "x" and j + 2 < n and toks[j + 2].lower == "ray" \
                and _adjacent(text, toks[j], nxt):
            j += 2  # "x x ray"
            explained = True
            continue
        if nxt.text in (",", ".") and j + 3 < n and len(toks[j].text) == 1 \
                and toks[j + 2].lower == toks[j].lower and _explained(toks, j + 3, toks[j].lower):
            j += 2  # "Fifth is I, I for India", "T. T for tango": said again to explain it
            explained = True
            continue
        if nxt.lower == "as" and j + 3 < n and toks[j + 2].lower == "in" \
                and toks[j + 3].text.isalpha():
            marked = explained = True  # "K as in kilo": the word only explains the letter
            j += 3
            continue
        if nxt.lower == "for" and j + 2 < n and toks[j + 2].text.isalpha() \
                and len(toks[j + 2].text) > 1:
            marked = True  # "a for apple, d for delta": two such letters are a run, and one
            # whose word starts with it is explained ("G for Golf"; not "i for one")
            explained = explained or toks[j + 2].lower[0] == letters[-1].lower()
            j += 2
            continue
        if nxt.lower == "ray" and toks[j].lower == "x" and _adjacent(text, toks[j], nxt) and (
                len(letters) > 1 or _read_out_beside(toks, i, j + 1)):
            j += 1  # "x ray romeo tango": the code word written as two
            explained = True
            continue
        if nxt.text in (*_SPELL_JOINERS, ",") and j + 2 < n and _adjacent(text, toks[j], nxt) \
                and (twice := _doubled(toks, j + 2)):
            letters.append(twice)  # "B, double O, D": a doubled letter among those listed
            j += 3
            explained = True
            continue
        if nxt.text in (*_SPELL_JOINERS, ",") and j + 2 < n and (
                _is_letter(toks[j + 2]) or (explained and toks[j + 2].lower in NATO_LETTERS and (
                    j + 3 == n or toks[j + 3].text in (",", ".", "...")
                    or _is_number_token(toks[j + 3])))) \
                and _adjacent(text, toks[j], nxt):  # "S as in Sierra, Papa, 4 1"
            marked = marked or nxt.text != ","
            j += 2
        elif _letter(toks, j + 1) and _adjacent(text, toks[j], nxt):
            j += 1
            explained = explained or len(nxt.text) > 1
        else:
            break
        letters.append(_letter(toks, j) or NATO_LETTERS.get(toks[j].lower) or toks[j].text)
    if len(letters) >= 3 or (len(letters) == 2 and marked) or explained:
        return j + 1, "".join(letters).lower()
    return i, ""


def _explained(toks: list[Token], k: int, letter: str) -> bool:
    """toks[k] opens the word that explains `letter`: "for India", "as in mike", "mike"."""
    said = [tok.lower for tok in toks[k:k + 3]]
    if said[:1] == ["for"]:
        word = said[1] if len(said) > 1 else ""
    elif said[:2] == ["as", "in"]:
        word = said[2] if len(said) > 2 else ""
    else:
        return bool(said) and NATO_LETTERS.get(said[0], "").lower() == letter
    return len(word) > 1 and word.startswith(letter)


def _read_out_beside(toks: list[Token], first: int, last: int) -> bool:
    """A character is read out right after toks[last] ("x ray romeo"), or on both sides with
    commas between: "m for mike, seven, x ray, two two" (not "the x ray, 3 weeks ago")."""
    if last + 1 < len(toks) and _spelled_after(toks[last + 1]):
        return True
    after = last + 1 + (last + 1 < len(toks) and toks[last + 1].text == ",")
    before = first - 1 - (first > 0 and toks[first - 1].text == ",")
    return after < len(toks) and before >= 0 and _spelled_after(toks[after]) \
        and _spelled_after(toks[before])


def _spelled_after(tok: Token) -> bool:
    """A letter, a code word or a number goes on reading a code out."""
    return _is_letter(tok) or tok.lower in NATO_LETTERS or _is_number_token(tok)


def _is_dot(toks: list[Token], k: int) -> bool:
    """A spoken "dot", or a typed "." with no space after it: "at the Royal Infirmary. He is"
    ends a sentence, it does not go on to a domain "he"."""
    tok = toks[k]
    return tok.lower == "dot" or (tok.text == "." and k + 1 < len(toks)
                                  and toks[k + 1].start == tok.end)


def _email_domain_end(toks: list[Token], at: int) -> int | None:
    """Index after "<word> dot <word> ... dot <tld>" that follows a spoken "at", or None."""
    j = at + 1
    seen_dot = False
    last_end = None
    while j < len(toks) and toks[j].lower[0].isalnum():
        j += 1
        if not seen_dot:  # a domain said as words: "proton mail dot com", "prairie oak realty"
            k = j
            while k < len(toks) and k - j < _DOMAIN_WORDS - 1 and toks[k].lower != "dot" \
                    and toks[k].lower[0].isalnum():
                k += 1
            if k > j and k < len(toks) and _is_dot(toks, k):
                j = k
        if j + 1 < len(toks) and toks[j].lower in ("dash", "hyphen", "-"):
            j += 1
            continue
        if seen_dot and j < len(toks) and len(toks[j - 1].lower) == 1 \
                and len(toks[j].lower) == 1 and toks[j].lower.isalpha() \
                and is_tld(toks[j - 1].lower + toks[j].lower):
            j += 1  # a domain's ending spelled: "quillbyte dot i o"
        if seen_dot and (is_tld(toks[j - 1].lower) or (
                len(toks[j - 1].lower) == 1 and is_tld(toks[j - 2].lower + toks[j - 1].lower))):
            last_end = j  # "... dot com", and perhaps "dot ng" after it
        # A dot goes on only to another word: the full stop after "dot com." ends the address.
        if j + 1 < len(toks) and _is_dot(toks, j) and toks[j + 1].lower[0].isalnum():
            seen_dot = True
            j += 1
            continue
        break
    return last_end


def _email_local_start(toks: list[Token], at: int, floor: int) -> int:
    """First token of the local part that ends just before toks[at]; a typed one ("k.osei
    [at] ...") is written without spaces, so a space ends it."""
    typed = toks[at].text[:1] in _CLOSING
    i = at
    words = 0  # a spelled run counts once: "l a n i dot f o n o t i at ..." is three
    while i - 1 >= floor and words < _LOCAL_PART_WORDS:
        if typed and i < at and toks[i - 1].end != toks[i].start:
            break
        low = toks[i - 1].lower
        # A stop word joined on by a spoken symbol is part of the address ("me underscore x").
        joined = (i < at and toks[i].lower in _EMAIL_SYMBOLS) \
            or (i - 2 >= floor and toks[i - 2].lower in _EMAIL_SYMBOLS) \
            or (len(low) == 1 and i - 2 >= floor and len(toks[i - 2].lower) == 1
                and (toks[i - 2].lower.isalnum() or toks[i - 2].lower == "-"))  # the "i" of
        # "l a n i at ...", "n-i at ...": spelled
        if (low in _EMAIL_LOCAL_STOP and not joined) \
                or not (low[0].isalnum() or low in ("_", ".", "-")):
            break
        i -= 1
        words += not (len(low) == 1 and i - 1 >= floor and len(toks[i - 1].lower) == 1)
    return i


_LOCAL_PART_WORDS = 8


def _emit_email(b: _Builder, toks: list[Token], start: int, at: int, end: int,
                at_end: int) -> None:
    """The address of toks[start:end], whose "@" is said in toks[at:at_end]."""
    parts: list[str] = []
    words: list[str] = []

    def flush_words() -> None:
        if words:
            value = _number_value(words)
            parts.append(value if value is not None else "".join(words))
            words.clear()

    for k in range(start, end):
        low = toks[k].lower
        if at < k < at_end:
            continue
        if k == at:
            flush_words()
            parts.append("@")
        elif low in _EMAIL_SYMBOLS and start < k < end - 1:
            flush_words()
            parts.append(_EMAIL_SYMBOLS[low])
        elif low in NUMBER_WORDS and k < at:
            words.append(low)
        else:
            flush_words()
            parts.append(low)
    flush_words()
    b.add(Piece("".join(parts), toks[start].start, toks[end - 1].end, "email"))


_HIDDEN_SYMBOL_RE = rx.compile(r"[(\[{]\s*(?:at|dot)\s*[)\]}]", re.IGNORECASE)
_CLOSING = {"(": ")", "[": "]", "{": "}"}


def _unbracket_symbols(toks: list[Token]) -> list[Token]:
    """"faith.m (at) outlook (dot) com", the way people hide an address from scrapers: a
    bracketed "at" or "dot" is the word said aloud, and the spoken address is read from it."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.text in _CLOSING and i + 2 < len(toks) and toks[i + 1].lower in ("at", "dot") \
                and toks[i + 2].text == _CLOSING[tok.text]:
            word = toks[i + 1]
            out.append(Token(tok.text + word.text + toks[i + 2].text, word.lower, tok.start,
                             toks[i + 2].end))
            i += 3
            continue
        out.append(tok)
        i += 1
    return out


def normalize(text: str) -> Normalized:
    """Rewrite transcript text into its canonical form (see the module docstring).

    The text is Unicode-folded first (`unicode.fold`); pieces keep offsets into `text` itself.
    """
    original = text
    text, starts, ends = fold(text)
    toks = tokenize(text)
    if _HIDDEN_SYMBOL_RE.search(text):
        toks = _unbracket_symbols(toks)
    b = _Builder()
    pieces = b.pieces
    i = 0
    n = len(toks)
    consumed_to = 0
    while i < n:
        tok = toks[i]
        low = tok.lower
        if len(low) > 1 and low not in SPECIAL_WORDS and low[0].isalpha():
            pieces.append(Piece(low, tok.start, tok.end))  # the common case: a plain word
            i += 1
            continue
        if low == "at" and i > consumed_to:
            at_end = i + 1 + 2 * ([t.lower for t in toks[i + 1:i + 3]] == ["the", "rate"])
            # ("at the rate": how Indian English says "@")
            dom_end = _email_domain_end(toks, at_end - 1)
            bare = dom_end is None and i + 1 < n and toks[i + 1].lower in EMAIL_PROVIDERS
            if dom_end is not None or bare:
                start = _email_local_start(toks, i, consumed_to)
                if bare and not any(t.lower in _EMAIL_SYMBOLS or t.text.isdecimal()
                                    or t.lower in NUMBER_WORDS for t in toks[start:i]):
                    start = i  # "i work at yahoo": no address
                dom_end = dom_end or i + 2
                if start < i:
                    # Drop pieces already emitted for the local part, then emit the address.
                    while b.pieces and b.pieces[-1].start >= toks[start].start:
                        b.pieces.pop()
                    _emit_email(b, toks, start, i, dom_end, at_end)
                    i = consumed_to = dom_end
                    continue
        if _is_number_token(tok) and not _state_before_zip(toks, i):
            end = _number_run_end(text, toks, i)
            if _emit_number(b, toks, i, end):
                i = end
                continue
        spelled_end, letters = _spelled_run(text, toks, i)
        if spelled_end > i:
            b.add(Piece(letters, tok.start, toks[spelled_end - 1].end, "spelled"))
            i = spelled_end
            continue
        if low in _NUMBER_SYMBOLS and b.pieces and b.pieces[-1].kind == "number" \
                and i + 1 < n and _is_number_token(toks[i + 1]):
            b.add(Piece(_NUMBER_SYMBOLS[low], tok.start, tok.end, "punct", glue=True))
            i += 1
            continue
        if low == "plus" and i + 1 < n and _is_number_token(toks[i + 1]):
            b.add(Piece("+", tok.start, tok.end, "punct", glue=True))  # "plus forty four ..."
            i += 1
            continue
        kind = "word" if low[0].isalnum() else "punct"
        b.add(Piece(low, tok.start, tok.end, kind))
        i += 1
    norm = b.build(text)
    if starts:  # back to the caller's offsets
        for piece in norm.pieces:
            piece.start, piece.end = starts[piece.start], ends[piece.end - 1]
        norm.original = original
    return norm
