"""The redactor's regular expressions, compiled when the layer is built rather than at cold start.

The detectors' patterns are long alternations built from the data files (street types, cue
phrases, stop words): `re` parses and compiles them in pure Python, about 30 ms of every cold
start, a sixth of the redact function's import. What `re` hands to the C engine at the end
(`_sre.compile`: the SRE code, the group count and names) depends only on the pattern, its flags
and the interpreter's SRE version, so the layer build (layers/common/Makefile, with the
runtime's Python) compiles the patterns listed in layers/common/patterns/patterns.json into
data/patterns-<interpreter>.marshal, next to this module, as it compiles the bytecode. Loading
that file takes about a millisecond.

A pattern the file does not hold (another interpreter, a pattern changed since the list was
recorded, no file at all) is compiled by `re` as usual: the file makes a cold start faster and
never changes what a pattern matches. `tests/unit/test_patterns.py` keeps the list current.
"""

from __future__ import annotations

import _sre
import marshal
import re
import sys
from pathlib import Path

# (pattern, flags) -> the arguments `re._compiler.compile` gives `_sre.compile` after them:
# (flags with the pattern's inline flags, code, groups, groupindex, indexgroup).
CompiledForm = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

FILE = Path(__file__).with_name("data") / f"patterns-{sys.implementation.cache_tag}.marshal"


def _built() -> dict[tuple[str, int], CompiledForm]:
    """The compiled forms in FILE, if it was written for this interpreter's SRE engine."""
    try:
        magic, table = marshal.loads(FILE.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if magic == _sre.MAGIC else {}


_BUILT = _built()
# Every pattern asked for, and whether it came from FILE: what layers/common/patterns/record.py
# lists for the build, and what the tests check the build's file covers.
REQUESTED: dict[tuple[str, int], bool] = {}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, from the layer's compiled form where it holds this pattern."""
    key = (pattern, int(flags))
    form = _BUILT.get(key)
    if form is not None:
        try:
            compiled: re.Pattern[str] = _sre.compile(pattern, *form)
        except RuntimeError:  # "invalid SRE code": a damaged file costs the compile, no more
            pass
        else:
            REQUESTED[key] = True
            return compiled
    REQUESTED[key] = False
    return re.compile(pattern, flags)
