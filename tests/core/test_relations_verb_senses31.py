"""Verb senses of round S (blind24's family errors): joining a person is standing at his side, cooperating with X is
the partnership 'cooperation with X' is, a mediating role with X is diplomacy. Run with the pair layer off."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")


SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Northern League": (P, ["Northern League"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
    "Lena Dorn": (OFF, ["Lena Dorn"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


def test_joining_a_person_at_an_event_is_standing_with_him():
    fams = _fams("Lena Dorn joined Ivo Rask at Wednesday's announcement, backing the deal.", "Lena Dorn", "Ivo Rask")
    assert Family.ALLIANCE in fams and Family.MEMBERSHIP not in fams, fams


def test_joining_a_body_stays_membership():
    fams = _fams("Freedonia joined the Northern League last year.", "Freedonia", "Northern League")
    assert Family.MEMBERSHIP in fams, fams


def test_cooperating_with_a_state_is_a_partnership():
    fams = _fams("The Northern League will cooperate with Sylvania on border security.", "Northern League", "Sylvania")
    assert Family.ALLIANCE in fams and Family.DIPLOMACY not in fams, fams


def test_cooperating_on_trade_stays_diplomacy():
    fams = _fams("Freedonia will cooperate with Sylvania on economic matters.", "Freedonia", "Sylvania")
    assert Family.ALLIANCE not in fams, fams


def test_refusing_to_cooperate_is_no_partnership():
    fams = _fams("Freedonia refused to cooperate with Sylvania.", "Freedonia", "Sylvania")
    assert Family.ALLIANCE not in fams, fams


def test_a_mediating_role_with_a_group_is_diplomacy():
    fams = _fams(
        "Freedonia has played a key mediating role with the Northern League ahead of the truce.",
        "Freedonia",
        "Northern League",
    )
    assert Family.DIPLOMACY in fams and Family.MEMBERSHIP not in fams, fams


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia signed a $3 billion gas export agreement with Sylvania on Monday.",
        "Ivo Rask announced that he has approved a natural gas export agreement with Sylvania.",
    ],
)
def test_a_formal_export_agreement_stays_an_agreement(text):
    a = "Freedonia" if text.startswith("Freedonia") else "Ivo Rask"
    fams = _fams(text, a, "Sylvania")
    assert Family.AGREEMENT in fams and Family.TRADE not in fams, fams


def test_a_barter_deal_stays_trade():
    fams = _fams("Freedonia struck an arms-for-grain deal with Sylvania.", "Freedonia", "Sylvania")
    assert Family.AGREEMENT not in fams, fams


def test_cutting_back_cooperation_is_hostile():
    fams = _fams(
        "Freedonia threatened to respond by reducing its cooperation with the Northern League.",
        "Freedonia",
        "Northern League",
    )
    assert Family.HOSTILITY in fams and Family.ALLIANCE not in fams, fams
