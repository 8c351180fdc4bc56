"""Compiles the redactor's listed patterns for the Python that runs this script.

Run by the layer build with the functions' runtime (layers/common/Makefile) and by `make`'s
setup with the development Python: `python compile.py patterns.json <dir holding
transcript_pipeline>` writes `transcript_pipeline/redaction/data/patterns-<interpreter>.marshal`,
which `transcript_pipeline.redaction.patterns` loads at import (see its docstring for why).

Standard library only, and no import of the package: the layer is built for arm64 on machines
that cannot load its native dependencies. Each pattern goes through the same two steps as in
`re._compiler.compile`, which ends by passing exactly these values to `_sre.compile`.
"""

from __future__ import annotations

import _sre
import json
import marshal
import sys
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]


def compiled_form(pattern: str, flags: int) -> tuple[int, list[int], int, dict[str, int],
                                                     tuple[str | None, ...]]:
    """What `re._compiler.compile(pattern, flags)` gives `_sre.compile` after the pattern."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1,
            dict(parsed.state.groupdict), tuple(indexgroup))


def main(listing: Path, root: Path) -> Path:
    entries = json.loads(listing.read_text(encoding="utf-8"))
    table = {(pattern, flags): compiled_form(pattern, flags) for pattern, flags in entries}
    out = (root / "transcript_pipeline" / "redaction" / "data"
           / f"patterns-{sys.implementation.cache_tag}.marshal")
    out.write_bytes(marshal.dumps((_sre.MAGIC, table)))
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: compile.py patterns.json <directory holding transcript_pipeline>")
    print(f"{main(Path(sys.argv[1]), Path(sys.argv[2]))}: compiled patterns")
