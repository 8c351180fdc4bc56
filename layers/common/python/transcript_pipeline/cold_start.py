"""A handler's imports run with the garbage collector paused: part of every Lambda cold start.

Importing boto3's botocore, Powertools and pydantic allocates hundreds of thousands of objects
that live as long as the process; the collector, triggered by allocation counts, walks them
again and again while they load (about a tenth of the import time, measured in
bench/redaction.py). Nothing imported is garbage, so the pause loses nothing; afterwards the
imported objects are frozen (moved out of the collector's generations) so that the collections
of the invocations that follow do not walk them either.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the enclosed imports without collections; freeze what they loaded."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
