"""Whoever leads a state's or a body's delegation, side, team or efforts is its member (MEMBERSHIP), not its leader;
a head of a named body, or a leader whose delegation belongs to no one named, keeps LEADERSHIP. Rules alone."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Freedonian Observation Mission": (P, ["Freedonian Observation Mission"]),
    "Max Ode": (OFF, ["Max Ode"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian delegation was headed by Defence Minister Max Ode, while the Sylvanian side was led by its "
        "interior minister.",
        "Foreign Secretary Max Ode, who has led Freedonia's diplomatic efforts since 2020, spoke on Monday.",
        "Talks ended on Friday, the head of Freedonia's delegation Max Ode said.",
    ],
)
def test_the_leader_of_a_sides_delegation_is_its_member(text):
    got = _fams(text, "Max Ode", "Freedonia")
    assert Family.MEMBERSHIP in got and Family.LEADERSHIP not in got, got


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Freedonian President Max Ode led a delegation to Sylvania on Monday.", "Freedonia"),
        ("In a sign of a thaw, Freedonian Emir Max Ode is to head Freedonia's delegation to the summit.", "Freedonia"),
        ("Max Ode, the head of the Freedonian Observation Mission, said the vote was fair.",
         "Freedonian Observation Mission"),
    ],
)
def test_a_head_of_the_named_body_or_of_no_ones_delegation_keeps_leadership(text, other):
    got = _fams(text, "Max Ode", other)
    assert Family.LEADERSHIP in got, got
