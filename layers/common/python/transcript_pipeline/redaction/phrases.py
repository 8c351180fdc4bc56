"""Phrase lookup over normalised pieces: which context phrases occur, and where.

One big regular expression over hundreds of phrases is slow in Python's engine (no shared
prefixes, a word-boundary test at every position). Looking up each word in a table keyed by a
phrase's first word is a dictionary hit per word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .normalize import Normalized


class PhraseTable:
    """Label -> phrases, matched word by word, longest phrase first.

    Phrases come in the canonical form normalised text holds ("1st pet", "mob ."; the lexicon's
    tests check it): splitting them costs nothing at a cold start, where normalising the
    thousand phrases of the tables cost 20 ms.
    """

    def __init__(self, phrases: Mapping[str, Sequence[str]]) -> None:
        # First word -> [(length, {words: label})], longest first: one dictionary look-up per
        # length instead of a comparison per phrase ("call" opens a dozen phrases).
        grouped: dict[str, dict[int, dict[tuple[str, ...], str]]] = {}
        for label, items in phrases.items():
            for phrase in items:
                words = tuple(phrase.split())
                by_words = grouped.setdefault(words[0], {}).setdefault(len(words), {})
                if by_words.setdefault(words, label) != label:
                    raise ValueError(f"phrase {phrase!r} is listed under {by_words[words]} "
                                     f"and {label}")
        self._table = {first: sorted(by_length.items(), reverse=True)
                       for first, by_length in grouped.items()}

    def find(self, norm: Normalized) -> list[tuple[int, int, str]]:
        """Canonical (start, end, label) of each phrase occurrence, left to right.

        A word contracted with "'s" also matches as the word alone: "my number's 0412 ...",
        "the mobile's ...", "policy's" say what "my number is" says; so does a plural ("both
        social insurance numbers", "your card numbers").
        """
        texts = norm.texts
        bare = norm.singulars
        cstarts = norm.cstarts
        table = self._table
        found = []
        i = 0
        n = len(texts)
        while i < n:
            entries = table.get(texts[i]) or (table.get(bare[i]) if bare else None)
            if entries:
                for k, by_words in entries:
                    label = by_words.get(tuple(texts[i:i + k]))
                    if label is None and bare:
                        label = by_words.get(tuple(bare[i:i + k]))
                    if label is not None:
                        last = i + k - 1
                        found.append((cstarts[i], cstarts[last] + len(texts[last]), label))
                        i += k - 1
                        break
            i += 1
        return found
