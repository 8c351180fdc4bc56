"""`make demo` works on a fresh clone: it exits 0 and shows a call with its PII replaced."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def test_demo_delivers_everything_and_shows_a_call_side_by_side() -> None:
    proc = subprocess.run([sys.executable, "-m", "infra.local.demo"], cwd=ROOT, text=True,
                          capture_output=True, timeout=180, check=False)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "Every utterance was delivered once" in proc.stdout
    sent = [line.split("gateway: ", 1)[1] for line in proc.stdout.splitlines()
            if "gateway: " in line]
    assert len(sent) >= 10
    sample = [json.loads(line)["text"] for line in
              (ROOT / "tests" / "data" / "sample_call.jsonl").read_text().splitlines()]
    for secret in ("raghunathan", "kowalczyk", "four five five six", "617 555 0143",
                   "nineteen eighty two", "seven one four"):
        assert any(secret in text for text in sample)
        assert not any(secret in text.lower() for text in sent), secret
