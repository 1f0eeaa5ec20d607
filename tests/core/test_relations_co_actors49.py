"""States named together as the doers of one stance toward a third party act as one side (round AK)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import S, pairs

_SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Grand Fenwick": (S, ["Grand Fenwick"]),
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
}


def _allied(got: dict[frozenset[str], set[Family]], a: str, b: str) -> bool:
    return Family.ALLIANCE in got.get(frozenset((a, b)), set())


def test_conjoined_states_taking_one_step_against_a_third_are_allies():
    text = "Freedonia, Sylvania and Grand Fenwick have moved to restore sanctions on Ruritania over its programme."
    got = pairs(text, _SPEC)
    assert _allied(got, "Freedonia", "Sylvania")
    assert _allied(got, "Freedonia", "Grand Fenwick")
    assert _allied(got, "Sylvania", "Grand Fenwick")
    assert not _allied(got, "Freedonia", "Ruritania")
    got = pairs("Officials said both Freedonia and Sylvania supported Ruritania's position.", _SPEC)
    assert _allied(got, "Freedonia", "Sylvania")


def test_conjoined_states_acting_on_each_other_or_not_acting_are_no_allies():
    got = pairs("Freedonia and Sylvania held talks in the capital on Monday.", _SPEC)
    assert not _allied(got, "Freedonia", "Sylvania")
    got = pairs("Freedonia and Sylvania did not support the resolution.", _SPEC)
    assert not _allied(got, "Freedonia", "Sylvania")
    got = pairs("Freedonia and Sylvania separately backed Ruritania's bid.", _SPEC)
    assert not _allied(got, "Freedonia", "Sylvania")


def test_states_acting_on_each_other_or_each_for_itself_are_no_allies():
    """Review of round AK: a first step joint only when the step is named; nothing done to each other."""
    for text in (
        "Freedonia and Sylvania moved troops to their shared border.",
        "Freedonia and Sylvania launched strikes on each other's positions overnight.",
        "Freedonia and Sylvania called for an immediate ceasefire in their border war.",
    ):
        assert not _allied(pairs(text, _SPEC), "Freedonia", "Sylvania"), text


def test_states_beginning_proceedings_to_act_on_a_third_are_allies():
    text = "Grand Fenwick, Sylvania and Freedonia began proceedings on Monday to reimpose sanctions on Ruritania."
    got = pairs(text, _SPEC)
    assert _allied(got, "Freedonia", "Sylvania") and _allied(got, "Grand Fenwick", "Sylvania")
