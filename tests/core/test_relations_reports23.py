"""Reports and speech, round K (issue 11): one pass gives an announcing official the act's family; more shapes of
reports name the outlet or speaker. Entities placed by hand; invented sentences; pair layer off."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL
PE = {"Peru": (S, ["Peru", "Peruvian", "Lima"])}
CL = {"Chile": (S, ["Chile", "Chilean", "Santiago"])}
BO = {"Bolivia": (S, ["Bolivia", "Bolivian"])}
ARVO = {"Tomas Arvo": (OFF, ["Tomas Arvo", "Arvo"])}
NEWS = {"Coastal News": (P, ["Coastal News"])}


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)


def test_an_official_announcing_his_states_act_takes_its_family_in_one_pass():
    spec = {**PE, **CL, **BO, **ARVO}
    got = stated("Peruvian Foreign Minister Tomas Arvo said Peru was recalling its ambassador to Chile.", spec)
    assert ("Tomas Arvo", "Chile", Family.DIPLOMACY) in got
    assert ("Tomas Arvo", "Chile", Family.REPORTING) not in got
    # an act of another state is his report, not his act
    got = stated("Peruvian Foreign Minister Tomas Arvo said Bolivia was recalling its ambassador to Chile.", spec)
    assert ("Tomas Arvo", "Chile", Family.DIPLOMACY) not in got


def test_an_outlet_reports_the_ships_and_the_states_whose_ships_act_in_its_words():
    spec = {**PE, **CL, **NEWS, "BAP Ancon": (V, ["BAP Ancon"])}
    got = stated(
        "The frigate BAP Ancon, along with Chilean vessels, sailed through the strait, Coastal News reported.",
        spec,
    )
    assert ("Coastal News", "BAP Ancon", Family.REPORTING) in got
    assert ("Coastal News", "Chile", Family.REPORTING) in got
    got = stated("According to Coastal News, the BAP Ancon drilled with Chilean warships near the island.", spec)
    assert ("Coastal News", "Chile", Family.REPORTING) in got
    # a state describing a named ship beside its noun is no party of the act
    got = stated("The BAP Ancon, a Chilean destroyer, left port on Monday, Coastal News reported.", spec)
    assert ("Coastal News", "Chile", Family.REPORTING) not in got


def test_a_name_joined_after_a_bracketed_hull_number_is_a_party_too():
    spec = {**NEWS, "USS Andes": (V, ["USS Andes"]), "BAP Ancon": (V, ["BAP Ancon"])}
    got = stated(
        "The USS Andes (DDG-114) and BAP Ancon (FFH-341) successfully completed a tandem transit through the strait, "
        "as announced by Coastal News.",
        spec,
    )
    assert ("Coastal News", "USS Andes", Family.REPORTING) in got
    assert ("Coastal News", "BAP Ancon", Family.REPORTING) in got


RADIO = {"Andes Radio": (P, ["Andes Radio"])}
RUMBO = {"Rumbo": (P, ["Rumbo"])}
ANCON = {"BAP Ancon": (V, ["BAP Ancon"])}


def test_outlets_a_report_cites_by_name_report_it_too():
    spec = {**NEWS, **RADIO, **RUMBO, **ANCON, **PE}
    got = stated(
        "The BAP Ancon crossed the strait on Monday, Coastal News reports, citing public broadcaster Andes Radio.", spec
    )
    assert ("Andes Radio", "BAP Ancon", Family.REPORTING) in got
    # not the outlets behind a document it cites
    got = stated(
        "The BAP Ancon crossed the strait, Coastal News reported, citing a probe conducted by Andes Radio.", spec
    )
    assert ("Andes Radio", "BAP Ancon", Family.REPORTING) not in got
    got = stated(
        "However, Coastal News cited investigative website Rumbo as saying that the deal was worth $4bn.", spec
    )
    assert ("Coastal News", "Rumbo", Family.REPORTING) in got


def test_an_outlet_a_statement_went_to_reports_it():
    spec = {**CL, **RUMBO, **ANCON, "Defence Ministry": (P, ["Defence Ministry"])}
    got = stated(
        "A Chilean patrol boat fired warning shots at the BAP Ancon, the Defence Ministry said in a statement reported "
        "by the Rumbo news agency.",
        spec,
    )
    assert ("Rumbo", "BAP Ancon", Family.REPORTING) in got
    assert ("Rumbo", "Defence Ministry", Family.REPORTING) in got


def test_a_speaker_reports_on_the_state_a_third_partys_war_is_waged_on():
    spec = {**PE, **CL, **BO, **ARVO}
    got = stated('Tomas Arvo said the measures would cut "Bolivia\'s revenue for its illegal war against Chile".', spec)
    assert ("Tomas Arvo", "Chile", Family.REPORTING) in got
    # his own stance is no report
    got = stated("Tomas Arvo said he had resigned because he opposed Bolivia's war against Chile.", spec)
    assert ("Tomas Arvo", "Chile", Family.REPORTING) not in got


def test_an_outlet_named_after_the_reporting_verb_closing_its_sentence_reports():
    spec = {**PE, **CL, "Andean Morning Post": (P, ["Andean Morning Post"])}
    got = stated(
        "The firms are suspected of aiding Chile evade sanctions over its missile programme, the first such steps "
        "since the summit last month, reported the Andean Morning Post.",
        spec,
    )
    assert ("Andean Morning Post", "Chile", Family.REPORTING) in got
