"""Relation classes of blind14's misses and false pairs (issue 11, x-rel21): a passive 'subjected to sanctions by X',
and 'pro-'/'anti-' stances glued to a name. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import CL, PE, _fams
from tests.core.test_relations import stated

S, P, V = Kind.STATE, Kind.PARTY, Kind.VESSEL
SHIPS = {"Orca Star": (V, ["Orca Star"]), "Sea Lark": (V, ["Sea Lark"])}
VESK = {"Vesk Party": (P, ["Vesk Party", "Vesk party"])}


def test_a_passive_subject_undergoes_the_noun_of_its_agent():
    text = "Both the Orca Star and the Sea Lark had been subjected to sanctions by Peru and Chile."
    got = stated(text, {**PE, **CL, **SHIPS})
    for state in ("Peru", "Chile"):
        for ship in SHIPS:
            assert (state, ship, Family.ENFORCEMENT) in got
            assert _fams(got, state, ship) == {Family.ENFORCEMENT}


def test_a_stance_glued_to_a_name_is_a_side_not_an_owner():
    got = stated("Peru banned the country's pro-Chile Vesk party.", {**PE, **CL, **VESK})
    assert ("Vesk Party", "Chile", Family.ALLIANCE) in got
    got = stated("The anti-Chile Vesk Party held a rally.", {**CL, **VESK})
    assert ("Vesk Party", "Chile", Family.HOSTILITY) in got


def test_each_other_ties_both_ways():
    got = stated(
        "Tensions spiked, with Lima and Santiago accusing each other of territorial violations.",
        {"Peru": (S, ["Peru", "Lima"]), "Chile": (S, ["Chile", "Santiago"])},
    )
    assert ("Peru", "Chile", Family.HOSTILITY) in got
    assert ("Chile", "Peru", Family.HOSTILITY) in got
