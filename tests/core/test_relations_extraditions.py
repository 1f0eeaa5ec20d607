"""Extraditions between states, and joint press conferences (issue 11, blind set 40 classes). Entities placed by
hand; invented names and sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import pairs

S, OFF = Kind.STATE, Kind.OFFICIAL
AR = {"Argentina": (S, ["Argentina", "Argentine"])}
UY = {"Uruguay": (S, ["Uruguay", "Uruguayan"])}
PY = {"Paraguay": (S, ["Paraguay", "Paraguayan"])}
TOMAS = {"Tomas Verlaine": (OFF, ["Tomas Verlaine", "Verlaine"])}
ROSA = {"Rosa Delmonte": (OFF, ["Rosa Delmonte", "Delmonte"])}
IVO = {"Ivo Brandt": (OFF, ["Ivo Brandt", "Brandt"])}


def test_a_state_requesting_extradition_from_another_deals_with_it():
    got = pairs(
        "Argentina has formally requested the extradition from Uruguay of its former minister, Tomas Verlaine.",
        {**AR, **UY, **TOMAS},
    )
    fams = got.get(frozenset(("Argentina", "Uruguay")), set())
    assert Family.DIPLOMACY in fams
    assert Family.ENFORCEMENT not in fams


def test_an_agreement_allowing_extradition_between_two_states_makes_them_parties():
    got = pairs(
        "Officials signed an agreement in March allowing for extradition between Argentina and Uruguay.",
        {**AR, **UY},
    )
    fams = got.get(frozenset(("Argentina", "Uruguay")), set())
    assert Family.AGREEMENT in fams
    assert Family.ENFORCEMENT not in fams


def test_a_joint_press_conference_is_a_meeting_whatever_deal_is_spoken_of():
    got = pairs(
        "At a joint press conference in Asuncion with Uruguayan Foreign Minister Rosa Delmonte and Argentine envoy"
        " Ivo Brandt, Verlaine said he hopes the deal could first enable an understanding with other powers.",
        {**AR, **UY, **PY, **ROSA, **IVO, **TOMAS},
    )
    fams = got.get(frozenset(("Rosa Delmonte", "Tomas Verlaine")), set())
    assert Family.DIPLOMACY in fams
    assert Family.AGREEMENT not in fams
