"""Reports and speech, round L (issue 11): more shapes of what a report is about. Entities placed by hand; invented
sentences; pair layer off."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
PE = {"Peru": (S, ["Peru", "Peruvian", "Lima"])}
CL = {"Chile": (S, ["Chile", "Chilean", "Santiago"])}
ANDES = {"Andes Motors": (P, ["Andes Motors"])}
BUREAU = {"Arms Procurement Bureau": (P, ["Arms Procurement Bureau"])}
ARVO = {"Tomas Arvo": (OFF, ["Tomas Arvo", "Arvo"])}


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)


def test_a_report_is_about_whom_the_goods_of_its_clause_go_to():
    spec = {**PE, **CL, **ANDES, **BUREAU}
    got = stated("Andes Motors will send 40 armoured trucks to Peru, said Chile's Arms Procurement Bureau.", spec)
    assert ("Arms Procurement Bureau", "Andes Motors", Family.REPORTING) in got
    assert ("Arms Procurement Bureau", "Peru", Family.REPORTING) in got
    spec = {**PE, **CL, **ANDES, **ARVO}
    got = stated('"However, Andes Motors kept sending trucks to Chile," said Peruvian minister Tomas Arvo.', spec)
    assert ("Tomas Arvo", "Chile", Family.REPORTING) in got
    got = stated(
        '"Andes Motors used a scheme to circumvent export rules and sell tobacco products to Chile," said Peruvian '
        "minister Tomas Arvo.",
        spec,
    )
    assert ("Tomas Arvo", "Chile", Family.REPORTING) in got


def test_a_place_the_goods_go_to_is_no_recipient_unless_named_as_one():
    spec = {**PE, **CL, **ANDES, **BUREAU}
    # a report on talks in a place names no recipient
    got = stated("Andes Motors met Chilean buyers in Lima, said the Arms Procurement Bureau.", spec)
    assert ("Arms Procurement Bureau", "Peru", Family.REPORTING) not in got


def test_an_outlet_told_by_someone_in_a_country_reports_no_word_of_that_country():
    spec = {**PE, **CL, "Coastal News": (P, ["Coastal News"])}
    got = stated("A shipping agent in Peru told Coastal News the crew had left the vessel.", spec)
    assert ("Coastal News", "Peru", Family.REPORTING) not in got
    # officials in a country speak for it
    got = stated("Officials in Peru told Coastal News that Chile had seized the vessel.", spec)
    assert ("Coastal News", "Peru", Family.REPORTING) in got


def test_a_speaker_named_after_his_title_and_its_of_phrase_is_the_one_telling_an_outlet():
    spec = {**PE, **ARVO, "Coastal News": (P, ["Coastal News"])}
    got = stated(
        "The hardest question was how the truce would be monitored, Peru's deputy speaker of parliament Tomas Arvo "
        "told Coastal News.",
        spec,
    )
    assert ("Coastal News", "Tomas Arvo", Family.REPORTING) in got
    assert ("Coastal News", "Peru", Family.REPORTING) not in got
    assert ("Tomas Arvo", "Peru", Family.REPORTING) not in got


def test_a_paper_named_after_a_state_or_its_capital_is_no_member_of_it():
    spec = {**PE, **CL, "The Lima Times": (P, ["The Lima Times"]), "Peru News Agency": (P, ["Peru News Agency"])}
    got = stated("Chile seized a Peruvian trawler on Monday, The Lima Times reported.", spec)
    assert ("The Lima Times", "Peru", Family.MEMBERSHIP) not in got
    # a state's news agency may be its own
    got = stated("Chile seized a Peruvian trawler on Monday, the Peru News Agency reported.", spec)
    assert ("Peru News Agency", "Peru", Family.MEMBERSHIP) in got


def test_a_states_sales_summed_up_by_an_analyst_are_no_report_on_the_buyer():
    spec = {**PE, **CL, "Andes Peace Institute": (P, ["Andes Peace Institute"])}
    got = stated("The Andes Peace Institute said that Peru sold $40 million worth of arms to Chile.", spec)
    assert ("Andes Peace Institute", "Chile", Family.REPORTING) not in got


def test_names_listed_as_the_subject_of_an_act_done_together_are_partners():
    spec = {**PE, **CL}
    got = stated("Peru and Chile together would decide whether a violation had taken place.", spec)
    assert ("Peru", "Chile", Family.ALLIANCE) in got or ("Chile", "Peru", Family.ALLIANCE) in got
    # names brought together as the object are no partners
    got = stated("The talks brought Peru and Chile together for the first time.", spec)
    assert ("Peru", "Chile", Family.ALLIANCE) not in got and ("Chile", "Peru", Family.ALLIANCE) not in got
