"""What each mechanism of the redactor is worth: recall per type with it off and on.

Two switches, each measured on the hand-written, blind and sixth-hand calls and typed text:
- the name lexicon (names by what they are): off means no word is known as a name from data,
  so only slots, cues and capitals find names;
- the identifier default (privacy first): off means only the specific identifier phrases of
  before ("member number", "policy id") announce a personal value, and a value asked for as an
  identifier must pass its detector's own checks.
The engine is patched in this process only; nothing here is a product setting.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from transcript_pipeline.ops.evaluation import evaluate
from transcript_pipeline.redaction import Redactor, engine
from transcript_pipeline.redaction.detectors import person
from transcript_pipeline.redaction.lexicon import (
    BARE_IDENTIFIER_OWNERS,
    CONTEXT_PHRASES,
    IDENTIFIER_HEADS,
    IDENTIFIER_OWNERS,
)
from transcript_pipeline.redaction.phrases import PhraseTable

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SETS = ("handwritten.jsonl", "handwritten_blind.jsonl", "typed.jsonl", "fresh_calls_6.jsonl",
        "typed_blind_2.jsonl")
GENERIC = {f"{o} {h}" for o in IDENTIFIER_OWNERS for h in IDENTIFIER_HEADS} | {
    "number", "numbers", "id", "i d", "#", "no.", *BARE_IDENTIFIER_OWNERS}


@contextmanager
def lexicon_off() -> Iterator[None]:
    saved = person.name_class, engine.name_class
    person.name_class = engine.name_class = lambda word: ""  # type: ignore[assignment]
    person._cached_word_class.cache_clear()
    try:
        yield
    finally:
        person.name_class, engine.name_class = saved
        person._cached_word_class.cache_clear()


@contextmanager
def identifier_default_off() -> Iterator[None]:
    saved = engine._CONTEXT, engine.IDENTIFIER_TYPES, engine.ANNOUNCED_TYPES
    phrases = {label: [p for p in items if not (label == "MEMBER_ID" and p in GENERIC)]
               for label, items in CONTEXT_PHRASES.items()}
    engine._CONTEXT = PhraseTable(phrases)
    engine.IDENTIFIER_TYPES = engine.ANNOUNCED_TYPES = frozenset()
    try:
        yield
    finally:
        engine._CONTEXT, engine.IDENTIFIER_TYPES, engine.ANNOUNCED_TYPES = saved


@contextmanager
def unchanged() -> Iterator[None]:
    yield


def score(name: str) -> dict:
    with (DATA / name).open(encoding="utf-8") as lines:
        return evaluate(lines, Redactor()).as_dict()


def main() -> None:
    variants = {"all on": unchanged, "lexicon off": lexicon_off,
                "identifier default off": identifier_default_off}
    for name in SETS:
        reports = {}
        for label, switch in variants.items():
            with switch():
                reports[label] = score(name)
        types = sorted(reports["all on"]["recall_by_type"])
        print(f"\n{name}: recall per type (" + " | ".join(variants) + ")")
        for t in [*types, "overall", "keep"]:
            cells = []
            for label in variants:
                r = reports[label]
                value = (r["recall"] if t == "overall" else r["keep_survival"] if t == "keep"
                         else r["recall_by_type"][t])
                cells.append(f"{value:.3f}")
            print(f"  {t:<20}" + "  ".join(f"{c:>8}" for c in cells))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
