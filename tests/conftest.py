"""Shared test fixtures. Tests read only what lives under tests/data (a user's clone has no
../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def dev_corpus_path() -> Path:
    return DATA / "dev_corpus.jsonl"
