"""An official's report that a state does harm is HOSTILITY to that state too (accused_states.py). Entities placed
by hand; sentences written for the test."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, OFF = Kind.STATE, Kind.OFFICIAL
SPEC = {
    "Peru": (S, ["Peru", "Peruvian", "Lima"]),
    "Chile": (S, ["Chile", "Chilean", "Santiago"]),
    "Marco Velez": (OFF, ["Marco Velez"]),
}


def _fams(got, a: str, b: str) -> set[Family]:
    return {f for x, y, f in got if {x, y} == {a, b}}


def test_a_state_said_to_be_a_violator_is_accused():
    got = stated("Marco Velez said Chile was among the worst violators of fishing rules.", SPEC)
    assert Family.HOSTILITY in _fams(got, "Marco Velez", "Chile")
    # the accusation is the speaker's tie to the state, not a second family beside his report
    assert Family.REPORTING not in _fams(got, "Marco Velez", "Chile")


def test_a_states_government_said_to_hold_animosity_is_accused():
    text = "Marco Velez added that the Chilean government had a long record of animosity towards fishermen."
    got = stated(text, SPEC)
    assert Family.HOSTILITY in _fams(got, "Marco Velez", "Chile")


def test_a_states_own_harmful_deed_is_an_accusation():
    got = stated("Marco Velez said that Chilean interference had wrecked the fishing talks.", SPEC)
    assert Family.HOSTILITY in _fams(got, "Marco Velez", "Chile")


def test_a_state_only_harmed_is_not_accused():
    got = stated("Marco Velez said the smugglers tried to interfere with the Chilean fishing season.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Marco Velez", "Chile")


def test_a_plain_report_on_a_state_is_no_accusation():
    got = stated("Marco Velez said Chile was among the largest buyers of fishing boats.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Marco Velez", "Chile")


def test_a_joined_verb_that_only_meets_a_harm_accuses_no_one():
    got = stated("Marco Velez said Chile is a small country and it faces a threat of war.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Marco Velez", "Chile")


def test_a_state_that_suffers_or_refuses_a_harm_is_not_accused():
    # a passive subject undergoes the harm; a denied, stopped or opposed harm is no deed of the state's; a harm word
    # inside another ('non-interference') names none
    for text in (
        "Marco Velez said Chile was threatened by Peruvian drones.",
        "Marco Velez said Chile was insulted by the remarks.",
        "Marco Velez said Chile had a policy of non-interference in the affairs of its neighbours.",
        "Marco Velez said Chile has no intention of interfering in the Peruvian election.",
        "Marco Velez said Chile was ready for a cessation of hostilities.",
        "Marco Velez said Chilean resistance to aggression had been remarkable.",
        "Marco Velez said Chile is a strong opponent of aggression.",
    ):
        got = stated(text, SPEC)
        assert Family.HOSTILITY not in _fams(got, "Marco Velez", "Chile"), text
