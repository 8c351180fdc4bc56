"""The Lambda layer as `sam build` makes it (layers/common/Makefile: arm64, Python 3.12): its
size unzipped and zipped against Lambda's 250 MB limit, and what it must not carry (bytecode of
another Python, native code for another platform). `make layer` builds it in build/layer."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYER = ROOT / "build" / "layer"
LIMIT_MB = 250  # Lambda's limit for a function and its layers, unzipped


def main() -> int:
    subprocess.run(["make", "-s", "layer"], cwd=ROOT, check=True)
    files = [p for p in LAYER.rglob("*") if p.is_file()]
    unzipped = sum(p.stat().st_size for p in files)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            archive.write(path, path.relative_to(LAYER))
    pyc = [p for p in files if p.suffix == ".pyc"]
    native = [p.name for p in files if p.suffix == ".so"]
    foreign = [n for n in native if "cpython-312-aarch64" not in n and "abi3" not in n]
    data = sum(p.stat().st_size for p in files if "redaction/data" in str(p))
    stdnum = sum(p.stat().st_size for p in files if "/stdnum/" in str(p))
    print(f"layer: {len(files)} files, {unzipped / 1e6:.1f} MB unzipped "
          f"({unzipped / 1e6 / LIMIT_MB:.0%} of Lambda's {LIMIT_MB} MB), "
          f"{len(buffer.getvalue()) / 1e6:.1f} MB zipped")
    print(f"  redaction data {data / 1e6:.1f} MB, python-stdnum {stdnum / 1e6:.1f} MB; "
          f".pyc files {len(pyc)}; native modules {len(native)}, for another platform "
          f"{len(foreign)}")
    return 1 if pyc or foreign else 0


if __name__ == "__main__":
    sys.exit(main())
