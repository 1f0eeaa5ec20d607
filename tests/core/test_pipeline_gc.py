"""The rules of one document run with the cyclic collector paused, and leave it as they found it."""

from __future__ import annotations

import gc

from core.extract.pipeline import _no_cycle_collection


def test_the_collector_is_paused_during_the_rules_and_enabled_after():
    assert gc.isenabled()
    with _no_cycle_collection():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_in_the_rules_still_enables_the_collector():
    try:
        with _no_cycle_collection():
            raise ValueError("a rule failed")
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled():
    gc.disable()
    try:
        with _no_cycle_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
