"""Verbs seen on new stories (round P): levying sanctions, restricting a named body, stealing what is another's,
and spying for a state (serving it) against spying on one (hostile)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Sylvania Media": (P, ["Sylvania Media"]),
}


def test_levying_sanctions_on_a_person_is_enforcement():
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) in stated("Freedonia levied sanctions on Lin Bao.", SPEC)


def test_restricting_a_named_body_is_enforcement():
    got = stated("Freedonia has restricted Sylvania Media and its subsidiaries.", SPEC)
    assert ("Freedonia", "Sylvania Media", Family.ENFORCEMENT) in got


def test_stealing_from_a_state_is_hostile():
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in stated("Freedonia stole data from Sylvania.", SPEC)


def test_spying_for_a_state_serves_it_and_spying_on_one_is_hostile():
    got = stated("Lin Bao, an engineer who spied for Sylvania, was arrested.", SPEC)
    assert ("Lin Bao", "Sylvania", Family.ALLIANCE) in got
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) not in got
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) in stated("Lin Bao spied on Sylvania for years.", SPEC)
