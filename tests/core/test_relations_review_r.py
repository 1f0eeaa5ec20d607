"""Mends after the review of rounds Q and R: a joint stance is a stance taken (not denied, a vote for or against
something, a text drafted), never one aimed at each other; a minister titled by a party is its member, not its head."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {name: (S, [name]) for name in ("France", "Germany", "Italy", "Russia", "China")}


@pytest.mark.parametrize(
    "sentence",
    [
        "France and Germany did not condemn the test.",
        "Russia, China and France vote on the resolution today.",
        "The talks went on as Russia and China drafted plans.",
        "Russia and France condemned one another.",
        "France and Germany condemned each other's missile tests.",
    ],
)
def test_no_joint_stance_where_none_is_taken_together(sentence: str):
    assert not any(f is Family.ALLIANCE for _, _, f in stated(sentence, SPEC))


@pytest.mark.parametrize(
    "sentence",
    [
        "France, Germany and Italy condemned the missile test.",
        "Russia and China voted against the resolution.",
        "The resolution was drafted by France, Germany and Italy.",
    ],
)
def test_a_joint_stance_still_pairs_its_doers(sentence: str):
    assert any(f is Family.ALLIANCE for _, _, f in stated(sentence, SPEC))


def test_a_minister_titled_by_a_party_is_its_member_and_by_a_council_its_head():
    council = "Ocean Affairs Council"
    spec = {"Likud": (P, ["Likud"]), council: (P, [council]), "Ana Roe": (OFF, ["Ana Roe"])}
    got = stated("Likud Minister Ana Roe met the envoy on Monday.", spec)
    assert ("Ana Roe", "Likud", Family.LEADERSHIP) not in got
    got = stated("Ocean Affairs Council Minister Ana Roe met the envoy on Monday.", spec)
    assert ("Ana Roe", council, Family.LEADERSHIP) in got
