"""An election body declaring a candidate's result endorses him (election_bodies.py, round BD x-fam75); a report on
anything else, or an observation mission's, stays REPORTING (rules alone, invented names)."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")

SPEC = {
    "Freedonia": (S, ["Freedonia"]),
    "Freedonian Electoral Commission": (P, ["Freedonian Electoral Commission"]),
    "Freedonian Election Observation Mission": (P, ["Freedonian Election Observation Mission"]),
    "Ivo Rask": (OFF, ["Ivo Rask", "Rask"]),
}


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian Electoral Commission said Ivo Rask had won the second round of the presidential election.",
        "The Freedonian Electoral Commission declared Ivo Rask the winner with 52 percent of the votes cast.",
    ],
)
def test_election_body_declaring_a_result_endorses_the_candidate(text: str) -> None:
    assert pairs(text, SPEC).get(frozenset({"Freedonian Electoral Commission", "Ivo Rask"})) == {Family.ALLIANCE}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Freedonian Electoral Commission said Ivo Rask had filed his papers late.",
            "Freedonian Electoral Commission",
        ),
        (
            "The Freedonian Election Observation Mission said Ivo Rask had won the vote.",
            "Freedonian Election Observation Mission",
        ),
    ],
)
def test_other_reports_stay_reports(text: str, body: str) -> None:
    assert pairs(text, SPEC).get(frozenset({body, "Ivo Rask"})) == {Family.REPORTING}
