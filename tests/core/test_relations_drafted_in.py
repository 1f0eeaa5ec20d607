"""States that draft a resolution put to a council or an assembly named in the sentence act toward that body
(round BC, drafted_in.py)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania"]),
    "Vexland": (S, ["Vexland"]),
    "Boravia": (S, ["Boravia"]),
    "Union of Nations": (P, ["Union of Nations", "UoN"]),
    "Security Council": (P, ["Security Council"]),
}


def test_a_council_resolution_drafted_by_a_state():
    text = "The Security Council resolution drafted by Ruritania was approved with 10 votes in favor."
    got = pairs(text, _SPEC)
    assert Family.DIPLOMACY in got.get(frozenset(("Ruritania", "Security Council")), set()), got


def test_drafters_of_a_resolution_the_council_passed():
    text = "The Security Council passed a resolution proposed by Ruritania and Vexland that sanctioned Boravia."
    got = pairs(text, _SPEC)
    assert Family.DIPLOMACY in got.get(frozenset(("Vexland", "Security Council")), set()), got


def test_no_tie_to_a_body_that_votes_on_nothing_here():
    text = "After the vote on the draft resolution tabled by Ruritania, Boravia's UoN ambassador said it was flawed."
    got = pairs(text, _SPEC)
    assert Family.DIPLOMACY not in got.get(frozenset(("Ruritania", "Union of Nations")), set()), got


def test_a_states_own_council_or_a_think_tank_votes_on_nothing():
    # review BC, item 4: only international voting bodies take a drafted resolution
    spec = {**_SPEC, "National Security Council": (P, ["National Security Council"]),
            "Council on Foreign Affairs": (P, ["Council on Foreign Affairs"])}
    text = "The resolution drafted by Ruritania was vetoed by Boravia, National Security Council aide Ivo Lak said."
    got = pairs(text, spec)
    assert Family.DIPLOMACY not in got.get(frozenset(("Ruritania", "National Security Council")), set()), got
    text = "The resolution proposed by Vexland was rejected, a fellow at the Council on Foreign Affairs said."
    got = pairs(text, spec)
    assert Family.DIPLOMACY not in got.get(frozenset(("Vexland", "Council on Foreign Affairs")), set()), got
