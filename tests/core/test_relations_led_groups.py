"""Whoever leads a state's or a body's delegation, side, team or efforts is its member (MEMBERSHIP), not its leader;
a head of a named body, or a leader whose delegation belongs to no one named, keeps LEADERSHIP. Rules alone."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs, run

pytestmark = pytest.mark.usefixtures("rules_alone")

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Freedonian Observation Mission": (P, ["Freedonian Observation Mission"]),
    "Max Ode": (OFF, ["Max Ode"]),
    "Liberty Front": (P, ["Liberty Front"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    "text",
    [
        "Max Ode led the Freedonian delegation to the talks in Geneva.",
        "Foreign Secretary Max Ode, who has led Freedonia's diplomatic efforts since 2020, spoke on Monday.",
        "The talks ended, said Max Ode, who led Freedonia's team.",
    ],
)
def test_the_leader_of_a_sides_delegation_is_its_member(text):
    got = _fams(text, "Max Ode", "Freedonia")
    assert Family.MEMBERSHIP in got and Family.LEADERSHIP not in got, got


def test_the_retyped_tie_reads_as_a_reader_would_say_it():
    _ents, rels = run("Foreign Secretary Max Ode, who has led Freedonia's diplomatic efforts since 2020, spoke.", SPEC)
    assert {r.type for r in rels if r.family is Family.MEMBERSHIP} == {"led efforts of"}


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # a head named by his own title keeps it, whatever else he leads
        ("Liberty Front chief Max Ode, who led the Liberty Front's side in the talks, said the deal held.",
         "Liberty Front"),
        # a delegation given to no one (the owner check)
        ("Max Ode, who has led Freedonia since 2010, heads the delegation to the talks.", "Freedonia"),
        # a delegation headed by someone else, far from the leader's name (the nearness check)
        ("Max Ode, who has led Freedonia since 2010, said on Monday that he hoped that the Freedonian delegation, "
         "which was headed by a junior envoy, would return.", "Freedonia"),
    ],
)
def test_a_leader_who_does_not_lead_the_sides_group_keeps_leadership(text, other):
    got = _fams(text, "Max Ode", other)
    assert Family.LEADERSHIP in got and Family.MEMBERSHIP not in got, got


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
