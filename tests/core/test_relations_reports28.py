"""Reports and speech, round P (issue 11): a firm or body a sentence is 'according to' reports on every party its
words name, however the parser hangs 'according'; 'added that ...' reports; a record's data 'show' what they hold.
Entities placed by hand; invented sentences; pair layer off."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL
STATES = {
    "Peru": (S, ["Peru", "Peruvian"]),
    "Chile": (S, ["Chile", "Chilean"]),
    "Bolivia": (S, ["Bolivia", "Bolivian"]),
}
FIRM = {"Seaview": (P, ["Seaview"])}
ARVO = {"Tomas Arvo": (OFF, ["Tomas Arvo", "Arvo"])}
FRONT = {"Red Front": (P, ["Red Front"])}
WIRE = {"Coastal News": (P, ["Coastal News"])}
AURORA = {"Aurora": (V, ["Aurora"])}


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)


def test_a_firm_a_sentence_is_according_to_reports_every_state_it_names():
    got = stated(
        "According to maritime analytics firm Seaview, the ships flagged to Peru were subject to Chile's sanctions "
        "and were trading with Bolivia.",
        {**STATES, **FIRM},
    )
    assert {("Seaview", s, Family.REPORTING) for s in ("Peru", "Chile", "Bolivia")} <= got


def test_the_firm_reports_no_place_its_words_name_an_act_in():
    got = stated(
        "The Aurora was idling off the coast of Peru before it was seized by Chile, according to Seaview.",
        {**STATES, **FIRM, **AURORA},
    )
    assert ("Seaview", "Chile", Family.REPORTING) in got
    assert ("Seaview", "Peru", Family.REPORTING) not in got


def test_a_states_organ_according_to_which_a_list_is_given_reports_no_more_than_before():
    spec = {**STATES, "Trade Ministry": (P, ["Trade Ministry"])}
    got = stated(
        "Some 900 migrants from nations including Chile and Bolivia have entered Peru, according to the Trade "
        "Ministry.",
        spec,
    )
    assert ("Trade Ministry", "Bolivia", Family.REPORTING) not in got


def test_an_outlet_keeps_its_own_scope():
    got = stated(
        "According to Coastal News, Peruvian President Tomas Arvo announced that a ship would sail.",
        {**STATES, **ARVO, **WIRE},
    )
    assert ("Coastal News", "Peru", Family.REPORTING) not in got


def test_added_that_reports_like_said_that():
    got = stated("Tomas Arvo added that the Red Front had seized the Aurora.", {**ARVO, **FRONT, **AURORA})
    assert ("Tomas Arvo", "Red Front", Family.REPORTING) in got


def test_added_with_an_object_is_no_report():
    got = stated("Tomas Arvo added sanctions on the Red Front.", {**ARVO, **FRONT})
    assert all(f is not Family.REPORTING for _, _, f in got)


def test_a_firms_data_show_what_they_hold():
    got = stated("Seaview data showed that the Aurora was sanctioned by Chile.", {**STATES, **FIRM, **AURORA})
    assert ("Seaview", "Aurora", Family.REPORTING) in got


def test_a_video_showing_something_is_no_report():
    got = stated("The Seaview video showed Peruvian soldiers near the Aurora.", {**STATES, **FIRM, **AURORA})
    assert all(f is not Family.REPORTING for _, _, f in got)


def test_a_firm_according_to_which_a_passive_act_is_stated_reports_who_does_it():
    got = stated("According to Seaview, the Aurora was struck by the Red Front.", {**FIRM, **FRONT, **AURORA})
    assert ("Seaview", "Red Front", Family.REPORTING) in got


def test_a_firm_reports_no_people_it_counts():
    got = stated("According to Seaview, the Aurora was carrying 18 Peruvians as crew.", {**STATES, **FIRM, **AURORA})
    assert ("Seaview", "Peru", Family.REPORTING) not in got


def test_what_an_apposition_says_of_a_name_is_no_party_of_a_firms_report():
    spec = {**STATES, **FIRM, **FRONT, "Aurora Works": (P, ["Aurora Works"])}
    got = stated("According to Seaview, Aurora Works, the shipping unit of the Red Front, sent tankers to Peru.", spec)
    assert ("Seaview", "Red Front", Family.REPORTING) not in got


def test_where_a_thing_came_from_is_no_party_of_a_firms_report():
    got = stated(
        "According to Seaview, a drone fired from Peru struck the Aurora, a ship under a Bolivian flag on a voyage "
        "from Chile to the Red Front's port.",
        {**STATES, **FIRM, **FRONT, **AURORA},
    )
    assert ("Seaview", "Aurora", Family.REPORTING) in got
    assert not {("Seaview", s, Family.REPORTING) for s in ("Peru", "Chile", "Bolivia")} & got


def test_a_states_sales_a_firm_sums_up_are_no_report_on_the_buyer():
    got = stated("According to Seaview, Chile also sold arms worth $20 million to Peru.", {**STATES, **FIRM})
    assert ("Seaview", "Peru", Family.REPORTING) not in got


def test_a_body_that_is_no_outlet_saying_a_clause_reports_no_partner_of_the_act():
    got = stated("Peru has suspended all trade with Chile over the dispute, Seaview said.", {**STATES, **FIRM})
    assert ("Seaview", "Chile", Family.REPORTING) not in got
