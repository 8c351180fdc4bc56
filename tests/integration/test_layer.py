"""The built Lambda layer imports the redact handler under the runtime's own Python (3.12 on
arm64) when this machine is one; elsewhere the check cannot mean anything and is skipped."""

from __future__ import annotations

import platform
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
RUNTIME = shutil.which("python3.12")


@pytest.mark.skipif(RUNTIME is None or platform.machine() not in ("aarch64", "arm64"),
                    reason="needs the Lambda runtime's Python (3.12 on arm64) to load the "
                           "layer's native modules; bench/layer.py checks the build anywhere")
def test_the_built_layer_imports_the_redact_handler_under_the_runtime(tmp_path: Path) -> None:
    assert RUNTIME is not None
    subprocess.run(["make", "-s", "-C", "layers/common", "build-CommonLayer",
                    f"ARTIFACTS_DIR={tmp_path}"], cwd=ROOT, check=True)
    compiled = list(tmp_path.rglob("*.pyc"))
    assert compiled, "the layer ships bytecode, or every cold start compiles it"
    assert all(".cpython-312." in p.name for p in compiled)
    done = subprocess.run(
        [RUNTIME, "-c", "import app; print(app.handler.__name__)"],
        cwd=ROOT / "functions" / "redact", env={"PYTHONPATH": str(tmp_path / "python"),
                                                "AWS_DEFAULT_REGION": "eu-west-1"},
        capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
