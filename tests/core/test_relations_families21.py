"""Families of round I (blind14's classes): a state's head named with the state, ..."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

HEADS = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania"]),
    "Omar Tal": (OFF, ["Omar Tal"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


def test_a_state_named_before_its_heads_title_or_bare_possessive_is_led_by_him():
    for text in (
        "Freedonian Crown Prince Omar Tal met Lin Bao in Sylvania on Monday.",
        "Freedonia's Omar Tal met Lin Bao in Sylvania on Monday.",
        "Freedonia's Supreme Leader Omar Tal met Lin Bao in Sylvania on Monday.",
    ):
        got = stated(text, HEADS)
        assert ("Omar Tal", "Freedonia", Family.LEADERSHIP) in got, (text, got)
        assert ("Omar Tal", "Freedonia", Family.MEMBERSHIP) not in got, (text, got)


def test_a_minister_or_a_deputy_named_with_the_state_stays_a_member():
    for text in (
        "Freedonian Foreign Minister Omar Tal met Lin Bao in Sylvania on Monday.",
        "Freedonian Vice-President Omar Tal met Lin Bao in Sylvania on Monday.",
    ):
        got = stated(text, HEADS)
        assert ("Omar Tal", "Freedonia", Family.LEADERSHIP) not in got, (text, got)


ACCUSED = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ministry of Foreign Affairs of Freedonia": (P, ["Freedonian foreign ministry"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


def test_an_official_saying_a_state_did_a_hostile_act_accuses_it():
    for text in (
        "The Freedonian foreign ministry said Sylvanian troops attacked a border post on Monday.",
        "Lin Bao said Sylvania carried out a drone strike on the port.",
    ):
        got = stated(text, ACCUSED)
        speaker = "Lin Bao" if text.startswith("Lin") else "Ministry of Foreign Affairs of Freedonia"
        assert (speaker, "Sylvania", Family.HOSTILITY) in got, (text, got)


def test_an_official_saying_a_state_did_something_else_reports_it():
    got = stated("Lin Bao said Sylvania would attend the talks next week.", ACCUSED)
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) not in got, got


STATES = {
    "Freedonia": (S, ["Freedonia"]),
    "Sylvania": (S, ["Sylvania"]),
    "Ruritania": (S, ["Ruritania"]),
    "Grand Fenwick": (S, ["Grand Fenwick"]),
    "Omar Tal": (OFF, ["Omar Tal"]),
}


def test_an_exchange_of_prisoners_between_two_states_is_their_agreement():
    got = stated(
        "Freedonia and Sylvania announced the exchange of two prisoners between Ruritania and Grand Fenwick.", STATES
    )
    assert ("Ruritania", "Grand Fenwick", Family.AGREEMENT) in got, got
    assert ("Ruritania", "Grand Fenwick", Family.DIPLOMACY) not in got, got


def test_a_strategic_relationship_is_an_alliance():
    got = stated(
        "The growing strategic relationship between Freedonia, Sylvania and Ruritania worries Grand Fenwick.", STATES
    )
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) in got, got
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) not in got, got


def test_an_ambassadors_earlier_posts_are_diplomacy():
    got = stated(
        "Omar Tal has been ambassador to Freedonia since July 2021, after holding similar positions in Sylvania and "
        "Ruritania.",
        STATES,
    )
    assert ("Omar Tal", "Sylvania", Family.DIPLOMACY) in got, got
    assert ("Omar Tal", "Sylvania", Family.MEMBERSHIP) not in got, got


def test_dismissing_a_states_accusations_is_hostile():
    got = stated("Omar Tal dismissed Sylvania's accusations, calling them false.", STATES)
    assert ("Omar Tal", "Sylvania", Family.HOSTILITY) in got, got
    assert ("Omar Tal", "Sylvania", Family.LEADERSHIP) not in got, got


def test_an_official_saying_his_own_side_struck_does_not_accuse_it():
    got = stated("Freedonian President Lin Bao said Freedonia attacked a camp in Sylvania.", ACCUSED)
    assert ("Lin Bao", "Freedonia", Family.HOSTILITY) not in got, got


def test_seeking_a_captives_release_backs_him():
    got = stated("Sylvania had long sought Omar Tal's release.", STATES)
    assert ("Sylvania", "Omar Tal", Family.ALLIANCE) in got, got


def test_seizing_a_states_capital_is_an_attack():
    spec = {"Sylvania": (S, ["Sylvania"]), "Red Hand": (P, ["Red Hand"])}
    got = stated("The Red Hand seized Sylvania's capital in 2014.", spec)
    assert ("Red Hand", "Sylvania", Family.HOSTILITY) in got, got
