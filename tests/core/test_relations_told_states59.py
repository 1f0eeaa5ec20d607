"""An outlet told by unnamed sources reports on the states its words make parties (a reported clause's subject, a
demonym, the speakers' side), not on a state they name only in passing (told_states.py)."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")

SPEC = {
    "Reuters": (P, ["Reuters"]),
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
}


def _reports(text: str, a: str, b: str) -> bool:
    return Family.REPORTING in pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    "text",
    [
        "A ministry spokesman confirmed to Reuters that the airspace along the border with Sylvania had been reopened.",
        "An official told Reuters that the grain could still be sold to Sylvania at a discount.",
    ],
)
def test_state_named_in_passing_is_not_reported(text):
    assert not _reports(text, "Reuters", "Sylvania"), pairs(text, SPEC)


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman confirmed to Reuters that Sylvania had reopened its airspace.",
        "Two officials told Reuters that Sylvanian troops had crossed the border overnight.",
        "A Sylvanian official told Reuters that the border would stay closed.",
    ],
)
def test_state_acting_or_speaking_is_reported(text):
    assert _reports(text, "Reuters", "Sylvania"), pairs(text, SPEC)
