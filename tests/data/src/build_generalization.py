"""Builds tests/data/generalization.jsonl from generalization.txt (markup -> offsets).

Run from the repository root: python tests/data/src/build_generalization.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
MARK = re.compile(r"\[(\+?)([A-Z_]+):([^\]]+)\]")
CHANNELS = {"A": "INTERNAL", "C": "EXTERNAL"}


def main() -> None:
    rows = []
    conv = 0
    turn = 0
    for raw in (HERE / "generalization.txt").read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            continue
        if not raw.strip():
            conv += 1
            turn = 0
            continue
        speaker, body = raw.split(": ", 1)
        text, pii, keep = "", [], []
        pos = 0
        for m in MARK.finditer(body):
            text += body[pos:m.start()]
            start = len(text)
            text += m.group(3)
            span = {"type": m.group(2), "start": start, "end": len(text)}
            if m.group(1):
                keep.append(span)
            else:
                span["id"] = f"g{conv:02d}-{turn:02d}-{len(pii)}"
                pii.append(span)
            pos = m.end()
        text += body[pos:]
        rows.append({
            "conversation_id": f"gen-{conv:02d}", "utterance_id": f"gen-{conv:02d}-{turn:02d}",
            "channel": CHANNELS[speaker], "text": text, "pii": pii, "keep": keep,
        })
        turn += 1
    out = HERE.parent / "generalization.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
