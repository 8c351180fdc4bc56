"""`make demo`: a bundled call through the redactor, shown as spoken and as redacted.

This is the redaction engine on its own; the full local pipeline (queues, Lambdas, gateway) is
not wired into the demo yet.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from transcript_pipeline.redaction import Redactor

SAMPLE = Path(__file__).resolve().parents[2] / "tests" / "data" / "sample_call.jsonl"
SPEAKERS = {"INTERNAL": "agent", "EXTERNAL": "caller"}


def main() -> int:
    redactor = Redactor()
    sessions = {}
    counts: dict[str, int] = {}
    print(f"Redacting {SAMPLE.name}\n")
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        session = sessions.setdefault(row["conversation_id"], redactor.session())
        result = session.redact(row["text"])
        speaker = SPEAKERS.get(row["channel"], row["channel"].lower())
        print(f"{speaker:>6} said: {row['text']}")
        print(f"{'':>6} sent: {result.text}\n")
        for f in result.entities:
            counts[f.type] = counts.get(f.type, 0) + 1
    print("Found:", ", ".join(f"{t} x{n}" for t, n in sorted(counts.items())) or "nothing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
