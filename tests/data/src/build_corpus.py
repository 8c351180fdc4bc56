"""Builds a labelled corpus (.jsonl) from its hand-written markup source (.txt).

Markup: one conversation (or typed document) per block, blocks separated by a blank line; each
line is "A: ..." (agent, INTERNAL), "C: ..." (caller, EXTERNAL) or "T: ..." (typed text, EXTERNAL).
`[TYPE:text]` marks a value that must go, `[+TYPE:text]` one that must stay, and
`[TYPE#ref:text]` a part of a value given in several pieces: parts that share `ref` within a
conversation are one entity, caught only when every part is. `[TYPE@who:text]` (or
`[TYPE#ref@who:text]`) names the person or value a mention refers to: mentions sharing `who` in a
conversation are the same one (`entity` in the output, for the pseudonym coherence measure).
Lines starting with "#" are comments.

Run from the repository root, for example:
    python tests/data/src/build_corpus.py tests/data/src/typed.txt tests/data/typed.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

MARK = re.compile(r"\[(\+?)([A-Z_]+)(?:#([\w-]+))?(?:@([\w-]+))?:([^\]]+)\]")
CHANNELS = {"A": "INTERNAL", "C": "EXTERNAL", "T": "EXTERNAL"}


def build(source: Path, prefix: str) -> list[dict[str, object]]:
    """Rows in the corpus format; raises ValueError naming the source line that is malformed."""
    rows: list[dict[str, object]] = []
    conv, turn = 0, 0
    for number, raw in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("#"):
            continue
        if not raw.strip():
            if turn:
                conv, turn = conv + 1, 0
            continue
        speaker, sep, body = raw.partition(": ")
        if not sep or speaker not in CHANNELS:
            raise ValueError(f"{source}:{number}: a line starts with 'A: ', 'C: ' or 'T: '")
        if re.search(r"\[[+A-Z_#@\w-]*:", MARK.sub("", body)):
            raise ValueError(f"{source}:{number}: malformed [TYPE:text] markup")
        text, pii, keep, pos = "", [], [], 0
        for m in MARK.finditer(body):
            text += body[pos:m.start()]
            start = len(text)
            text += m.group(5)
            span: dict[str, object] = {"type": m.group(2), "start": start, "end": len(text)}
            if m.group(1):
                keep.append(span)
            else:
                ref = m.group(3)
                span["id"] = (f"{prefix}{conv:03d}-{ref}" if ref
                              else f"{prefix}{conv:03d}-{turn:02d}-{len(pii)}")
                if m.group(4):
                    span["entity"] = f"{prefix}{conv:03d}@{m.group(4)}"
                pii.append(span)
            pos = m.end()
        text += body[pos:]
        conversation = f"{prefix}-{conv:03d}"
        rows.append({
            "conversation_id": conversation, "utterance_id": f"{conversation}-{turn:02d}",
            "channel": CHANNELS[speaker], "text": text, "pii": pii, "keep": keep,
        })
        turn += 1
    return rows


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit("usage: build_corpus.py SOURCE.txt OUT.jsonl")
    source, out = Path(argv[0]), Path(argv[1])
    rows = build(source, source.stem[:4])
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{out}: {len(rows)} lines, {len({r['conversation_id'] for r in rows})} blocks")


if __name__ == "__main__":
    main(sys.argv[1:])
