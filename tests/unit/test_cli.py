"""The console script, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CLI = [sys.executable, "-m", "transcript_pipeline.ops.cli"]


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, text=True,
                          timeout=120, check=False)


def line(**fields: object) -> str:
    return json.dumps(fields)


def test_redact_keeps_ids_and_extra_fields_and_shares_context() -> None:
    stdin = "\n".join([
        line(conversation_id="c1", utterance_id="u1", channel="INTERNAL",
             text="and the last four of your social", confidence=0.91, offset_ms=1200),
        line(conversation_id="c1", utterance_id="u2", channel="EXTERNAL", text="it's 7993"),
    ]) + "\n"
    proc = run_cli("redact", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    first, second = (json.loads(x) for x in proc.stdout.splitlines())
    assert first["confidence"] == 0.91 and first["offset_ms"] == 1200
    assert first["entities"] == []
    assert second["utterance_id"] == "u2" and second["channel"] == "EXTERNAL"
    assert second["text"] == "it's [REDACTED_US_SSN]"
    assert second["entities"] == [{"type": "US_SSN", "start": 5, "end": 9, "score": 0.7}]


def test_bad_lines_are_reported_by_number_without_their_content() -> None:
    stdin = "\n".join([
        line(conversation_id="c1", utterance_id="u1", channel="EXTERNAL", text="hello"),
        '{"conversation_id": "c1", "text": "my ssn is 219-09-9999"',
        line(conversation_id="c1", utterance_id="u3", text="my ssn is 219-09-9999"),
        line(conversation_id="c1", utterance_id="u4", channel="EXTERNAL", text=42),
        line(conversation_id="c1", utterance_id="u5", channel="EXTERNAL", text="bye"),
    ]) + "\n"
    proc = run_cli("redact", stdin=stdin)
    assert proc.returncode == 1
    assert [json.loads(x)["utterance_id"] for x in proc.stdout.splitlines()] == ["u1", "u5"]
    errors = proc.stderr.splitlines()
    assert errors[0].startswith("line 2: not valid JSON")
    assert errors[1].startswith("line 3: ") and "channel" in errors[1]
    assert errors[2].startswith("line 4: ") and "text" in errors[2]
    assert "219-09-9999" not in proc.stderr


def test_eval_reports_recall_keep_and_precision_as_json(data_dir: Path) -> None:
    proc = run_cli("eval", str(data_dir / "generalization.jsonl"), "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert {"recall", "recall_by_type", "keep_survival", "precision",
            "outside_words_kept"} <= set(report)


def test_eval_names_a_missing_corpus() -> None:
    proc = run_cli("eval", "/nonexistent/corpus.jsonl")
    assert proc.returncode == 2
    assert "/nonexistent/corpus.jsonl" in proc.stderr
