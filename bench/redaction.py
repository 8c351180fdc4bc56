"""Redaction throughput, cost per input length, cold start and data size.

Prints: utterances per second in-process (engine vs the five-regex baseline) on the dev corpus;
whole-process throughput of `transcript-pipeline redact` on the corpus repeated to about 64,000
lines (JSON in and out, interpreter start-up included) vs the baseline script doing the same;
the time to redact one text of 15 KB to 960 KB of call words, of the other hands' calls and
documents, and of digits, with the ratio of each doubling (linear is ~2); the import of the
redact handler beside a bare `import boto3` and beside what it needs before any code of ours,
measured in the same run, and the first load of the name lexicon; and the size the name data
and python-stdnum add to the layer. The machine is shared and noisy: read the ratios, not
absolute figures, and compare only figures from one run.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "dev_corpus.jsonl"
TARGET_LINES = 64_000
sys.path.insert(0, str(ROOT / "bench"))

from baseline_regex import redact as baseline_redact  # noqa: E402
from cold_start import import_time, import_times  # noqa: E402

from transcript_pipeline.redaction import Redactor  # noqa: E402


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def in_process(rows: list[dict]) -> tuple[float, float]:
    redactor = Redactor()

    def engine() -> None:
        sessions: dict = {}
        for row in rows:
            session = sessions.get(row["conversation_id"])
            if session is None:
                session = sessions[row["conversation_id"]] = redactor.session()
            session.redact(row["text"], row["channel"])

    def baseline() -> None:
        for row in rows:
            baseline_redact(row["text"])

    return len(rows) / best_of(3, engine), len(rows) / best_of(3, baseline)


def whole_process(rows: list[dict]) -> tuple[float, float, int]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        copies = max(1, round(TARGET_LINES / len(rows)))
        for i in range(copies):
            for row in rows:
                line = {k: row[k] for k in ("conversation_id", "utterance_id", "channel", "text")}
                line["conversation_id"] = f"{row['conversation_id']}-{i}"
                tmp.write(json.dumps(line) + "\n")
        path = tmp.name
    lines = copies * len(rows)
    cli = [str(Path(sys.executable).parent / "transcript-pipeline"), "redact"]
    base = [sys.executable, str(ROOT / "bench" / "baseline_regex.py")]

    def run(cmd: list[str]) -> float:
        def once() -> None:
            with open(path, "rb") as stdin:
                subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, check=True,
                               preexec_fn=lambda: os.sched_setaffinity(0, {0}))
        return lines / best_of(2, once)

    try:
        return run(cli), run(base), lines
    finally:
        os.unlink(path)


def scaling(rows: list[dict]) -> None:
    """One text of growing size: words taken from calls, the calls and documents of the other
    hands' sets (their cues, codes, addresses and scripts), and digits with spaces."""
    words = " ".join(row["text"] for row in rows)
    others = " ".join(json.loads(line)["text"] for path in sorted(CORPUS.parent.glob("*.jsonl"))
                      if path != CORPUS for line in path.read_text(encoding="utf-8").splitlines())
    digits = "".join("0123456789 "[(i * 7919) % 11] for i in range(1_000_000))
    redactor = Redactor()
    for name, source in (("call words", words), ("other hands' calls and documents", others),
                         ("digits", digits)):
        previous = None
        figures = []
        for kb in (15, 30, 60, 120, 240, 480, 960):
            text = (source * (1 + kb * 1000 // len(source)))[:kb * 1000]
            elapsed = best_of(1, lambda text=text: redactor.redact_text(text))
            ratio = f" (x{elapsed / previous:.1f})" if previous else ""
            figures.append(f"{kb} KB {elapsed:.2f} s{ratio}")
            previous = elapsed
        print(f"one text of {name}: " + ", ".join(figures))


def first_lexicon_load() -> float:
    code = ("import time; from transcript_pipeline.redaction.names import lexicon; "
            "t = time.perf_counter(); lexicon(); print(time.perf_counter() - t)")
    return min(float(subprocess.run([sys.executable, "-c", code], capture_output=True,
                                    text=True, check=True).stdout) for _ in range(5))


def data_sizes() -> None:
    import stdnum

    data = ROOT / "layers" / "common" / "python" / "transcript_pipeline" / "redaction" / "data"
    stdnum_dir = Path(stdnum.__file__).parent
    names = sum(f.stat().st_size for f in data.rglob("*") if f.is_file())
    numbers = sum(f.stat().st_size for f in stdnum_dir.rglob("*") if f.is_file()
                  and "__pycache__" not in f.parts)
    print(f"layer data added by issue #10: name lexicon {names / 1e6:.1f} MB + python-stdnum "
          f"{numbers / 1e6:.1f} MB = {(names + numbers) / 1e6:.1f} MB unzipped (budget 15 MB)")


def main() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    print(f"machine: {machine()}")
    engine, baseline = in_process(rows)
    print(f"in-process, {len(rows)} utterances: engine {engine:,.0f}/s, "
          f"five-regex baseline {baseline:,.0f}/s, ratio {engine / baseline:.2f}")
    cli, base, lines = whole_process(rows)
    print(f"whole process (transcript-pipeline redact, one core), {lines:,} lines: "
          f"{cli:,.0f}/s, baseline {base:,.0f}/s, ratio {cli / base:.2f}")
    scaling(rows)
    with tempfile.TemporaryDirectory() as floor_dir:
        # What the handler needs before any code of ours: boto3, pydantic, Powertools' logger
        # and metrics (the figure the 1.5x aim is set against cannot fall below this).
        (Path(floor_dir) / "floor.py").write_text(
            "import boto3\nfrom pydantic import BaseModel\n"
            "from aws_lambda_powertools import Logger, Metrics\n", encoding="utf-8")
        boto3_import, floor, handler = import_times(
            [("boto3", None), ("floor", Path(floor_dir)), ("app", ROOT / "functions" / "redact")],
            runs=11)
    print(f"cold start: import functions/redact/app.py {handler * 1000:.0f} ms, bare import "
          f"boto3 {boto3_import * 1000:.0f} ms, ratio {handler / boto3_import:.2f}; boto3 + "
          f"pydantic + Powertools Logger and Metrics alone {floor * 1000:.0f} ms, ratio "
          f"{floor / boto3_import:.2f}; import "
          f"transcript_pipeline.redaction {import_time('transcript_pipeline.redaction') * 1000:.0f}"
          f" ms; name lexicon loaded on first use in {first_lexicon_load() * 1000:.1f} ms")
    data_sizes()


if __name__ == "__main__":
    main()
