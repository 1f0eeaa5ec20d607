"""A request put to a party (round AT): 'X asked Y to do Z', 'X asked Y for Z' is DIPLOMACY from the asker to the
one asked, whatever the act asked for; a court's 'asked' stays a ruling. Pair layer off."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")


SPEC = {
    "Freedonia": (S, ["Freedonia"]),
    "Sylvania": (S, ["Sylvania"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia has asked Sylvania to send back hundreds of its nationals who were recruited last year.",
        "Freedonia has asked Sylvania to withdraw its troops from the island by March 15, an official said.",
        "Freedonia had asked Sylvania for a large sum of financial assistance.",
    ],
)
def test_a_request_put_to_a_state_is_diplomacy(text):
    assert _fams(text, "Freedonia", "Sylvania") == {Family.DIPLOMACY}


def test_a_request_put_to_a_leader_is_diplomacy():
    fams = _fams("Ivo Rask has asked Sylvania to reverse its ban on the takeover.", "Ivo Rask", "Sylvania")
    assert Family.DIPLOMACY in fams, fams


@pytest.mark.parametrize(
    "text",
    [
        "Officials feared a deal if Freedonia asked Sylvania to approve the move.",
        "Freedonia did not ask Sylvania to withdraw its troops.",
    ],
)
def test_a_request_not_made_is_no_contact(text):
    assert Family.DIPLOMACY not in _fams(text, "Freedonia", "Sylvania")


def test_a_formal_request_put_to_a_state_is_diplomacy():
    text = "Freedonia requested Sylvania to defer the visit until further consultations were held."
    assert _fams(text, "Freedonia", "Sylvania") == {Family.DIPLOMACY}


def test_a_court_asking_a_state_is_no_diplomacy():
    spec = {**SPEC, "Orbis Court of Justice": (P, ["Orbis Court of Justice"])}
    text = "The Orbis Court of Justice asked Sylvania to refrain from taking any action in the region."
    fams = pairs(text, spec).get(frozenset({"Orbis Court of Justice", "Sylvania"}), set())
    assert Family.DIPLOMACY not in fams, fams




def test_a_resolution_requesting_is_no_contact():
    spec = {**SPEC, "Orbis Council": (P, ["Orbis Council", "Council"]), "Orbis": (P, ["Orbis"])}
    text = (
        "The Council resolution also requests the Orbis Secretary-General to explore, by 1 June, options for the"
        " future of the mission."
    )
    fams = pairs(text, spec).get(frozenset({"Orbis Council", "Orbis"}), set())
    assert Family.DIPLOMACY not in fams, fams


def test_the_speakers_own_request_is_his_contact():
    """'"We have asked Russia to stop the recruitment," Saud said': the gold ties the speaker to the one asked as
    DIPLOMACY (blind36), not as a report; 'pressed Y for details' stays a report (test_relations_reported_states)."""
    spec = {**SPEC, "Lena Dorn": (OFF, ["Lena Dorn", "Dorn"])}
    text = "Lena Dorn said we have asked Sylvania for details about the seizure."
    fams = pairs(text, spec).get(frozenset({"Lena Dorn", "Sylvania"}), set())
    assert Family.DIPLOMACY in fams, fams
