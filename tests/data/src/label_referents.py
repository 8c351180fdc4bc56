"""Adds referent labels (`entity`) to a generated corpus whose spans lack them (the dev corpus).

The hand-written sets name each mention's referent in their markup (`[PERSON@caller:...]`). The
generated dev corpus gives every mention its own id, and parts of one value read over two
utterances one shared id. Its generator drew one persona per role and named them again with
the same words, so a rule recovers who is who: within a conversation, two person mentions
share a referent when they share a name word (titles left out), and two values when they are
parts of one (same id) or have the same digits. Run from the repository root:

    python tests/data/src/label_referents.py tests/data/dev_corpus.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "doctor", "prof", "sir", "madam"}


def _person_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _TITLES} or {text}


def label(rows: list[dict]) -> None:
    """Set `entity` on every pii span, in place."""
    by_conversation: dict[str, list[tuple[dict, str]]] = {}
    for row in rows:
        for span in row["pii"]:
            by_conversation.setdefault(row["conversation_id"], []).append(
                (span, row["text"][span["start"]:span["end"]]))
    for conversation, mentions in by_conversation.items():
        referents: list[tuple[str, set[str], str]] = []  # (type, keys, referent)
        for span, text in mentions:
            digits = "".join(ch for ch in text if ch.isdigit())
            keys = _person_words(text) if span["type"] == "PERSON" else {span["id"]} | (
                {digits} if len(digits) >= 4 else set())
            same = next((r for t, k, r in referents if t == span["type"] and k & keys), None)
            referent = same or f"{conversation}@{len(referents)}"
            referents.append((span["type"], keys, referent))
            span["entity"] = referent


def main(path: str) -> None:
    source = Path(path)
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    label(rows)
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{source}: referents labelled")


if __name__ == "__main__":
    main(sys.argv[1])
