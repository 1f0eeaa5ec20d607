"""Verbs seen on new stories (round P): levying sanctions, restricting a named body, spying for a state (serving
it) against spying on one (hostile), training alongside a force, and an active verb joined to a
passive one."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Sylvania Media": (P, ["Sylvania Media"]),
}


def test_levying_sanctions_on_a_person_is_enforcement():
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) in stated("Freedonia levied sanctions on Lin Bao.", SPEC)


def test_restricting_a_named_body_is_enforcement():
    got = stated("Freedonia has restricted Sylvania Media and its subsidiaries.", SPEC)
    assert ("Freedonia", "Sylvania Media", Family.ENFORCEMENT) in got
    got = stated("Freedonia restricted Sylvania's access to technology.", SPEC)  # a state: a policy, hostile
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    assert ("Freedonia", "Sylvania", Family.ENFORCEMENT) not in got


def test_spying_for_a_state_serves_it_and_spying_on_one_is_hostile():
    got = stated("Lin Bao, an engineer who spied for Sylvania, was arrested.", SPEC)
    assert ("Lin Bao", "Sylvania", Family.ALLIANCE) in got
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) not in got
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) in stated("Lin Bao spied on Sylvania for years.", SPEC)


def test_training_alongside_a_force_sides_with_it():
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) in stated("Freedonia trained alongside Sylvania last year.", SPEC)


def test_an_active_verb_joined_to_a_passive_one_goes_on_with_the_passive_subject():
    got = stated("The tanker was sanctioned by Freedonia and visited Sylvania.", SPEC)
    assert not any({a, b} == {"Freedonia", "Sylvania"} for a, b, _ in got)
    got = stated("Sylvania Media was sanctioned by Freedonia and praised Lin Bao.", SPEC)
    assert ("Sylvania Media", "Lin Bao", Family.ALLIANCE) in got
    assert ("Freedonia", "Lin Bao", Family.ALLIANCE) not in got
    got = stated("Sylvania Media was sanctioned by Freedonia and was criticized by Lin Bao.", SPEC)
    assert ("Lin Bao", "Sylvania Media", Family.HOSTILITY) in got  # a second passive keeps its own 'by'


def test_pivoting_toward_a_state_sides_with_it():
    got = stated("Freedonia broke off ties with Ruritania and pivoted toward Sylvania for military support.", SPEC2)
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) in got


def test_sending_weapons_to_a_state_is_trade_and_sending_them_into_it_is_not():
    got = stated("Sylvania Media, the defence unit of a conglomerate, will send howitzers to Freedonia.", SPEC)
    assert ("Sylvania Media", "Freedonia", Family.TRADE) in got
    got = stated("Freedonia sent tanks into Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.TRADE) not in got


SPEC2 = {**SPEC, "Ruritania": (S, ["Ruritania"])}


def test_deeds_in_a_part_played_are_the_part_players():
    got = stated("Freedonia named Lin Bao and Wu Tan for their roles in operations targeting Sylvania.", SPEC3)
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) in got
    assert ("Wu Tan", "Sylvania", Family.HOSTILITY) in got
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got
    got = stated("Freedonia sanctioned Sylvania Media for its role in operations targeting Ruritania.", SPEC3)
    assert ("Sylvania Media", "Ruritania", Family.HOSTILITY) in got
    assert ("Freedonia", "Ruritania", Family.HOSTILITY) not in got


SPEC3 = {**SPEC2, "Wu Tan": (OFF, ["Wu Tan"])}
