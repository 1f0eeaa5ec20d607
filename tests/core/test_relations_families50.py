"""Families of round AL: a unit's head leads the body the unit is named by, an envoy named after 'to' belongs to
the state that sent him, and a speaker judging a side's deed in reported words accuses it. Rules alone."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Kaltor": (P, ["Kaltor"]),
    "Vesna": (P, ["Vesna"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
    "Max Ode": (OFF, ["Max Ode"]),
    "Tomas Brel": (OFF, ["Tomas Brel"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    "text, head, body",
    [
        (
            "Colonel Ivo Rask, head of the Kaltor military unit, told reporters the army had taken power.",
            "Ivo Rask",
            "Kaltor",
        ),
        ("Max Ode, the head of the far-right Vesna party, blocked the ship.", "Max Ode", "Vesna"),
    ],
)
def test_the_head_of_a_unit_named_by_a_body_leads_the_body(text, head, body):
    got = _fams(text, head, body)
    assert Family.LEADERSHIP in got and Family.MEMBERSHIP not in got, got


def test_the_head_of_an_unnamed_unit_of_a_state_stays_a_member():
    got = _fams(
        "Ivo Rask, head of the Freedonian military unit, told reporters the army had taken power.",
        "Ivo Rask",
        "Freedonia",
    )
    assert Family.LEADERSHIP not in got, got


def test_the_head_of_a_bodys_office_named_by_its_town_stays_a_member():
    got = _fams(
        "The theft began in January, said Ivo Rask, head of the Kaltor (KLT) Baltimore field office.",
        "Ivo Rask",
        "Kaltor",
    )
    assert Family.LEADERSHIP not in got, got


def test_an_envoy_named_after_to_belongs_to_the_state_that_sent_him():
    got = _fams("Sylvanian ambassador to Lima Tomas Brel attended the event.", "Tomas Brel", "Sylvania")
    assert got == {Family.MEMBERSHIP}, got


@pytest.mark.parametrize(
    "text, speaker, target",
    [
        (
            "Max Ode told reporters that the reported presence of a Sylvanian submarine was very worrisome.",
            "Max Ode",
            "Sylvania",
        ),
        ("Max Ode said Sylvania's inauguration of the dam was an unlawful unilateral act.", "Max Ode", "Sylvania"),
        ("Max Ode said Sylvania is the biggest threat to the region.", "Max Ode", "Sylvania"),
    ],
)
def test_a_speaker_judging_a_sides_deed_accuses_it(text, speaker, target):
    got = _fams(text, speaker, target)
    assert Family.HOSTILITY in got and Family.REPORTING not in got, got


def test_a_judgement_denied_accuses_no_one():
    got = _fams("Max Ode said Sylvania's inauguration of the dam was not unlawful.", "Max Ode", "Sylvania")
    assert Family.HOSTILITY not in got, got


def test_an_attorney_general_speaking_of_the_justice_department_is_its_member():
    spec = dict(SPEC, **{"Justice Department": (P, ["Justice Department"])})
    text = '"The Justice Department will not tolerate these efforts," Attorney General Ivo Rask said in a statement.'
    got = pairs(text, spec).get(frozenset({"Ivo Rask", "Justice Department"}), set())
    assert got == {Family.MEMBERSHIP}, got
