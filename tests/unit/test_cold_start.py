"""The handlers' imports run with the collector paused, and what they load is frozen."""

from __future__ import annotations

import gc

import pytest

from transcript_pipeline.cold_start import collector_paused


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    frozen_before = gc.get_freeze_count()
    with collector_paused():
        assert not gc.isenabled()
        loaded = [object() for _ in range(10)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen_before + len(loaded)
    gc.unfreeze()


def test_an_import_that_fails_leaves_the_collector_running() -> None:
    with pytest.raises(ImportError), collector_paused():
        import transcript_pipeline.no_such_module  # noqa: F401
    assert gc.isenabled()
    gc.unfreeze()


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
