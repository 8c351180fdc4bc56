"""The calls the benchmarks replay: the first N conversations of the dev corpus, in order."""

from __future__ import annotations

import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "dev_corpus.jsonl"


def first_calls(count: int) -> list[list[dict]]:
    found: dict[str, list[dict]] = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["conversation_id"] in found or len(found) < count:
            found.setdefault(row["conversation_id"], []).append(row)
    return list(found.values())
