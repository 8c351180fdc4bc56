"""Unicode folding before detection, with a map back to the original offsets.

A value must not survive because of how its characters are encoded: a zero-width space inside a
card number, a full-width "＠" in an e-mail address, "José" written with a combining accent, a
phone number in Arabic-Indic digits. Folding makes each of those read as its plain form:

* format characters and the other default-ignorable code points are dropped: zero-width
  space, joiner and non-joiner, soft hyphen, BOM, direction marks (category Cf), variation
  selectors, the combining grapheme joiner, Hangul fillers, tags;
* each character is compatibility-decomposed (NFKD: full-width forms, ligatures, superscripts,
  precomposed letters) and its combining marks are dropped, so "José", "Jose\u0301" and
  "Jose" read the same (the lexicon of names is keyed the same way);
* a decimal digit of any script becomes its ASCII digit.

Only detection sees the folded text: what is kept is the caller's text, accents and all.

`fold` returns the folded text and, for every folded character, the original span it came from
(one character may fold to several: "ﬁ" to "fi"), so findings map back to the caller's text.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> tuple[str, list[int], list[int]]:
    """The folded text and, per folded character, the start and end of its original span.

    ASCII text is returned as it is, with empty maps: nothing to fold, nothing to map.
    """
    if text.isascii():
        return text, [], []
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if _invisible(ch):
            i += 1
            continue
        j = i + 1
        while j < n and (unicodedata.combining(text[j]) or _invisible(text[j])):
            j += 1  # marks (and invisible characters among them) go with their base character
        for fc in fold_chars(text[i:j]):
            out.append(fc)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(out), starts, ends


def fold_chars(text: str) -> str:
    """One piece of text folded as `fold` does, without the offset map (for word lists)."""
    if text.isascii():
        return text
    out = []
    for ch in unicodedata.normalize("NFKD", text):
        if ch.isascii():
            out.append(ch)
        elif unicodedata.combining(ch) or _invisible(ch) or unicodedata.category(ch) in (
                "Mn", "Me"):
            continue
        else:
            digit = unicodedata.decimal(ch, None)
            out.append(str(digit) if digit is not None else ch)
    return "".join(out)


# Default-ignorable code points that are not format characters: nothing shows where they stand.
_IGNORABLE_RANGES = ((0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
                     (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0),
                     (0x1BCA0, 0x1BCA3), (0xE0000, 0xE0FFF))


def _invisible(ch: str) -> bool:
    if unicodedata.category(ch) in ("Cf", "Me"):
        return True
    code = ord(ch)
    return any(low <= code <= high for low, high in _IGNORABLE_RANGES)
