"""Phrase lookup over normalised pieces: which context phrases occur, and where.

One big regular expression over hundreds of phrases is slow in Python's engine (no shared
prefixes, a word-boundary test at every position). Looking up each word in a table keyed by a
phrase's first word is a dictionary hit per word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .normalize import Normalized, normalize


class PhraseTable:
    """Label -> phrases, matched word by word, longest phrase first."""

    def __init__(self, phrases: Mapping[str, Sequence[str]]) -> None:
        table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for label, items in phrases.items():
            for phrase in items:
                # Normalised as the text will be: "first name" is "1st name" there.
                words = tuple(p.text for p in normalize(phrase).pieces)
                table.setdefault(words[0], []).append((words, label))
        for entries in table.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)
        self._table = table

    def find(self, norm: Normalized) -> list[tuple[int, int, str]]:
        """Canonical (start, end, label) of each phrase occurrence, left to right."""
        pieces = norm.pieces
        texts = [p.text for p in pieces]
        cstarts = norm.cstarts
        table = self._table
        found = []
        i = 0
        n = len(texts)
        while i < n:
            entries = table.get(texts[i])
            if entries:
                for words, label in entries:
                    k = len(words)
                    if tuple(texts[i:i + k]) == words:
                        last = i + k - 1
                        found.append((cstarts[i], cstarts[last] + len(texts[last]), label))
                        i += k - 1
                        break
            i += 1
        return found
