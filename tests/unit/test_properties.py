"""Properties that must hold for any input, not just the sentences we thought of."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from transcript_pipeline.redaction import Redactor
from transcript_pipeline.redaction.detectors.card import luhn_valid

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
