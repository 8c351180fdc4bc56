"""Lists the patterns the redactor compiles at import, for the layer build to compile ahead.

`make patterns` writes `patterns.json` beside this script; `--check` (run by the unit tests)
says whether the list is current. A pattern missing from it still works, compiled at cold start
as before; the list only decides what the layer build compiles ahead
(transcript_pipeline/redaction/patterns.py says why).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

LISTING = Path(__file__).with_name("patterns.json")


def requested() -> list[tuple[str, int]]:
    """Every (pattern, flags) the redaction package compiles while it is imported."""
    from transcript_pipeline.redaction import patterns

    return sorted(patterns.REQUESTED)


def main(argv: list[str]) -> int:
    # One pattern a line, so that a change to one shows as one line in a diff.
    lines = ",\n".join(json.dumps(entry, ensure_ascii=False) for entry in requested())
    listing = f"[\n{lines}\n]\n"
    if "--check" in argv:
        if LISTING.exists() and LISTING.read_text(encoding="utf-8") == listing:
            return 0
        print(f"{LISTING} is not the list of patterns the redactor compiles: run `make patterns`",
              file=sys.stderr)
        return 1
    LISTING.write_text(listing, encoding="utf-8")
    print(f"{LISTING}: the patterns the redactor compiles, listed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
