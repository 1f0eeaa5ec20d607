"""An envoy's post read on the surface: sender, host and holder of 'Ambassador of X to Y Z', 'X's ambassadors to A,
B and C', 'X's Permanent Representative at Y' (round BC, surface_envoys.py)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexland": (S, ["Vexland"]),
    "Boravia": (S, ["Boravia"]),
    "Caldonia": (S, ["Caldonia"]),
    "Dravonia": (S, ["Dravonia"]),
    "Union of Nations": (P, ["Union of Nations", "UoN"]),
    "Anton Reles": (OFF, ["Anton Reles"]),
    "Marta Kowal": (OFF, ["Marta Kowal"]),
}


def test_an_envoy_of_a_state_to_another_named_after_the_post():
    text = "The meeting was attended by Governor Marta Kowal and Ambassador of Ruritania to Vexland Anton Reles."
    got = pairs(text, _SPEC)
    assert Family.DIPLOMACY in got.get(frozenset(("Ruritania", "Vexland")), set()), got
    assert Family.MEMBERSHIP in got.get(frozenset(("Anton Reles", "Ruritania")), set()), got


def test_a_states_envoys_to_a_list_of_states_are_posted_to_each():
    text = "Included were Ruritania's ambassadors to Vexland, the Union of Nations, Boravia, Caldonia and Dravonia."
    got = pairs(text, _SPEC)
    for host in ("Vexland", "Union of Nations", "Boravia", "Caldonia", "Dravonia"):
        assert Family.DIPLOMACY in got.get(frozenset(("Ruritania", host)), set()), (host, got)


def test_a_single_envoys_post_is_not_shared_with_the_next_name():
    text = "Ruritania's ambassador to Vexland and Boravia's foreign minister were absent from the vote on Monday."
    got = pairs(text, _SPEC)
    assert Family.DIPLOMACY in got.get(frozenset(("Ruritania", "Vexland")), set()), got
    assert Family.DIPLOMACY not in got.get(frozenset(("Ruritania", "Boravia")), set()), got


def test_no_post_without_a_named_host():
    text = "Ruritania's ambassador to the talks, Anton Reles, left Vexland on Monday."
    got = pairs(text, _SPEC)
    assert Family.DIPLOMACY not in got.get(frozenset(("Ruritania", "Vexland")), set()), got


def test_the_main_clauses_subject_after_a_comma_holds_no_post():
    # review BC, item 3: the speaker beside the envoy is not the envoy
    text = "Speaking beside the Ruritanian ambassador to Vexland, Anton Reles said the talks would go on."
    got = pairs(text, _SPEC)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Anton Reles", "Ruritania")), set()), got
    assert Family.DIPLOMACY not in got.get(frozenset(("Anton Reles", "Vexland")), set()), got


def test_the_envoy_named_as_the_main_clauses_subject_after_the_post():
    text = "According to local radio, Ruritania's ambassador to Vexland, Anton Reles said a letter had been sent."
    got = pairs(text, _SPEC)
    assert Family.DIPLOMACY in got.get(frozenset(("Anton Reles", "Vexland")), set()), got


def test_the_envoy_named_with_the_post_repeated_as_his_title():
    # round BI (x-rel107): the parser hangs 'Ambassador Anton Reles' on the verb, not on the post, after the comma
    text = "The minister received the Ruritanian Ambassador to Vexland, Ambassador Anton Reles, on Monday evening."
    got = pairs(text, _SPEC)
    assert Family.DIPLOMACY in got.get(frozenset(("Anton Reles", "Vexland")), set()), got
    assert Family.MEMBERSHIP in got.get(frozenset(("Anton Reles", "Ruritania")), set()), got
