"""Redaction quality on the labelled corpora under tests/data.

dev_corpus.jsonl is the development set the acceptance bars are stated on. generalization.jsonl
is written separately (other phrasings, names from many countries, values read out in other
ways): it guards against tuning to the development set's sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from transcript_pipeline.ops.evaluation import evaluate


@pytest.fixture(scope="module")
def dev_report(dev_corpus_path: Path) -> dict:
    with dev_corpus_path.open(encoding="utf-8") as lines:
        return evaluate(lines).as_dict()


def test_dev_corpus_recall(dev_report: dict) -> None:
    assert dev_report["entities"] > 3000
    assert dev_report["recall"] >= 0.98
    weak = {t: r for t, r in dev_report["recall_by_type"].items() if r < 0.95}
    assert not weak, weak


def test_dev_corpus_keeps_business_values_and_other_words(dev_report: dict) -> None:
    assert dev_report["keep_survival"] >= 0.97
    assert dev_report["outside_words_kept"] >= 0.98


def test_held_out_conversations(data_dir: Path) -> None:
    with (data_dir / "generalization.jsonl").open(encoding="utf-8") as lines:
        report = evaluate(lines).as_dict()
    assert report["recall"] >= 0.95, report["recall_by_type"]
    assert report["keep_survival"] >= 0.95
    assert report["outside_words_kept"] >= 0.97
