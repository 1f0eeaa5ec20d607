"""Reports and speech, round Q (issue 11): a person an outlet cites or quotes as saying something reports on the
parties his words name (whom a purchase is made from among them); a verdict on a party's conduct or claims ('Y's
actions were deliberate') is a verdict on the party; a source closing its sentence reports on the main clause's named
subject; a minister untied to any state is a member of the one his words have act. Entities placed by hand; invented
sentences; pair layer off."""

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
ARVO = {"Tomas Arvo": (OFF, ["Tomas Arvo", "Arvo"])}
WIRE = {"Coastal News": (P, ["Coastal News"])}
FRONT = {"Red Front": (P, ["Red Front"])}
AURORA = {"Aurora": (V, ["Aurora"])}
FIRM = {"Seaview": (P, ["Seaview"])}


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)


def test_a_person_cited_as_saying_fronted_words_reports_on_the_sellers_they_name():
    got = stated(
        "In addition to the new aircraft, Peru plans to purchase 12 jets from Chile and 12 others from Bolivia, "
        "Peru's Coastal News channel cited Defense Minister Tomas Arvo as saying.",
        {**STATES, **ARVO, **WIRE},
    )
    assert ("Tomas Arvo", "Chile", Family.REPORTING) in got
    assert ("Tomas Arvo", "Bolivia", Family.REPORTING) in got
    assert ("Coastal News", "Tomas Arvo", Family.REPORTING) in got


def test_a_person_quoted_as_saying_that_reports_on_the_parties_of_his_words():
    got = stated(
        "Coastal News quoted Tomas Arvo as saying that the Red Front had seized the Aurora.",
        {**ARVO, **WIRE, **FRONT, **AURORA},
    )
    assert {("Tomas Arvo", "Red Front", Family.REPORTING), ("Tomas Arvo", "Aurora", Family.REPORTING)} <= got


def test_a_cited_source_that_is_no_person_gets_no_speakers_tie():
    got = stated(
        "Coastal News cited sources as saying that the Red Front had seized the Aurora.",
        {**WIRE, **FRONT, **AURORA},
    )
    assert not any(s == "Red Front" and f is Family.REPORTING for s, _, f in got)


def test_a_verdict_on_a_states_actions_is_hostile_to_the_state():
    got = stated("Tomas Arvo said Chile's actions were deliberate.", {**STATES, **ARVO})
    assert ("Tomas Arvo", "Chile", Family.HOSTILITY) in got


def test_a_verdict_joined_to_another_on_a_refusal():
    got = stated(
        'Tomas Arvo said Chile\'s refusal to answer calls for help was "incomprehensible" and "unacceptable".',
        {**STATES, **ARVO},
    )
    assert ("Tomas Arvo", "Chile", Family.HOSTILITY) in got


def test_a_denied_verdict_or_a_neutral_word_on_conduct_is_no_hostility():
    spec = {**STATES, **ARVO}
    hostile = ("Tomas Arvo", "Chile", Family.HOSTILITY)
    assert hostile not in stated("Tomas Arvo said Chile's actions were not illegal.", spec)
    assert hostile not in stated("Tomas Arvo said Chile's actions were legal.", spec)


def test_a_state_the_cited_words_have_act_gets_no_report_from_the_speaker():
    got = stated(
        "Peru plans to purchase 12 jets from Chile, Coastal News cited Defense Minister Tomas Arvo as saying.",
        {**STATES, **ARVO, **WIRE},
    )
    assert ("Tomas Arvo", "Peru", Family.REPORTING) not in got


def test_a_source_closing_its_sentence_reports_on_the_main_clause_too():
    got = stated(
        "Chile determined that the plane was violating Chilean sanctions and the aircraft was flown to Peru, "
        "according to an exclusive report from Coastal News.",
        {**STATES, **WIRE},
    )
    assert ("Coastal News", "Chile", Family.REPORTING) in got


def test_a_source_closing_its_sentence_reports_no_object_of_a_pronouns_clause():
    got = stated(
        "It ranks on the Harbor Bureau blacklist, is red-flagged by the Red Front, and is consistently in the top tier "
        "of cases, according to Seaview.",
        {**FIRM, "Harbor Bureau": (P, ["Harbor Bureau"]), **FRONT},
    )
    assert not any(s == "Seaview" for s, _, _ in got)


def test_a_minister_untied_to_a_state_is_a_member_of_the_one_his_words_have_act():
    got = stated("Transport Minister Tomas Arvo said Peru had refused the ship permission to dock.", {**STATES, **ARVO})
    assert ("Tomas Arvo", "Peru", Family.MEMBERSHIP) in got
    assert ("Tomas Arvo", "Peru", Family.REPORTING) not in got


def test_an_official_with_no_ministers_title_keeps_reporting_on_his_states_act():
    got = stated(
        "Tomas Arvo, deputy director of the Harbor Bureau, said Peru had detained the Aurora.",
        {**STATES, **ARVO, **AURORA, "Harbor Bureau": (P, ["Harbor Bureau"])},
    )
    assert ("Tomas Arvo", "Peru", Family.REPORTING) in got


def test_a_cited_persons_verdict_on_a_states_claims_is_hostile():
    got = stated(
        "The Coastal News agency on Saturday cited Tomas Arvo, first deputy head of the committee, as saying Chile's "
        "claims that Peruvian officers were involved in the explosion are absurd.",
        {**STATES, **ARVO, **WIRE},
    )
    assert ("Tomas Arvo", "Chile", Family.HOSTILITY) in got
    assert ("Tomas Arvo", "Chile", Family.REPORTING) not in got
