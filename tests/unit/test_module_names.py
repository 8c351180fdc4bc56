"""No module of the package binds the same top-level name twice.

A second ``_TIME_AFTER_RE = ...`` further down engine.py once silently replaced the first, and
every rule written against the first pattern ran with the second; ruff does not flag a constant
rebound at module level, so this test does.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

LAYER = Path(__file__).resolve().parents[2] / "layers" / "common" / "python"
PACKAGE = LAYER / "transcript_pipeline"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_bindings(tree: ast.Module) -> Counter[str]:
    """Names bound by the module's own statements (assignments, defs, classes)."""
    bound: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound[node.name] += 1
            continue
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            bound.update(name.id for name in ast.walk(target) if isinstance(name, ast.Name))
    return bound


def test_the_package_has_modules() -> None:
    assert len(MODULES) > 30


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    bound = _top_level_bindings(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in bound.items() if count > 1] == []


def test_a_rebound_constant_is_caught() -> None:
    tree = ast.parse("_A_RE = 1\ndef f():\n    pass\n_A_RE = 2\n")
    assert _top_level_bindings(tree)["_A_RE"] == 2
