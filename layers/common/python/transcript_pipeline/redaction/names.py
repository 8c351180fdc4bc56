"""Is a word a person's name? Answered from data, not from a list written by hand.

The lexicon is built from real data sets (given names and surnames of 105 countries against
English word frequencies and a dictionary) by `layers/common/lexicon/build_names.py`, which
says how. It holds three classes: a word of class `N` is a name wherever it stands ("amrit",
"oksana", "okafor"); a word of class `W` is also a common word ("grace", "will"), a name where
the context or, in cased text, a capital letter says so; a word of class `P` is also a place
("jordan", "florence") or a word English-speaking countries name people with less often
("indigo", "moody"), a name only where the context says so. Class `E` holds common English
words that are no name ("picking", "travelling"): after "I'm" they are no introduction. Class
`C` holds the rest of the common English words ("korea", "goodness"): `name_class` says nothing
of them, `common_word` does, so that a word in no class is one English text rarely holds.

Names are stored as sorted 64-bit BLAKE2b digests: loading is one `frombytes` (about a
millisecond, where a set of 280,000 strings costs 50 ms of every Lambda cold start) and a look-up
is a digest and a binary search. A collision would at worst redact one more word.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from functools import lru_cache
from hashlib import blake2b
from importlib.resources import files
from typing import Literal

NAMES_FILE = "names.bin"
PLACES_FILE = "places.txt"
CALENDAR_FILE = "calendar.txt"
EVERYDAY_FILE = "everyday.txt"
_MAGIC = b"TPNAMES4"
CLASSES = ("N", "W", "P", "E", "C")
_NAME_CLASSES = len(CLASSES) - 1  # C, the last, is no class of `name_class`
NameClass = Literal["N", "W", "P", "E", ""]


def _digest(word: str) -> int:
    return int.from_bytes(blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def encode(classes: dict[str, list[str]]) -> bytes:
    """The artefact's bytes: magic, a count per class, then each class's sorted digests."""
    parts = [_MAGIC]
    arrays = []
    for kind in CLASSES:
        words = classes.get(kind, [])
        digests = array("Q", sorted({_digest(w) for w in words}))
        if sys.byteorder == "big":
            digests.byteswap()
        arrays.append(digests)
        parts.append(len(digests).to_bytes(8, "little"))
    parts.extend(a.tobytes() for a in arrays)
    return b"".join(parts)


class NameLexicon:
    """The classes of names and words, loaded once per process."""

    def __init__(self, data: bytes) -> None:
        if data[:8] != _MAGIC:
            raise ValueError(f"{NAMES_FILE}: not a name lexicon (rebuild it with build_names.py)")
        counts = [int.from_bytes(data[8 + 8 * k:16 + 8 * k], "little")
                  for k in range(len(CLASSES))]
        self._classes: list[array[int]] = []
        offset = 8 + 8 * len(CLASSES)
        for count in counts:
            digests = array("Q")
            digests.frombytes(data[offset:offset + 8 * count])
            if sys.byteorder == "big":
                digests.byteswap()
            self._classes.append(digests)
            offset += 8 * count

    def __len__(self) -> int:
        return sum(len(c) for c in self._classes)

    def classify(self, word: str) -> NameClass:
        """'N', 'W', 'P', 'E' or '' for a lower-case word."""
        digest = _digest(word)
        for kind, digests in zip(CLASSES[:_NAME_CLASSES], self._classes, strict=False):
            if _holds(digests, digest):
                return kind  # type: ignore[return-value]
        return ""

    def common(self, word: str) -> bool:
        """Whether English text often holds the lower-case word (W, E or C)."""
        digest = _digest(word)
        return any(_holds(self._classes[CLASSES.index(kind)], digest) for kind in "WEC")


def _holds(digests: array[int], digest: int) -> bool:
    i = bisect_left(digests, digest)
    return i < len(digests) and digests[i] == digest


@lru_cache(maxsize=1)
def lexicon() -> NameLexicon:
    """The shipped lexicon (read on first use)."""
    return NameLexicon((files(__package__) / "data" / NAMES_FILE).read_bytes())


def name_class(word: str) -> NameClass:
    """The class of a lower-case word. The data sets hold "Loughlin" and "Souza" but not
    "O'Loughlin" or "D'Souza": a surname after such a prefix is a name wherever it stands."""
    kind = lexicon().classify(word)
    if not kind and word[1:2] == "'" and word[0] in _SURNAME_PREFIXES and len(word) > 4 \
            and lexicon().classify(word[2:]) == "N" \
            and not lexicon().common(word[0] + word[2:]):  # (not "d'you", "o'kay")
        return "N"
    if not kind and _inflected_word(word):
        return "E"
    return kind


def _inflected_word(word: str) -> bool:
    """An English word with an ending the word list leaves out ("snores", "wheezes",
    "worries") is English, not a name no data holds: "my husband bill snores" names bill. Not
    a name's possessive ("rosies", "meles") nor what no English ending makes ("Prys"); not
    "-ing" or "-ed" either, which names end in too ("Liming", "Fareed")."""
    for ending in _INFLECTIONS:
        stem = word[:-len(ending)]
        if not word.endswith(ending) or len(stem) < _SHORTEST_STEM:
            continue
        stems: tuple[str, ...]
        if ending == "s":
            stems = () if stem[-1] in "sxzy" or stem.endswith(("ch", "sh")) else (stem,)
        else:
            stems = (stem + "e", stem[:-1] + "y" if stem[-1] == "i" else "",
                     stem if stem[-1] in "sxzo" or stem.endswith(("ch", "sh")) else "")
        if any(s and lexicon().classify(s) == "E" for s in stems):
            return True
    return False


_INFLECTIONS = ("es", "s")  # (not "-ing", "-ed": "liming", "fareed" are names too)
_SHORTEST_STEM = 3  # letters: not "bed" from "b", "kes" from "k"


_SURNAME_PREFIXES = frozenset("odl")


def common_word(word: str) -> bool:
    """Whether a lower-case word is common in English text: a word that is not, nor a name,
    is one few people say ("cornhill", "vochito") and, in the answer to a security question,
    likely the answer."""
    return lexicon().common(word)


@lru_cache(maxsize=1)
def _everyday_words() -> frozenset[str]:
    return frozenset((files(__package__) / "data" / EVERYDAY_FILE).read_text(
        encoding="utf-8").split())


def everyday_word(word: str) -> bool:
    """Whether a lower-case word is one English speakers say every day ("dog", "school"), a
    narrower set than `common_word`'s ("hamster", "shamrock" are common but not everyday):
    among the words of an answer to a security question, one that is not may be the answer."""
    return word in _everyday_words()


@lru_cache(maxsize=1)
def place_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Places of several words by their first word, longest first: their words name no one."""
    table: dict[str, list[tuple[str, ...]]] = {}
    text = (files(__package__) / "data" / PLACES_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        words = tuple(line.split())
        if words:
            table.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(v, key=len, reverse=True)) for first, v in table.items()}


def place_ranges(words: list[str]) -> list[range]:
    """Where places of several words stand in `words` ("flew to San Diego", "south korea")."""
    phrases, out = place_phrases(), []
    for i in [i for i, word in enumerate(words) if word in phrases]:
        for phrase in phrases[words[i]]:
            if tuple(words[i:i + len(phrase)]) == phrase:
                out.append(range(i, i + len(phrase)))
                break
    return out


@lru_cache(maxsize=1)
def other_calendar_words() -> frozenset[str]:
    """Month and weekday names of languages other than English ("juli", "lundi", "agosto"):
    a date's words beside a day or a year, though many are names as well."""
    text = (files(__package__) / "data" / CALENDAR_FILE).read_text(encoding="utf-8")
    return frozenset(text.split())
