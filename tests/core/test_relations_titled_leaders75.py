"""Round BD families (x-fam75). A person named with a head's title and an 'of' state heads it (titled_leaders.py):
'President X of A', 'Presidents X of A and Y of B', 'leaders such as X of A and Y of B' are LEADERSHIP; a minister's,
a deputy's, a prince's or an untitled 'X of A' stays MEMBERSHIP. States cooperating together are partners, as 'X
cooperates with Y' is, unless the work is civil (rules alone, invented names)."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Green Union": (P, ["Green Union"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
    "Max Ode": (OFF, ["Max Ode"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    "text",
    [
        "Presidents Ivo Rask of Freedonia and Max Ode of Sylvania signed a joint declaration on Monday.",
        "Other leaders such as Ivo Rask of Freedonia and Max Ode of Sylvania have announced their participation.",
    ],
)
def test_listed_heads_of_states_lead_them(text: str) -> None:
    assert _fams(text, "Max Ode", "Sylvania") == {Family.LEADERSHIP}
    assert _fams(text, "Ivo Rask", "Freedonia") == {Family.LEADERSHIP}


def test_king_of_a_state_leads_it() -> None:
    assert _fams("King Ivo Rask of Freedonia arrived in Sylvania on Monday.", "Ivo Rask", "Freedonia") == {
        Family.LEADERSHIP
    }


def test_chairman_of_a_body_leads_it() -> None:
    assert _fams("Chairman Ivo Rask of the Green Union said the ship had left.", "Ivo Rask", "Green Union") == {
        Family.LEADERSHIP
    }


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Ivo Rask of Freedonia said the ship had left.",
        "Vice President Ivo Rask of Freedonia said the ship had left.",
        "Ivo Rask of Freedonia said the ship had left.",
        "Prince Ivo Rask of Freedonia said the ship had left.",
        "Ministers Max Ode of Sylvania and Ivo Rask of Freedonia signed the deal.",
    ],
)
def test_other_titles_stay_members(text: str) -> None:
    assert _fams(text, "Ivo Rask", "Freedonia") == {Family.MEMBERSHIP}


def test_states_cooperating_together_are_partners() -> None:
    text = "Officials said that Freedonia, Sylvania and Green Union are closely cooperating to analyse the details."
    assert pairs(text, SPEC).get(frozenset({"Freedonia", "Sylvania"})) == {Family.ALLIANCE}


def test_states_cooperating_on_civil_work_deal_with_each_other() -> None:
    text = "Freedonia and Sylvania are cooperating on energy."
    assert pairs(text, SPEC).get(frozenset({"Freedonia", "Sylvania"})) == {Family.DIPLOMACY}


def test_a_later_conjunct_inherits_no_title_without_the_first_ones_of() -> None:
    # negative (mend BD item 7): 'President X and Y of B': the title is X's, Y of B stays B's member
    text = "The talks between President Ivo Rask and Max Ode of Sylvania ended on Friday."
    assert _fams(text, "Max Ode", "Sylvania") == {Family.MEMBERSHIP}


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Ivo Rask of Freedonia met investors on Monday.",
        "Rebel leader Ivo Rask of Freedonia said the talks had failed.",
        "Opposition leader Ivo Rask of Freedonia said the talks had failed.",
    ],
)
def test_a_chancellor_or_a_rebel_leader_of_a_state_stays_its_member(text: str) -> None:
    # negative (mend BD item 8): a chancellor may keep the exchequer; a rebel or opposition leader heads no state
    assert Family.MEMBERSHIP in _fams(text, "Ivo Rask", "Freedonia")
