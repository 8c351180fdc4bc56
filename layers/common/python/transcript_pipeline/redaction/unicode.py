"""Unicode folding before detection, with a map back to the original offsets.

A value must not survive because of how its characters are encoded: a zero-width space inside a
card number, a full-width "＠" in an e-mail address, "José" written with a combining accent, a
phone number in Arabic-Indic digits. Folding makes each of those read as its plain form:

* format characters (category Cf: zero-width space, joiner and non-joiner, soft hyphen, BOM,
  direction marks) are dropped;
* each base character and the combining marks after it are composed and compatibility-folded
  (NFKC: full-width forms, ligatures, superscripts);
* a decimal digit of any script becomes its ASCII digit.

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
        if unicodedata.category(ch) == "Cf":
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        folded = cluster if cluster.isascii() else unicodedata.normalize("NFKC", cluster)
        for fc in folded:
            if not fc.isascii():
                digit = unicodedata.decimal(fc, None)
                if digit is not None:
                    fc = str(digit)
                elif unicodedata.category(fc) == "Cf":
                    continue
            out.append(fc)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(out), starts, ends
