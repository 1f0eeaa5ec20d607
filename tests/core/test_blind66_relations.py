"""Relation classes from blind66's first run (round BF, x-b66r-87), on invented sentences: export permits suspended
to a state, a press conference shared 'with' someone, and a named operation's owner."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Acme": (P, ["Acme"]),
    "Jane Roe": (OFF, ["Jane Roe", "Roe"]),
    "John Doe": (OFF, ["John Doe"]),
    "Operation Sandstorm": (P, ["Operation Sandstorm"]),
    "Northern League": (P, ["Northern League"]),
}


# suspensions.suspended_permit: permits 'to' a state, suspended


def test_export_permits_to_a_state_suspended_are_hostile():
    got = stated("Freedonia has suspended its arms export permits to Sylvania after the border clashes.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    got = stated('"I have suspended the relevant export permits to Sylvania," Jane Roe said on Monday.', SPEC)
    assert ("Jane Roe", "Sylvania", Family.HOSTILITY) in got
    got = stated("Jane Roe has suspended 30 export licences for arms to Sylvania.", SPEC)
    assert ("Jane Roe", "Sylvania", Family.HOSTILITY) in got


def test_suspended_flights_or_permits_to_a_firm_are_no_hostility():
    # a carrier halting its own flights acts on no one; a STATE suspending flights to and from another is a measure
    # against it (every such pair in the gold of blind22..78 is HOSTILITY: travel_bans.py, round BI x-b78r-113)
    assert not any(f is Family.HOSTILITY for *_, f in stated("Acme suspended flights to Sylvania.", SPEC))
    got = stated("Freedonia suspended the export permits to Acme on Monday.", SPEC)
    assert not any(f is Family.HOSTILITY for *_, f in got)


# gatherings.press_appearance_with: 'said at a press conference with Y'


def test_said_at_a_press_conference_with_a_person_is_a_meeting():
    got = stated("Jane Roe said at a joint press conference in Geneva with Sylvanian President John Doe.", SPEC)
    assert ("Jane Roe", "John Doe", Family.DIPLOMACY) in got
    got = stated('"The talks went well," Jane Roe said in a joint news conference with John Doe on Friday.', SPEC)
    assert ("Jane Roe", "John Doe", Family.DIPLOMACY) in got


def test_a_press_conference_with_a_body_or_about_a_person_is_no_meeting():
    got = stated("Jane Roe said at a joint press conference with the Acme doctors that aid would come.", SPEC)
    assert not any(f is Family.DIPLOMACY for *_, f in got)
    got = stated("Jane Roe said at a press conference that John Doe had left the country.", SPEC)
    assert ("Jane Roe", "John Doe", Family.DIPLOMACY) not in got


def test_a_press_conference_with_someones_aide_is_no_meeting_with_him():
    got = stated("Jane Roe said at a press conference with John Doe's spokesman that the sides disagreed.", SPEC)
    assert ("Jane Roe", "John Doe", Family.DIPLOMACY) not in got
    got = stated("Jane Roe said at a joint press conference with the Sylvanian president, John Doe, on Friday.", SPEC)
    assert ("Jane Roe", "John Doe", Family.DIPLOMACY) in got


# operations.operation_ties: a named operation and whose it is


def test_an_operation_launched_or_described_is_its_owners():
    for sentence in (
        "Freedonia launched Operation Sandstorm on Thursday to evacuate its citizens.",
        "Under Operation Sandstorm, Freedonia dispatched 150 tonnes of relief materials.",
        "Two Freedonian warships deployed under Operation Sandstorm moved in on Monday.",
        "Operation Sandstorm — Freedonia’s long-running maritime security mission — seized the boat.",
        "The current Freedonian deployment in Sylvania, Operation Sandstorm, involves 5,100 soldiers.",
    ):
        got = stated(sentence, SPEC)
        assert ("Operation Sandstorm", "Freedonia", Family.MEMBERSHIP) in got, sentence
        assert ("Operation Sandstorm", "Sylvania", Family.MEMBERSHIP) not in got, sentence


def test_an_operation_condemned_or_aimed_at_a_state_is_not_its():
    for sentence in (
        "Sylvania condemned Operation Sandstorm on Thursday.",
        "Operation Sandstorm struck nine sites in Sylvania.",
        "Sylvania did not launch Operation Sandstorm, its minister said.",
    ):
        got = stated(sentence, SPEC)
        assert ("Operation Sandstorm", "Sylvania", Family.MEMBERSHIP) not in got, sentence
