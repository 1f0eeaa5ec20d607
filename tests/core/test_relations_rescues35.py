"""Round W (blind29's family errors): a force that intercepts, boards or storms a ship in distress or in pirates'
hands rescues it (ALLIANCE), arresting a ship's hijackers is done for the ship, a unit head 'head of X for Y' is a
member of Y, and a state's possessive on the head of another body gives his country. Run with the pair layer off."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")


SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Freedonian Navy": (P, ["Freedonian Navy"]),
    "Joint Staff": (P, ["Joint Staff"]),
    "Sea Tribunal": (P, ["Sea Tribunal"]),
    "Coast Guard of Freedonia": (P, ["Freedonian coast guards"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
    "FNS Valor": (V, ["FNS Valor"]),
    "Sea Breeze": (V, ["Sea Breeze"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


def test_intercepting_a_ship_after_a_distress_call_rescues_it():
    fams = _fams(
        "On March 29, FNS Valor, responding to a distress call, intercepted the fishing vessel Sea Breeze"
        " in the early hours.",
        "FNS Valor",
        "Sea Breeze",
    )
    assert Family.ALLIANCE in fams and Family.ENFORCEMENT not in fams, fams


def test_intercepting_a_ship_pirates_attacked_rescues_it():
    fams = _fams(
        "The Freedonian Navy intercepted a ship, Sea Breeze, sailing far from the coast when pirates attacked it.",
        "Freedonian Navy",
        "Sea Breeze",
    )
    assert Family.ALLIANCE in fams and Family.ENFORCEMENT not in fams, fams


def test_storming_a_hijacked_tanker_rescues_it():
    fams = _fams(
        "Freedonian commandos stormed the hijacked tanker Sea Breeze and freed the crew.", "Freedonia", "Sea Breeze"
    )
    assert Family.ALLIANCE in fams and Family.ENFORCEMENT not in fams, fams


def test_boarding_a_smuggler_stays_enforcement():
    fams = _fams(
        "The Freedonian Navy boarded the tanker Sea Breeze on suspicion of smuggling.", "Freedonian Navy", "Sea Breeze"
    )
    assert Family.ENFORCEMENT in fams and Family.ALLIANCE not in fams, fams


def test_intercepting_a_pirate_vessel_stays_enforcement():
    fams = _fams("FNS Valor intercepted the suspected pirate vessel Sea Breeze.", "FNS Valor", "Sea Breeze")
    assert Family.ENFORCEMENT in fams and Family.ALLIANCE not in fams, fams


def test_arresting_the_hijackers_of_a_ship_is_done_for_the_ship():
    fams = _fams(
        "Freedonian coast guards arrested eight suspected hijackers of Sylvanian oil tanker Sea Breeze on Monday.",
        "Coast Guard of Freedonia",
        "Sea Breeze",
    )
    assert Family.ENFORCEMENT not in fams and Family.ALLIANCE in fams, fams


def test_arresting_the_captain_of_a_ship_stays_enforcement():
    fams = _fams(
        "Freedonian coast guards arrested the captain of Sylvanian oil tanker Sea Breeze on Monday.",
        "Coast Guard of Freedonia",
        "Sea Breeze",
    )
    assert Family.ENFORCEMENT in fams, fams


def test_a_unit_head_for_a_body_is_its_member():
    fams = _fams(
        "Lt. Gen. Ivo Rask, head of combat operations for Sylvania's Joint Staff, said the crew was safe.",
        "Ivo Rask",
        "Joint Staff",
    )
    assert Family.MEMBERSHIP in fams and Family.LEADERSHIP not in fams, fams


def test_head_of_state_for_a_state_still_leads_it():
    fams = _fams("Ivo Rask, head of state for Sylvania, said the crew was safe.", "Ivo Rask", "Sylvania")
    assert Family.LEADERSHIP in fams, fams


def test_a_states_possessive_on_the_head_of_a_tribunal_gives_his_country():
    fams = _fams(
        "The president of the Sea Tribunal, Sylvania's Ivo Rask, said the vessel must be released.",
        "Ivo Rask",
        "Sylvania",
    )
    assert Family.MEMBERSHIP in fams and Family.LEADERSHIP not in fams, fams


def test_a_states_bare_possessive_on_a_person_still_leads():
    fams = _fams("Sylvania's Ivo Rask said the vessel must be released.", "Ivo Rask", "Sylvania")
    assert Family.LEADERSHIP in fams, fams


OUTLETS = {
    "Freedonia": (S, ["Freedonia"]),
    "Sylvania": (S, ["Sylvania"]),
    "Reuters": (P, ["Reuters"]),
}


def test_an_outlet_reports_the_parties_named_after_a_preposition():
    got = pairs(
        "A plan to withdraw has been agreed upon but requires final approval from Freedonia and Sylvania, "
        "according to Reuters.",
        OUTLETS,
    )
    assert Family.REPORTING in got.get(frozenset({"Reuters", "Freedonia"}), set()), got
    assert Family.REPORTING in got.get(frozenset({"Reuters", "Sylvania"}), set()), got


def test_an_outlet_does_not_report_the_start_of_a_route():
    got = pairs(
        "The trader was accused of supplying luxury items from Freedonia to the capital, Reuters reported.", OUTLETS
    )
    assert Family.REPORTING not in got.get(frozenset({"Reuters", "Freedonia"}), set()), got


def test_an_outlet_does_not_report_a_place_sailed_from():
    got = pairs("The destroyer sailed south from Freedonia and through the strait, Reuters reported.", OUTLETS)
    assert Family.REPORTING not in got.get(frozenset({"Reuters", "Freedonia"}), set()), got


def test_a_ship_a_side_calls_hijacked_by_the_interceptor_is_not_rescued():
    fams = _fams(
        "The Freedonian Navy intercepted the aid ship Sea Breeze, which activists said had been hijacked by Freedonia.",
        "Freedonian Navy",
        "Sea Breeze",
    )
    assert Family.ALLIANCE not in fams and Family.ENFORCEMENT in fams, fams
