"""The Lambda layer as `sam build` makes it (layers/common/Makefile: arm64, Python 3.12): its
size unzipped and zipped against Lambda's 250 MB limit, its bytecode and the redactor's
patterns (compiled by 3.12, so that cold starts do not compile) and what it must not carry
(bytecode of another Python, native code for another platform). `make layer` builds it in
build/layer."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYER = ROOT / "build" / "layer"
LIMIT_MB = 250  # Lambda's limit for a function and its layers, unzipped


def python312() -> str:
    """The runtime's Python, which compiles the layer's bytecode: on PATH, or one pyenv holds."""
    pyenv = sorted(Path.home().glob(".pyenv/versions/3.12*/bin/python3"))
    for candidate in ("python3", "python3.12", *map(str, pyenv)):
        check = [candidate, "-c", "import sys; sys.exit(sys.version_info[:2] != (3, 12))"]
        if shutil.which(candidate) and subprocess.run(check, capture_output=True).returncode == 0:
            return candidate
    sys.exit("bench/layer.py: the layer is compiled by Python 3.12, and none was found")


def main() -> int:
    subprocess.run(["make", "-s", "layer", f"PYTHON312={python312()}"], cwd=ROOT, check=True)
    files = [p for p in LAYER.rglob("*") if p.is_file()]
    unzipped = sum(p.stat().st_size for p in files)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            archive.write(path, path.relative_to(LAYER))
    pyc = [p for p in files if p.suffix == ".pyc"]
    stale = [p for p in pyc if ".cpython-312." not in p.name]
    native = [p.name for p in files if p.suffix == ".so"]
    foreign = [n for n in native if "cpython-312-aarch64" not in n and "abi3" not in n]
    data = sum(p.stat().st_size for p in files if "redaction/data" in str(p))
    # The redactor's patterns compiled by the runtime's Python (layers/common/patterns/).
    patterns = [p.name for p in files if p.name.startswith("patterns-") and p.suffix == ".marshal"]
    stdnum = sum(p.stat().st_size for p in files if "/stdnum/" in str(p))
    print(f"layer: {len(files)} files, {unzipped / 1e6:.1f} MB unzipped "
          f"({unzipped / 1e6 / LIMIT_MB:.0%} of Lambda's {LIMIT_MB} MB), "
          f"{len(buffer.getvalue()) / 1e6:.1f} MB zipped")
    print(f"  redaction data {data / 1e6:.1f} MB, python-stdnum {stdnum / 1e6:.1f} MB; "
          f".pyc files {len(pyc)} ({sum(p.stat().st_size for p in pyc) / 1e6:.1f} MB), of another "
          f"Python {len(stale)}; native modules {len(native)}, for another platform "
          f"{len(foreign)}; compiled patterns {', '.join(patterns) or 'none'}")
    return 1 if not pyc or stale or foreign or patterns != ["patterns-cpython-312.marshal"] else 0


if __name__ == "__main__":
    sys.exit(main())
