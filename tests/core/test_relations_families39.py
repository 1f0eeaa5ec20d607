"""Families of round AA (blind32's classes): lifting a measure is the lifter's enforcement on its target, and an
enforcement authority's word on a person is an accusation only where the sentence accuses. Rules alone."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania"]),
    "Treasury": (P, ["Treasury"]),
    "Justice Department": (P, ["Justice Department"]),
    "Orca Shipping": (P, ["Orca Shipping"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
    "Max Ode": (OFF, ["Max Ode"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    "text, lifter, target",
    [
        ("Freedonia lifted sanctions on Sylvania last week.", "Freedonia", "Sylvania"),
        ("The Treasury said it would lift sanctions on Orca Shipping within 30 days.", "Treasury", "Orca Shipping"),
        ("Freedonia has broadly eased sanctions on Sylvania's oil sector.", "Freedonia", "Sylvania"),
    ],
)
def test_lifting_sanctions_is_the_lifters_enforcement_on_their_target(text, lifter, target):
    got = _fams(text, lifter, target)
    assert Family.ENFORCEMENT in got and Family.ALLIANCE not in got, got


def test_a_lift_only_called_for_is_no_enforcement():
    got = _fams("Ruritania urged Freedonia to lift sanctions on Sylvania.", "Freedonia", "Sylvania")
    assert Family.ENFORCEMENT not in got, got
    got = _fams("Max Ode reiterated his call to lift sanctions against Sylvania.", "Max Ode", "Sylvania")
    assert Family.ENFORCEMENT not in got, got


def test_blocking_sanctions_still_sides_with_their_target():
    got = _fams("Ruritania has blocked new sanctions on Sylvania.", "Ruritania", "Sylvania")
    assert Family.ALLIANCE in got, got


def test_an_authority_telling_what_a_person_did_reports_unless_it_accuses():
    text = "Ivo Rask led the negotiations on behalf of the firm, the Treasury said."
    assert _fams(text, "Treasury", "Ivo Rask") == {Family.REPORTING}
    text = "The Treasury said Ivo Rask used bribery to win the contracts."
    assert Family.ENFORCEMENT in _fams(text, "Treasury", "Ivo Rask")


def test_an_official_speaking_of_the_authority_is_not_its_target():
    text = '"The Justice Department will not tolerate efforts to evade our laws," Max Ode said.'
    assert Family.ENFORCEMENT not in _fams(text, "Justice Department", "Max Ode")


TITLES = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Max Ode": (OFF, ["Max Ode"]),
    "Freedonian Navy": (P, ["Freedonian Navy"]),
    "Grand Union": (P, ["Grand Union"]),
}


@pytest.mark.parametrize(
    "text, body",
    [
        ("Freedonian opposition leader Max Ode criticised the move.", "Freedonia"),
        ("The crew had been evacuated, rescue leader Max Ode of Freedonia said.", "Freedonia"),
        ("Max Ode, the maritime component commander of the Freedonian Navy, said in a statement.", "Freedonian Navy"),
        ("Grand Union foreign policy chief Max Ode spoke on Monday.", "Grand Union"),
    ],
)
def test_a_leader_of_a_unit_named_before_his_title_is_a_member(text, body):
    assert pairs(text, TITLES).get(frozenset({"Max Ode", body})) == {Family.MEMBERSHIP}


@pytest.mark.parametrize("word", ["junta", "army", "military", "strongman"])
def test_a_leader_whose_title_names_the_states_rulers_leads_it(word):
    got = pairs(f"Freedonian {word} leader Max Ode spoke on Monday.", TITLES)
    assert got.get(frozenset({"Max Ode", "Freedonia"})) == {Family.LEADERSHIP}
