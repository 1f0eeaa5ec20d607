"""Groups led by someone (round X): a body's own mission, delegation or tribunal is led by one of its members."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Acme League": (P, ["Acme League"]),
    "Acme Court": (P, ["Acme Court of Arbitration"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Kurz": (OFF, ["Ana Kurz"]),
}


def test_a_body_s_mission_is_led_by_a_member():
    got = stated("An Acme League mission led by Lin Bao was to visit the capital.", SPEC)
    assert ("Lin Bao", "Acme League", Family.MEMBERSHIP) in got
    assert ("Lin Bao", "Acme League", Family.LEADERSHIP) not in got
    text = "The terms were found fair by an Acme Court of Arbitration tribunal led by Lin Bao and Ana Kurz."
    got = stated(text, SPEC)
    assert ("Lin Bao", "Acme Court", Family.MEMBERSHIP) in got
    assert ("Ana Kurz", "Acme Court", Family.MEMBERSHIP) in got
    # a state's delegation stays as it was
    got = stated("A Freedonian delegation led by Ana Kurz arrived on Monday.", SPEC)
    assert ("Ana Kurz", "Freedonia", Family.MEMBERSHIP) in got


def test_a_group_named_for_a_body_is_led_by_its_head():
    got = stated("The Acme League group led by Lin Bao seized the town.", SPEC)
    assert ("Lin Bao", "Acme League", Family.MEMBERSHIP) not in got


def test_a_member_suspended_by_a_bloc():
    spec = {**SPEC, "Sylvania": (S, ["Sylvania"])}
    got = stated("The Acme League has suspended Sylvania's participation in its activities.", spec)
    assert ("Acme League", "Sylvania", Family.HOSTILITY) in got
    got = stated("The Acme League suspended Sylvania with immediate effect.", spec)
    assert ("Acme League", "Sylvania", Family.HOSTILITY) in got
    # suspending ties stays a hostile end of a tie
    got = stated("Freedonia suspended diplomatic ties with Sylvania.", spec)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got or ("Freedonia", "Sylvania", Family.DIPLOMACY) in got


def test_the_organ_a_speaker_calls_its_own():
    spec = {**SPEC, "Acme Council": (P, ["Acme Council"]), "Sylvania": (S, ["Sylvania"])}
    got = stated("The Acme League said that its Acme Council decided to suspend Sylvania.", spec)
    assert ("Acme Council", "Acme League", Family.MEMBERSHIP) in got
    assert ("Acme League", "Acme Council", Family.REPORTING) not in got
    # an organ named without 'its' is still reported on
    got = stated("The Acme League said that the Acme Council decided to suspend Sylvania.", spec)
    assert ("Acme Council", "Acme League", Family.MEMBERSHIP) not in got


def test_its_decision_is_not_the_decision_of_two_others():
    spec = {**SPEC, "Sylvania": (S, ["Sylvania"]), "Acme Union": (P, ["Acme Union"])}
    spec["Beta Council"] = (P, ["Beta Council"])
    text = "The Acme League asked that the Acme Union and the Beta Council endorse its decision to suspend Sylvania."
    got = stated(text, spec)
    assert ("Acme Union", "Sylvania", Family.HOSTILITY) not in got
    assert ("Beta Council", "Sylvania", Family.HOSTILITY) not in got
    # one doer who names its own decision still does it
    got = stated("The Acme Union announced its decision to suspend Sylvania.", spec)
    assert ("Acme Union", "Sylvania", Family.HOSTILITY) in got


def test_a_firm_s_permit_suspended_is_a_measure_on_the_firm():
    spec = {**SPEC, "Acme Telecom": (P, ["Acme Telecom"])}
    got = stated("Freedonia suspended the working permit of Acme Telecom.", spec)
    assert ("Freedonia", "Acme Telecom", Family.ENFORCEMENT) in got


def test_an_outlet_hung_on_the_last_name_still_reports():
    spec = {**SPEC, "Sylvania": (S, ["Sylvania"]), "Acme Press": (P, ["Acme Press Agency", "APA"])}
    text = "Freedonia's government said that it is cutting ties with Sylvania, the Acme Press Agency (APA) reported."
    got = stated(text, spec)
    assert ("Acme Press", "Freedonia", Family.REPORTING) in got
