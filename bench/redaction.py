"""Redaction throughput and import time, beside the five-regex baseline in the same run.

Prints: utterances per second in-process (engine vs baseline) on the dev corpus; whole-process
throughput of `transcript-pipeline redact` on the corpus repeated to about 64,000 lines (JSON
in and out, interpreter start-up included) vs the baseline script doing the same; and the import
time of the engine. The machine is shared and noisy: read the ratios, not absolute figures, and
compare only figures from one run.
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


def import_time() -> float:
    code = ("import time; t = time.perf_counter(); import transcript_pipeline.redaction; "
            "print(time.perf_counter() - t)")
    samples = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                    check=True).stdout) for _ in range(5)]
    return min(samples)


def main() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    print(f"machine: {machine()}")
    engine, baseline = in_process(rows)
    print(f"in-process, {len(rows)} utterances: engine {engine:,.0f}/s, "
          f"five-regex baseline {baseline:,.0f}/s, ratio {engine / baseline:.2f}")
    cli, base, lines = whole_process(rows)
    print(f"whole process (transcript-pipeline redact, one core), {lines:,} lines: "
          f"{cli:,.0f}/s, baseline {base:,.0f}/s, ratio {cli / base:.2f}")
    print(f"import transcript_pipeline.redaction: {import_time() * 1000:.0f} ms")


if __name__ == "__main__":
    main()
