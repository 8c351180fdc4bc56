"""The console script, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CLI = [sys.executable, "-m", "transcript_pipeline.ops.cli"]


def run_cli(*args: str, stdin: str | bytes = "",
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    proc = subprocess.run([*CLI, *args], input=data, capture_output=True, timeout=120,
                          check=False, env={**os.environ, **(env or {})})
    return subprocess.CompletedProcess(proc.args, proc.returncode,
                                       proc.stdout.decode(errors="replace"),
                                       proc.stderr.decode(errors="replace"))


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


def test_invalid_utf8_is_one_bad_line_on_any_locale() -> None:
    good = line(conversation_id="c1", utterance_id="u1", channel="EXTERNAL", text="hello")
    bad = b'{"conversation_id": "c1", "utterance_id": "u2", "text": "caf\xe9"}'
    proc = run_cli("redact", stdin=good.encode() + b"\n" + bad + b"\n" + good.encode() + b"\n",
                   env={"LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""})
    assert proc.returncode == 1
    assert len(proc.stdout.splitlines()) == 2
    assert proc.stderr.splitlines() == [f"line 2: not valid UTF-8 (byte {bad.index(0xE9) + 1})"]
    assert "Traceback" not in proc.stderr


def test_an_oversized_line_is_skipped_with_a_clear_message() -> None:
    huge = line(conversation_id="c1", utterance_id="u1", channel="EXTERNAL", text="x " * 40_000)
    small = line(conversation_id="c1", utterance_id="u2", channel="EXTERNAL", text="hello")
    proc = run_cli("redact", stdin=huge + "\n" + small + "\n")
    assert proc.returncode == 1
    assert [json.loads(x)["utterance_id"] for x in proc.stdout.splitlines()] == ["u2"]
    assert proc.stderr.startswith("line 1: longer than 65,536 bytes")


def test_json_errors_name_the_file_line_and_a_column_in_it() -> None:
    lines = [line(conversation_id="c1", utterance_id=f"u{i}", channel="EXTERNAL", text="hi")
             for i in range(3)]
    lines.insert(2, '{"conversation_id": "c1", "utterance_id": "u9", "text": "hi"')
    proc = run_cli("redact", stdin="\n".join(lines) + "\n")
    assert proc.stderr.startswith("line 3: ")
    assert "line 2" not in proc.stderr and "line 1 column" not in proc.stderr


def test_eval_names_the_file_line_and_fails_on_a_corpus_with_nothing_to_score(
        tmp_path: Path) -> None:
    row = line(conversation_id="c", utterance_id="u", channel="EXTERNAL", text="hi",
               pii=[], keep=[])
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join([row, row, "", "{not json"]) + "\n", encoding="utf-8")
    proc = run_cli("eval", str(broken))
    assert proc.returncode == 2 and "line 4: not valid JSON" in proc.stderr
    for content in ("", row + "\n"):
        empty = tmp_path / "empty.jsonl"
        empty.write_text(content, encoding="utf-8")
        proc = run_cli("eval", str(empty))
        assert proc.returncode == 2 and "no labelled entity" in proc.stderr
        assert "recall" not in proc.stdout


def test_dlq_without_a_region_or_endpoint_says_so_in_one_line() -> None:
    env = {"AWS_REGION": "", "AWS_DEFAULT_REGION": "", "AWS_CONFIG_FILE": "/nonexistent",
           "AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x"}
    proc = run_cli("dlq", "list", "https://sqs.invalid/1/q", env=env)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    env = {"AWS_REGION": "eu-west-1", "AWS_ENDPOINT_URL": "http://127.0.0.1:9",
           "AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x",
           "AWS_MAX_ATTEMPTS": "1"}
    proc = run_cli("dlq", "list", "http://127.0.0.1:9/1/q", env=env)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_every_subcommand_shows_an_example_in_its_help() -> None:
    for command in ("redact", "eval", "genesys-parse", "dlq"):
        proc = run_cli(command, "--help")
        assert proc.returncode == 0 and "example:" in proc.stdout, command


def test_an_aws_error_with_a_whole_page_for_a_message_is_one_line() -> None:
    """A proxy or a wrong endpoint may answer with an HTML page: the CLI still says one line."""
    from botocore.exceptions import ClientError

    from transcript_pipeline.ops.cli import _aws_problem

    page = "<!doctype html>\n<html>\n<title>500 Internal Server Error</title>\n" + "x " * 500
    problem = _aws_problem(ClientError({"Error": {"Code": "500", "Message": page}}, "Receive"))
    assert "\n" not in problem and len(problem) <= 300
    assert problem.startswith("AWS refused the request: 500 (<!doctype html> <html>")
