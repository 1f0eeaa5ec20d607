"""A body made up of named members (x-conj75): 'the BRICS alliance made up of A and B, in addition to C', 'the
PLAN task group - comprising the cruiser A, the frigate B and the supply ship C -', 'a special team comprising A
and B'; not people from a state, nor states in an unnamed body. On invented sentences."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations_apposed_posts50 import _read


def _fams(got: set, a: str, b: str) -> set[Family]:
    return {f for x, y, f in got if {x, y} == {a, b} and f is not Family.ASSOCIATION}


def test_members_of_a_named_bloc(nlp):
    text = "Chile will not join the BRICS alliance made up of Brazil and Russia, in addition to India, China and Iran."
    got = _read(nlp, text)
    for state in ("Brazil", "Russia", "India", "China", "Iran"):
        assert _fams(got, state, "BRICS") == {Family.MEMBERSHIP}, (state, got)


def test_ships_of_a_navys_task_group(nlp):
    text = (
        "In May a People's Liberation Army Navy (PLAN) task group – comprising the Type 055 cruiser Arvi, Type "
        "054A frigate Lomo and Type 903 replenishment ship Pelta – sailed into the Coral Sea."
    )
    got = _read(nlp, text)
    for ship in ("Arvi", "Lomo", "Pelta"):
        assert Family.MEMBERSHIP in _fams(got, ship, "People's Liberation Army Navy"), (ship, got)


def test_bodies_making_up_an_unnamed_team_act_together(nlp):
    text = "A special team comprising Chile Navy and Chile Ports Authority (CPA) personnel got onboard the ship."
    got = _read(nlp, text)
    assert _fams(got, "Chile Navy", "Chile Ports Authority") == {Family.ALLIANCE}, got


def test_soldiers_from_states_and_states_in_a_consortium_say_nothing(nlp):
    # negative: people from a state, states in an unnamed body, a crew of nationals
    got = _read(nlp, "The force, made up of soldiers from Malawi, Tanzania and Zambia, was sent to the region.")
    assert not _fams(got, "Malawi", "Tanzania"), got
    got = _read(nlp, "The jets are built by a consortium comprising Britain, Germany, Italy and Spain.")
    assert not _fams(got, "Germany", "Italy"), got


def test_a_reporting_clause_after_the_list_names_no_member(nlp):
    # negative (mend BD item 5): commas do not close the list, the speaker of 'Chile said' is no member
    got = _read(nlp, "The Green Front alliance, made up of Vexora and the Kestrel Brigades, Chile said, vowed revenge.")
    assert not _fams(got, "Chile", "Green Front"), got
    text = "The Green Front alliance, made up of Vexora and the Kestrel Brigades, Chile's army said, vowed revenge."
    got = _read(nlp, text)
    assert not _fams(got, "Chile", "Green Front"), got
