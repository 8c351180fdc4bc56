"""The plain five-regex redactor the issue measures against (SSN, card, e-mail, phone, ZIP).

Kept here only as the benchmark's baseline: it reads and writes the same JSON Lines as
`transcript-pipeline redact`, so whole-process figures compare like with like.
"""

from __future__ import annotations

import json
import re
import sys

PATTERNS = [
    ("US_SSN", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("CREDIT_CARD", re.compile(r"\b(?:\d[ -]*?){13,16}\b")),
    ("EMAIL_ADDRESS", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")),
    ("PHONE_NUMBER", re.compile(r"\b\d{3}[-.\s]?\d{3}[-.\s]?\d{4}\b")),
    ("ZIP_CODE", re.compile(r"\b\d{5}(?:-\d{4})?\b")),
]


def redact(text: str) -> str:
    for name, pattern in PATTERNS:
        text = pattern.sub(f"[REDACTED_{name}]", text)
    return text


def main() -> None:
    for line in sys.stdin:
        row = json.loads(line)
        row["text"] = redact(row["text"])
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
