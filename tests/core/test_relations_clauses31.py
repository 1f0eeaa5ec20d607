"""Clauses and verbs seen on new stories (round S): a ship's port call or visit named in its own clause visits the
host state, and a warrant issued for someone is the issuer's act against them."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Acme": (P, ["Acme"]),
    "Sea Wolf": (V, ["Sea Wolf"]),
}


def test_a_ships_port_call_visits_the_host():
    for text in (
        "The Sea Wolf arrived in Sylvania for a port call.",
        "The Sea Wolf made a port call in Sylvania.",
        "A group of Freedonian naval vessels, including the Sea Wolf, will arrive at the port of Sylvania on an "
        "official visit.",
        "Reporters toured the Sea Wolf, which is docking in Sylvania for a historic visit.",
    ):
        assert ("Sea Wolf", "Sylvania", Family.DIPLOMACY) in stated(text, SPEC), text


def test_a_ship_sailing_or_carrying_a_visitor_visits_nobody():
    assert ("Sea Wolf", "Sylvania", Family.DIPLOMACY) not in stated("The Sea Wolf arrived in Sylvania.", SPEC)
    got = stated("The Sea Wolf carried Lin Bao to Sylvania for a visit.", SPEC)
    assert ("Sea Wolf", "Sylvania", Family.DIPLOMACY) not in got
    got = stated("The Sea Wolf was not given permission to make a port call in Sylvania.", SPEC)
    assert ("Sea Wolf", "Sylvania", Family.DIPLOMACY) not in got


def test_a_warrant_issued_for_someone():
    got = stated("Acme has issued arrest warrants for Lin Bao and other former officials.", SPEC)
    assert ("Acme", "Lin Bao", Family.ENFORCEMENT) in got
    got = stated("Sylvania filed a warrant against the Sea Wolf.", SPEC)
    assert ("Sylvania", "Sea Wolf", Family.ENFORCEMENT) in got
    got = stated("Acme issued a statement for Lin Bao.", SPEC)
    assert ("Acme", "Lin Bao", Family.ENFORCEMENT) not in got


def test_coming_under_fire_from_someone():
    spec = {**SPEC, "Freedonian Navy": (P, ["Freedonian Navy"])}
    got = stated("Freedonian peacekeepers came under fire from Sylvanian troops.", spec)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) in got
    got = stated("The Sea Wolf came under fire from Sylvanian forces on Monday.", spec)
    assert ("Sylvania", "Sea Wolf", Family.HOSTILITY) in got
    got = stated("Freedonian peacekeepers did not come under fire from Sylvanian troops.", spec)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) not in got


def test_peacekeepers_stand_for_their_state():
    got = stated("Freedonian peacekeepers were attacked by Sylvania.", SPEC)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) in got


def test_a_hostile_reaction_drawn_by_an_act():
    got = stated("The Sea Wolf sailed through the strait, prompting a protest from Sylvania.", SPEC)
    assert ("Sylvania", "Sea Wolf", Family.HOSTILITY) in got
    got = stated("Freedonia's move drew sharp criticism from Sylvania.", SPEC)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) in got
    got = stated("Freedonia sent warships into the strait, triggering a strong protest from Sylvania.", SPEC)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) in got
    got = stated("The deal drew praise from Sylvania.", SPEC)
    assert not any(f is Family.HOSTILITY for *_, f in got)


def test_a_party_cast_as_a_threat_to_another():
    got = stated("Lin Bao identified Freedonia as the most persistent foreign interference threat to Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    got = stated("Freedonia was identified as the main threat to Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    got = stated("Freedonia poses a threat to Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) not in got


def test_drills_around_a_state_are_held_against_it():
    got = stated("Freedonia staged military exercises around Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    got = stated("Freedonia did not conduct drills near Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got
    got = stated("Freedonia held joint drills with Sylvania off the Sylvanian coast.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got
    got = stated("Freedonia and Sylvania held joint drills off Sylvania's coast.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got


def test_a_protest_at_what_another_did():
    got = stated("Sylvania protested after the Sea Wolf sailed through its waters.", SPEC)
    assert ("Sylvania", "Sea Wolf", Family.HOSTILITY) in got
    got = stated("Sylvania complained when Freedonian jets flew over the islands.", SPEC)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) in got
    got = stated("Sylvania did not protest after Freedonia seized the Sea Wolf.", SPEC)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) not in got


def test_jets_buzzing_a_ship():
    assert ("Freedonia", "Sea Wolf", Family.HOSTILITY) in stated("Freedonian jets buzzed the Sea Wolf.", SPEC)


def test_ships_deployed_are_the_deployers():
    spec = {**SPEC, "Sea Lion": (V, ["Sea Lion"])}
    got = stated("Freedonia has deployed two destroyers -- the Sea Wolf and the Sea Lion -- to the region.", spec)
    assert ("Sea Wolf", "Freedonia", Family.MEMBERSHIP) in got
    assert ("Sea Lion", "Freedonia", Family.MEMBERSHIP) in got
    got = stated("The Sea Wolf was deployed by Freedonia to the Gulf.", spec)
    assert ("Sea Wolf", "Freedonia", Family.MEMBERSHIP) in got


def test_a_tug_or_tanker_on_a_port_call_visits_nobody():
    spec = {**SPEC, "Sea Lion": (V, ["Sea Lion"])}
    got = stated(
        "A Freedonian naval detachment of two vessels, the frigate Sea Wolf and the rescue tug Sea Lion, will pay "
        "an official visit to Sylvania.",
        spec,
    )
    assert ("Sea Lion", "Sylvania", Family.DIPLOMACY) not in got
