"""Properties that must hold for any input, not just the sentences we thought of."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from transcript_pipeline.redaction import Redactor
from transcript_pipeline.redaction.detectors.validators import luhn_valid
from transcript_pipeline.redaction.lexicon import CONTEXT_PHRASES, FILLERS

REDACTOR = Redactor()
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ISSUER_PREFIXES = ["4", "51", "55", "2221", "34", "37", "6011", "65"]


def _digit_runs(text: str) -> list[str]:
    return re.findall(r"\d+", text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=4))
def test_never_raises_on_arbitrary_unicode(utterances: list[str]) -> None:
    session = REDACTOR.session()
    for text in utterances:
        result = session.redact(text)
        assert isinstance(result.text, str)
        for f in result.entities:
            assert 0 <= f.start < f.end <= len(text)


# The engine's own words: its cue phrases (asked as questions or said), fillers, marks, letters
# and digits; random turns of them reach the rules that arbitrary text never does.
_CUE_PHRASES = sorted({p for phrases in CONTEXT_PHRASES.values() for p in phrases})
_CUE_WORDS = sorted({w for p in _CUE_PHRASES for w in p.split()} | FILLERS
                    | set(",.?!:'\"…") | {"...", "it's", "then", "ready", "try", "or", "no",
                                           "wait", "sorry", "k", "7", "3", "2nd", "bluebird"})
_TURN = st.tuples(st.booleans(), st.one_of(st.just(""), st.sampled_from(_CUE_PHRASES)),
                  st.lists(st.sampled_from(_CUE_WORDS), max_size=8),
                  st.sampled_from(["", "?", ",", ".", " ..."]))


@settings(max_examples=500, deadline=None)
@given(st.lists(_TURN, min_size=1, max_size=5))
def test_never_raises_on_calls_made_of_its_own_cue_words(
        turns: list[tuple[bool, str, list[str], str]]) -> None:
    """Turns of cue words in any order ("what is your password?" / "bluebird,", "right cos
    ..."): no rule indexes past a turn's end or takes an empty span."""
    session = REDACTOR.session()
    for agent, cue, words, mark in turns:
        text = " ".join([cue, *words]).strip() + mark
        result = session.redact(text, "INTERNAL" if agent else "EXTERNAL")
        for f in result.entities:
            assert 0 <= f.start < f.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 -,.abc"), max_size=60))
def test_never_grows_a_digit_run_that_was_not_there(text: str) -> None:
    redacted = REDACTOR.redact_text(text).text
    original_runs = _digit_runs(text)
    for run in _digit_runs(redacted):
        assert any(run in o for o in original_runs), (run, original_runs)


@st.composite
def card_numbers(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(ISSUER_PREFIXES))
    length = 15 if prefix in ("34", "37") else 16  # Amex has 15 digits, the others 16
    body = prefix + "".join(
        draw(st.sampled_from("0123456789")) for _ in range(length - len(prefix) - 1)
    )
    check = next(str(d) for d in range(10) if luhn_valid(body + str(d)))
    return body + check


@st.composite
def spoken_forms(draw: st.DrawFn, digits: str) -> str:
    """The digits typed in random groups, or spoken digit by digit, or mixed."""
    parts: list[str] = []
    i = 0
    while i < len(digits):
        size = draw(st.integers(min_value=1, max_value=5))
        group = digits[i:i + size]
        style = draw(st.sampled_from(["typed", "spoken", "double"]))
        if style == "typed":
            parts.append(group)
        elif style == "double" and len(group) >= 2 and group[0] == group[1]:
            parts.append("double " + DIGIT_WORDS[int(group[0])])
            parts.extend(DIGIT_WORDS[int(d)] for d in group[2:])
        else:
            parts.extend(DIGIT_WORDS[int(d)] for d in group)
        i += size
    sep = draw(st.sampled_from([" ", " - ", ", "]))
    return sep.join(parts)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_valid_card_number_never_survives_in_any_spelling(data: st.DataObject) -> None:
    number = data.draw(card_numbers())
    spoken = data.draw(spoken_forms(number))
    lead = data.draw(st.sampled_from(["", "sure it's ", "ok ", "yeah so "]))
    result = REDACTOR.redact_text(lead + spoken)
    assert "CREDIT_CARD" in {f.type for f in result.entities}, lead + spoken
    assert not any(len(run) >= 4 for run in _digit_runs(result.text))
    words = [w for w in result.text.split() if w.strip(",-") in DIGIT_WORDS]
    assert len(words) < 4, result.text


# -- Unicode: how a value is encoded must not decide whether it survives ---------------------

FORMAT_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e",
                "\u034f", "\ufe0f", "\u180b", "\u3164", "\U000e0041"]  # and other invisibles
COMBINING = ["\u0301", "\u0300", "\u0308", "\u0327", "\u0303"]
# Decimal digit blocks of other scripts: Arabic-Indic, Extended Arabic-Indic, Devanagari,
# Bengali, Thai, full-width.
DIGIT_ZEROS = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10]
CASES = [
    # (text, the value that must not survive, the entity type that must be reported)
    ("my card number is {v}", "4539148803436467", "CREDIT_CARD"),
    ("the social is {v}", "219-09-9999", "US_SSN"),
    ("send it to {v} please", "maria.lopez@example.com", "EMAIL_ADDRESS"),
    ("you spoke with {v} yesterday", "oksana", "PERSON"),
]


@st.composite
def disguised(draw: st.DrawFn, value: str) -> str:
    """The value with format characters inserted, combining marks added to letters, and its
    digits written in another script."""
    zero = draw(st.sampled_from(DIGIT_ZEROS))
    out = []
    for ch in value:
        if ch.isdigit() and draw(st.booleans()):
            ch = chr(zero + int(ch))
        out.append(ch)
        if ch.isalpha() and draw(st.integers(0, 4)) == 0:
            out.append(draw(st.sampled_from(COMBINING)))
        if draw(st.integers(0, 3)) == 0:
            out.append(draw(st.sampled_from(FORMAT_CHARS)))
    return "".join(out)


def _plain(text: str) -> str:
    """What a reader would see: invisible characters and marks dropped, digits made ASCII."""
    out = []
    for original in text:
        if original in FORMAT_CHARS:
            continue
        for ch in unicodedata.normalize("NFKD", original):
            if unicodedata.category(ch) in ("Cf", "Mn"):
                continue
            digit = unicodedata.decimal(ch, None)
            out.append(str(digit) if digit is not None else ch)
    return "".join(out)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_encoding_tricks_never_change_what_is_found(data: st.DataObject) -> None:
    template, value, entity_type = data.draw(st.sampled_from(CASES))
    variant = data.draw(disguised(value))
    result = REDACTOR.redact_text(template.format(v=variant))
    assert entity_type in {f.type for f in result.entities}, repr(variant)
    plain = _plain(result.text).lower()
    core = "".join(ch for ch in value.lower() if ch.isalnum())
    assert core[:6] not in "".join(ch for ch in plain if ch.isalnum()), (variant, result.text)
    for f in result.entities:  # offsets still point into the caller's own text
        assert 0 <= f.start < f.end <= len(template.format(v=variant))


# Every character Unicode calls a number (decimal digits of every script, superscripts and
# subscripts, fractions, Roman numerals, circled and parenthesised numbers), with number words.
NUMBER_LIKE = [chr(c) for c in range(0x110000)
               if c < 0xD800 or c > 0xDFFF
               if unicodedata.category(chr(c)) in ("Nd", "No", "Nl")]
NUMBER_TEXT = st.lists(st.one_of(st.sampled_from(NUMBER_LIKE),
                                 st.sampled_from([*DIGIT_WORDS, " ", "thousand", "hundred",
                                                  "double", "oh", "-", ",", ".", "/"])),
                       max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(NUMBER_TEXT, min_size=1, max_size=3))
def test_number_like_characters_of_any_script_never_break_the_redactor(texts: list[str]) -> None:
    session = REDACTOR.session()
    for text in texts:
        result = session.redact(text)
        for f in result.entities:
            assert 0 <= f.start < f.end <= len(text)
