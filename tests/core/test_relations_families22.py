"""Families of round J (blind15's classes): ending a mission is diplomacy, not the help the mission is."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs, stated

MISSION = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Omar Tal": (OFF, ["Omar Tal"]),
    "Grand Assembly": (P, ["Grand Assembly"]),
    "Global Council": (P, ["Global Council"]),
}


def test_calling_for_or_backing_the_withdrawal_of_a_mission_is_diplomacy():
    for text, pair in (
        (
            "Freedonian Foreign Minister Omar Tal on Friday called for the immediate withdrawal of the Grand Assembly "
            "peacekeeping mission from his country.",
            ("Omar Tal", "Grand Assembly"),
        ),
        ("Global Council supports wind-down of Freedonia peacekeeping mission", ("Global Council", "Freedonia")),
    ):
        got = stated(text, MISSION)
        fams = {f for a, b, f in got if {a, b} == set(pair)}
        assert Family.ALLIANCE not in fams, (text, got)


def test_a_peacekeeping_mission_itself_still_helps_its_host():
    got = stated("The Grand Assembly deployed a peacekeeping mission to Freedonia.", MISSION)
    fams = {f for a, b, f in got if {a, b} == {"Grand Assembly", "Freedonia"}}
    assert Family.DIPLOMACY not in fams or Family.ALLIANCE in fams, got


ACCUSERS = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ministry of Defense of Freedonia": (P, ["Freedonian Defense Ministry"]),
}


def test_a_ministry_saying_the_other_side_started_firing_or_committed_provocations_accuses_it():
    for text in (
        "Sylvanian forces on Tuesday started firing in the direction of three border towns, said the Freedonian "
        "Defense Ministry.",
        "The Freedonian Defense Ministry said that Sylvanian troops crossed the border twice and committed "
        "provocations.",
    ):
        got = pairs(text, ACCUSERS)
        assert Family.HOSTILITY in got.get(frozenset({"Sylvania", "Ministry of Defense of Freedonia"}), set()), (
            text,
            got,
        )


def test_a_ministry_saying_the_other_side_stopped_firing_accuses_it_of_nothing():
    got = pairs("The Freedonian Defense Ministry said Sylvanian forces stopped firing on Tuesday.", ACCUSERS)
    assert Family.HOSTILITY not in got.get(frozenset({"Sylvania", "Ministry of Defense of Freedonia"}), set()), got


ADDRESS = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Omar Tal": (OFF, ["Omar Tal"]),
    "World Council": (P, ["World Council"]),
    "Grand Assembly of Freedonia": (P, ["Grand Assembly"]),
    "Daily Herald": (P, ["Daily Herald"]),
}


def test_a_speaker_addressing_a_council_in_session_is_diplomacy():
    got = pairs('"The mission must leave now," Omar Tal told the World Council on Friday.', ADDRESS)
    assert Family.DIPLOMACY in got.get(frozenset({"Omar Tal", "World Council"}), set()), got


def test_a_speaker_addressing_his_own_states_assembly_still_reports():
    got = pairs(
        '"We will defend our waters," Freedonian Prime Minister Omar Tal told the Grand Assembly of Freedonia.', ADDRESS
    )
    assert Family.DIPLOMACY not in got.get(frozenset({"Omar Tal", "Grand Assembly of Freedonia"}), set()), got
