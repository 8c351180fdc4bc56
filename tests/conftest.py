"""Shared test fixtures. Tests read only what lives under tests/data (a user's clone has no
../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest tests first: `make test` runs on two workers, and a long test that starts
    last keeps one of them busy while the other has nothing left to do."""
    items.sort(key=lambda item: item.get_closest_marker("longest") is None)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def dev_corpus_path() -> Path:
    return DATA / "dev_corpus.jsonl"
