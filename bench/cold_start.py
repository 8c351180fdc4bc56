"""Import time of a module in a fresh interpreter, as a Lambda cold start pays it.

The layer ships bytecode compiled by the runtime's Python (layers/common/Makefile), and the
runtime's boto3 has its own: every import here is measured from bytecode, cached in a directory
of this run (PYTHONPYCACHEPREFIX) that a first, unmeasured import fills, with the environment
template.yaml gives the functions where it changes an import.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BYTECODE = Path(tempfile.mkdtemp(prefix="bench-bytecode-"))
atexit.register(shutil.rmtree, BYTECODE, ignore_errors=True)
# pydantic's plugin search, switched off for every function in template.yaml.
FUNCTION_ENVIRONMENT = dict(re.findall(r"^ +(PYDANTIC_DISABLE_PLUGINS): (\S+)$",
                                       (ROOT / "template.yaml").read_text(), re.M))


def import_time(module: str, path: Path | None = None, runs: int = 7) -> float:
    """Best of `runs` fresh interpreters: seconds to import `module` (with `path` and the
    layer's package on PYTHONPATH when given)."""
    return import_times([(module, path)], runs)[0]


def import_times(imports: list[tuple[str, Path | None]], runs: int = 7) -> list[float]:
    """Best of `runs` for each (module, path), the imports taking turns: a shared machine's load
    changes within seconds, and a ratio of two figures measured apart measures that change."""
    once = [_importer(module, path) for module, path in imports]
    for run in once:
        run()
    best = [float("inf")] * len(once)
    for _ in range(runs):
        for k, run in enumerate(once):
            best[k] = min(best[k], run())
    return best


def _importer(module: str, path: Path | None) -> Callable[[], float]:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(BYTECODE)
    env.update(FUNCTION_ENVIRONMENT)
    if path is not None:
        env["PYTHONPATH"] = f"{path}{os.pathsep}{ROOT / 'layers' / 'common' / 'python'}"

    def once() -> float:
        return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                    check=True, env=env).stdout)

    return once
