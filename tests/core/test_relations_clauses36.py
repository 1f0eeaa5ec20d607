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


def test_suspending_ties_stays_the_end_of_a_tie():
    # review of round X: 'suspend' as a hostile verb made 'suspended flights to X' or 'the payments of X' hostile;
    # it was taken out again (a bloc suspending a member is left to do)
    spec = {**SPEC, "Sylvania": (S, ["Sylvania"])}
    got = stated("Freedonia suspended diplomatic ties with Sylvania.", spec)
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) in got, got


def test_the_organ_a_speaker_calls_its_own():
    spec = {**SPEC, "Acme Council": (P, ["Acme Council"]), "Sylvania": (S, ["Sylvania"])}
    got = stated("The Acme League said that its Acme Council decided to suspend Sylvania.", spec)
    assert ("Acme Council", "Acme League", Family.MEMBERSHIP) in got
    assert ("Acme League", "Acme Council", Family.REPORTING) not in got
    # an organ named without 'its' is still reported on
    got = stated("The Acme League said that the Acme Council decided to suspend Sylvania.", spec)
    assert ("Acme Council", "Acme League", Family.MEMBERSHIP) not in got


def test_an_outlet_hung_on_the_last_name_still_reports():
    spec = {**SPEC, "Sylvania": (S, ["Sylvania"]), "Acme Press": (P, ["Acme Press Agency", "APA"])}
    text = "Freedonia's government said that it is cutting ties with Sylvania, the Acme Press Agency (APA) reported."
    got = stated(text, spec)
    assert ("Acme Press", "Freedonia", Family.REPORTING) in got
