"""Verbs and role nouns the lexicon did not know (round Y): breaching or deploring X, liberating a ship,
'X, a senior figure in Y'; they also work in a second clause sharing the first one's subject."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Acme League": (P, ["Acme League"]),
    "Acme Navy": (P, ["Acme Navy"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Sea Star": (V, ["Sea Star"]),
}


def test_breaching_deploring_or_censuring_a_state_is_hostile():
    got = stated("Freedonia breached Sylvania's sovereign rights.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got, got
    got = stated("Freedonia deplored the decision of Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got, got
    got = stated("The Acme League censured Sylvania on Monday.", SPEC)
    assert ("Acme League", "Sylvania", Family.HOSTILITY) in got, got


def test_an_unknown_verb_in_a_second_clause_shares_the_subject():
    text = "A court ruled that Freedonia has no historic title over the waters and has breached Sylvania's rights."
    got = stated(text, SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got, got


def test_interfering_in_a_state_is_hostile():
    got = stated("Freedonia interfered in Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got, got


def test_a_senior_figure_in_a_body_is_a_member():
    got = stated("Lin Bao, a senior figure in the Acme League, spoke on Monday.", SPEC)
    assert ("Lin Bao", "Acme League", Family.MEMBERSHIP) in got, got


def test_liberating_a_hijacked_ship_helps_it():
    got = stated("The Acme Navy liberated the Sylvanian-flagged tanker Sea Star.", SPEC)
    assert ("Acme Navy", "Sea Star", Family.ALLIANCE) in got, got
