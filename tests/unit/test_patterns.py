"""The redactor's patterns, compiled when the layer is built: the list the build compiles is
current, what it compiles matches what `re` compiles, and the redactor loads it, or does without
it when the file is for another interpreter or damaged, redacting the same either way."""

from __future__ import annotations

import importlib.util
import json
import marshal
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = ROOT / "layers" / "common" / "patterns"
PACKAGE = ROOT / "layers" / "common" / "python" / "transcript_pipeline"
CALLS = ROOT / "tests" / "data" / "handwritten.jsonl"


def _compile_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("compile_patterns", PATTERNS / "compile.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _listed() -> list[tuple[str, int]]:
    return [(pattern, flags) for pattern, flags in
            json.loads((PATTERNS / "patterns.json").read_text(encoding="utf-8"))]


def test_the_list_the_build_compiles_is_every_pattern_the_redactor_compiles() -> None:
    # A pattern changed without `make patterns` would be compiled at every cold start again.
    run = subprocess.run([sys.executable, str(PATTERNS / "record.py"), "--check"],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr


def test_what_the_build_compiles_is_what_re_compiles() -> None:
    import _sre

    compiled_form = _compile_script().compiled_form
    texts = [json.loads(line)["text"].lower() for line in
             CALLS.read_text(encoding="utf-8").splitlines()[:400]]
    texts += ["12 oak lane, springfield 62704", "my date of birth is 3/4/85", "", "a" * 50]
    listed = _listed()
    assert len(listed) > 100
    for pattern, flags in listed:
        built = _sre.compile(pattern, *compiled_form(pattern, flags))
        expected = re.compile(pattern, flags)
        assert (built.pattern, built.flags, built.groups, built.groupindex) == (
            expected.pattern, expected.flags, expected.groups, expected.groupindex)
        for text in texts:
            assert ([m.span() + m.groups() for m in built.finditer(text)]
                    == [m.span() + m.groups() for m in expected.finditer(text)]), pattern


def _redact_calls(package_root: Path) -> dict[str, object]:
    """The redacted calls and which patterns came from the file, in a fresh interpreter."""
    script = f"""
import json
from transcript_pipeline.redaction import Redactor, patterns
red = Redactor()
sessions = {{}}
out = []
for line in open({str(CALLS)!r}, encoding="utf-8"):
    row = json.loads(line)
    session = sessions.setdefault(row["conversation_id"], red.session())
    out.append(session.redact(row["text"], row.get("channel")).text)
print(json.dumps({{"texts": out, "from_file": sorted(set(patterns.REQUESTED.values()))}}))
"""
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, env=env)
    return json.loads(run.stdout)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package with no compiled patterns, to build them into."""
    root = tmp_path_factory.mktemp("layer")
    shutil.copytree(PACKAGE, root / "transcript_pipeline",
                    ignore=shutil.ignore_patterns("__pycache__", "patterns-*.marshal"))
    return root


@pytest.fixture(scope="module")
def without_file(package_copy: Path) -> dict[str, object]:
    return _redact_calls(package_copy)


def test_the_redactor_loads_every_pattern_from_the_file_and_redacts_the_same(
        package_copy: Path, without_file: dict[str, object]) -> None:
    assert without_file["from_file"] == [False]
    built = _compile_script().main(PATTERNS / "patterns.json", package_copy)
    try:
        with_file = _redact_calls(package_copy)
    finally:
        built.unlink()
    assert with_file["from_file"] == [True]
    assert with_file["texts"] == without_file["texts"]


@pytest.mark.parametrize("damage", ["another engine", "truncated", "invalid code"])
def test_a_file_for_another_interpreter_or_damaged_is_done_without(
        package_copy: Path, without_file: dict[str, object], damage: str) -> None:
    built = _compile_script().main(PATTERNS / "patterns.json", package_copy)
    magic, table = marshal.loads(built.read_bytes())
    try:
        if damage == "another engine":
            built.write_bytes(marshal.dumps((magic + 1, table)))
        elif damage == "truncated":
            built.write_bytes(built.read_bytes()[:1000])
        else:  # the SRE engine refuses code it cannot run: that pattern is compiled instead
            key = next(iter(table))
            flags, code, *rest = table[key]
            table[key] = (flags, [99_999] * len(code), *rest)
            built.write_bytes(marshal.dumps((magic, table)))
        redacted = _redact_calls(package_copy)
    finally:
        built.unlink()
    assert False in redacted["from_file"]
    assert redacted["texts"] == without_file["texts"]
