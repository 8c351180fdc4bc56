"""Values read out a character at a time, and what says such a value is the business's.

Privacy first: in a call, characters said one word each ("q c seven seven four oh two one", "f
foxtrot d delta", "d h o m h n a i l l") are a code or a name being given, whoever says them
and whether or not anything asked for them. Amounts, years and times are said in tens and
hundreds, not one digit at a time, and nobody spells out a common word. What keeps such a
value is what names it as the business's own or a thing's: the noun before it ("dispute d r
four ..."), "our", a record filed under it, an article ("the r b five one five four frame"), or
the same value announced so earlier in the call (the session remembers a keyed hash of it).

The functions here are pure; the session (`engine.RedactionSession`) decides when they apply.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from . import patterns as rx
from .detectors.base import Candidate, Finding
from .lexicon import BUSINESS_REFERENCES
from .names import name_class
from .normalize import MULTIPLIERS, NATO_LETTERS, UNITS, Normalized, Piece

ONE_BY_ONE_DIGITS = 6  # a read-out of digits alone: shorter ones are extensions, PINs, choices
CODE_DIGITS = 3  # ... of letters and digits: at least so many digits ("r v k seven one nine")
CODE_CHARACTERS = 6  # ... and so many characters in all (not a flight: "b a two seven five")
READ_OUT_MIN = 3  # characters of an asked-for value read out: fewer are a choice ("b", "a 4")
SPELLED_OUT_LETTERS = 5  # a word spelled out: fewer letters are an acronym ("n h s", "h s b c")

_ONE_BY_ONE_WORDS = frozenset((*UNITS, *MULTIPLIERS, *NATO_LETTERS, "nought"))
_WORD_RE = rx.compile(r"[^\W_]+")
# Words between a noun and the value it names: "dispute d r ...", "request number is s r ..."
_NOUN_TO_VALUE = frozenset(("number", "no", "is", "reference", "ref", "id", "code", "was", "for"))
# A record filed under the value: "logged it as t r f ...", "booked under s v ..."
_FILED_UNDER = frozenset(("under", "as"))
# Nouns of a thing's code, not a person's: "error e r four zero one two", "model q n six five"
_THING_NOUNS = frozenset(("error", "fault", "model", "version", "firmware", "serial", "meter"))
_ARTICLES = frozenset(("the",))  # "a" may be the code's first letter: "its a oh three ..."
# ... but "the code is x", "a number, q c ...": the article is the cue's, not the value's
_CUE_AFTER_ARTICLE = _NOUN_TO_VALUE | {",", ":", "it's", "its"}
# ... but what is sent or ordered is the business's to number, whoever it goes to: "my package
# 4470-2291-8836 shows absent", "her parcel JD0146..."
_SENT_THINGS = frozenset(("parcel", "parcels", "package", "packages", "shipment", "consignment",
                          "tracking", "waybill", "order"))  # (not "my tax return", "my delivery
# for": what follows may be someone's)
_OWNERS = frozenset(("my", "his", "her", "their"))  # "my season ticket is ..." (not the agent's
# "your service request is ...": the business's reference for the caller)
# A flight: an airline's two letters and up to four digits, after a word of travel
_FLIGHT_RE = rx.compile(r"[a-z]{2}\d{1,4}")
_TRAVEL = frozenset(("on", "flight", "flying", "flew", "fly", "booked", "boarding", "via"))
_NOTES = frozenset("abcdefg")  # grades, notes, multiple-choice answers: "a a b b c"


def one_word_each(said: str) -> bool:
    """Characters said one word each ("four zero one", "q c 7 7 4"), not "two thirty", "a
    hundred"."""
    words = _WORD_RE.findall(said)
    return bool(words) and all(len(w) == 1 or w.lower() in _ONE_BY_ONE_WORDS for w in words)


def read_one_by_one(norm: Normalized, cand: Candidate) -> bool:
    """A code of digits, or of letters and digits, said one character at a time, long enough
    to identify someone, and not a flight said after a word of travel."""
    digits = len(cand.digits)
    if cand.kind == "number":
        if digits < ONE_BY_ONE_DIGITS:
            return False
    elif cand.kind not in ("code", "alnum") or digits < CODE_DIGITS \
            or sum(ch.isalnum() for ch in cand.text) < CODE_CHARACTERS:
        return False
    index = norm.piece_index(cand.cstart)
    if _FLIGHT_RE.fullmatch(cand.text.replace(" ", "")) and index > 0 \
            and norm.texts[index - 1] in _TRAVEL:
        return False  # "i'm on q f one two three four tomorrow"
    start, end = norm.to_original(cand.cstart, cand.cend)
    return one_word_each(norm.original[start:end])


def spelled_name(text: str) -> bool:
    """Letters spelled out that make a word only a name, a street or a login can be: five or
    more, no common English word ("s e t u p", "f r a g i l e"), no grades or notes."""
    return len(text) >= SPELLED_OUT_LETTERS and text.isalpha() and name_class(text) != "E" \
        and not set(text) <= _NOTES


def kept_forms(cand: Candidate) -> tuple[str, ...]:
    """The forms of a business's value that a read-back may take: whole, or its digits
    without the zeros that open them ("i n c zero zero four four one ..." / "four four one
    ...")."""
    compact = "".join(ch for ch in cand.text if ch.isalnum())
    digits = cand.digits.lstrip("0")
    return tuple(form for form in dict.fromkeys((compact, digits)) if form)


def named_by_business(norm: Normalized, cand: Candidate) -> bool:
    """The value is the business's, or a thing's, by the words right before it: a noun of the
    business's own records ("opened dispute d r ...", "raised service request s r ...",
    "prescription 4471093") that nobody's "my" owns, the business's own ("our referral t a v
    ..."), a record filed under it ("logged it as t r f ..."), a thing's noun ("error e r four
    ...") or an article that makes it a thing ("the r b five one five four frame")."""
    texts, pieces = norm.texts, norm.pieces
    index = norm.piece_index(cand.cstart) - 1
    while index >= 0 and (texts[index] in _NOUN_TO_VALUE or pieces[index].kind == "spelled" or (
            len(texts[index]) == 1 and texts[index].isalnum() and texts[index] not in "ai")):
        index -= 1  # past the letters the value opens with
    if index > 0 and texts[index] in _APPOSITION:
        index -= 1  # "a missed collection request, 201-3378-4412"
    if index < 0:
        return False
    before = texts[max(index - 2, 0):index]
    if texts[index] in BUSINESS_REFERENCES:
        return _OWNERS.isdisjoint(before) or texts[index] in _SENT_THINGS
    if texts[index] in _FILED_UNDER or texts[index] in _THING_NOUNS or "our" in before[-1:]:
        return True
    return any(texts[k] in _ARTICLES and _CUE_AFTER_ARTICLE.isdisjoint(texts[k + 1:index + 1])
               for k in range(max(index - 1, 0), index + 1))


_APPOSITION = frozenset((",", ":", "-", "–"))


def read_out_character(piece: Piece) -> bool:
    """A piece of a read-out: a spelled run, a number, a letter or a code word."""
    return piece.kind in ("spelled", "number") or (
        piece.kind == "word" and ((len(piece.text) == 1 and piece.text.isalnum())
                                  or piece.text in NATO_LETTERS))


_BREAKING_OFF = frozenset(("no", "sorry", "wait", "oops", "mean", "actually", "scratch", "hang"))
_BETWEEN_BREAKS = frozenset(("i", "on", "that", ",", "...", "…", "-"))  # "no, sorry, i mean"
# Words before a false start that make it a time or a place: "i'll be there at 5, sorry, ..."
_NOT_A_START = frozenset(("at", "by", "until", "till", "before", "after", "about", "around",
                          "ward", "room", "bed", "bay", "gate", "platform"))


def false_starts(norm: Normalized, findings: Iterable[Finding]) -> list[tuple[int, int, str]]:
    """Canonical spans, and types, of characters read just before a value and broken off with
    "no sorry" / "wait" before it is read again ("y v no sorry y b one nine g k p", "c kilo,
    wait, c kilo seven four"): the false start is the same value, in part."""
    pieces = norm.pieces
    piece_starts = [p.start for p in pieces]
    spans: list[tuple[int, int, str]] = []
    for finding in findings:
        k = bisect_left(piece_starts, finding.start) - 1
        breaks = 0
        while k >= 0 and (pieces[k].text in _BREAKING_OFF or pieces[k].text in _BETWEEN_BREAKS):
            breaks += pieces[k].text in _BREAKING_OFF
            k -= 1
        end = k
        while k >= 0 and read_out_character(pieces[k]) and pieces[k].text not in ("a", "i"):
            k -= 1
        if breaks and end > k and (k < 0 or pieces[k].text not in _NOT_A_START):
            spans.append((norm.cstarts[k + 1], norm.cstarts[end] + len(pieces[end].text),
                          finding.type))
    return spans


_EXPLAINING = frozenset(("for", "as", "like"))  # "v for victor", "b as in bravo"


def read_out_runs(norm: Normalized, between: frozenset[str],
                  asked: bool) -> list[tuple[int, int]]:
    """The canonical spans of the characters read out, when that is all the turn says but for
    the words `between` them ("no sorry", "and then", "it's") and explanations ("v for
    victor"): digits one word each, and enough of them (a reading or a count is no code), or
    letters that make no common word, or letters spelled with code words ("h hotel then r
    romeo"); where such a value was `asked` for, any three characters ("it's l a eight")."""
    pieces, texts, original = norm.pieces, norm.texts, norm.original
    runs: list[tuple[int, int]] = []
    digits = letters = aids = 0  # aids: code words and explanations, a code's spelling
    k, run_start = 0, -1
    while k < len(pieces):
        piece = pieces[k]
        if read_out_character(piece) and (piece.kind != "number" or one_word_each(
                original[piece.start:piece.end])):
            digits += sum(ch.isdigit() for ch in piece.text)
            code_word = piece.kind == "word" and piece.text in NATO_LETTERS  # "bravo" alone
            letters += 1 if code_word else sum(ch.isalpha() for ch in piece.text)
            aids += code_word or any(w.lower() in NATO_LETTERS
                                     for w in _WORD_RE.findall(original, piece.start, piece.end))
            if run_start < 0:
                run_start = k
            k += 1
            continue
        if run_start >= 0 and texts[k] in _EXPLAINING and k + 1 < len(pieces) \
                and texts[k - 1][-1:] and (texts[k + 1:k + 2] == ["in"] or texts[
                    k + 1][:1] == texts[k - 1][-1:]):
            k += 3 if texts[k + 1] == "in" else 2
            aids += 1
            continue
        if piece.kind != "punct" and texts[k] not in between:
            return []
        if run_start >= 0:
            runs.append((norm.cstarts[run_start], norm.cstarts[k - 1] + len(texts[k - 1])))
            run_start = -1
        k += 1
    if run_start >= 0:
        runs.append((norm.cstarts[run_start], norm.cstarts[-1] + len(texts[-1])))
    said = "".join(norm.canonical[a:b] for a, b in runs).replace(" ", "")
    if (asked and digits + letters >= READ_OUT_MIN) or digits >= ONE_BY_ONE_DIGITS \
            or (digits >= CODE_DIGITS and letters) or (
            # "sierra kilo seven one x-ray victor papa": letters said with code words
            aids and digits >= 2 and letters >= CODE_DIGITS) or (
            not digits and (spelled_name(said) or (aids and letters >= CODE_DIGITS))):
        return runs  # but not "x x l", "a a b", "o k o k": no code spelled with such care
    return []


class SpanIndex:
    """Spans (start, end) sorted once, asked whether any overlaps or contains a range in
    O(log n) a time: a long text has many findings and many candidates, and asking each span
    of each is quadratic."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach: list[int] = []  # the furthest end of any span starting up to here
        for _, end in ordered:
            self._reach.append(max(end, self._reach[-1] if self._reach else end))

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, end) - 1  # the last span starting before `end`
        return k >= 0 and self._reach[k] > start

    def contains(self, start: int, end: int) -> bool:
        k = bisect_right(self._starts, start) - 1  # the last span starting at `start` or before
        return k >= 0 and self._reach[k] >= end


class Covered:
    """Which canonical spans findings already cover (their index in original offsets)."""

    def __init__(self, norm: Normalized, found: Iterable[tuple[Finding, int]]) -> None:
        self._spans = SpanIndex((f.start, f.end) for f, _ in found)
        self._norm = norm

    def overlaps(self, cstart: int, cend: int) -> bool:
        return self._spans.overlaps(*self._norm.to_original(cstart, cend))

    def contains(self, cstart: int, cend: int) -> bool:
        return self._spans.contains(*self._norm.to_original(cstart, cend))
