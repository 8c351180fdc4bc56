"""Shared test fixtures. Tests read only what lives under tests/data (a user's clone has no
../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest tests first on each worker: `make test` runs on two, which start on either
    half of the list (xdist's worksteal), and a long test that starts last keeps one of them
    busy while the other has nothing left to do."""
    longest = [item for item in items if item.get_closest_marker("longest")]
    others = [item for item in items if not item.get_closest_marker("longest")]
    half = len(items) // 2 - len(longest[0::2])
    items[:] = longest[0::2] + others[:half] + longest[1::2] + others[half:]


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def dev_corpus_path() -> Path:
    return DATA / "dev_corpus.jsonl"
