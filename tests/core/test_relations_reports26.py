"""Reports and speech, round N (issue 11): a person's word on a person undergoing an act, the body a spokesperson
speaks for, an organ's own quoted words. Entities placed by hand; invented sentences; pair layer off."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
PE = {"Peru": (S, ["Peru", "Peruvian", "Lima"])}
CL = {"Chile": (S, ["Chile", "Chilean", "Santiago"])}
BO = {"Bolivia": (S, ["Bolivia", "Bolivian"])}
ARVO = {"Tomas Arvo": (OFF, ["Tomas Arvo", "Arvo"])}
LENA = {"Lena Moraes": (OFF, ["Lena Moraes", "Moraes"])}
DAN = {"Dan Oquendo": (OFF, ["Dan Oquendo", "Oquendo"])}
WIRE = {"Coastal News": (P, ["Coastal News"])}
MOD = {"Ministry of Defence of Peru": (P, ["Peruvian Defence Ministry", "Defence Ministry"])}
MFA = {"Ministry of Foreign Affairs of Chile": (P, ["Chile's Ministry of Foreign Affairs", "Foreign Ministry"])}


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)


def test_a_person_reports_on_a_person_his_clause_tells_of_as_freed_or_on_the_way():
    spec = {**PE, **ARVO, **LENA, **DAN}
    got = stated("Prime Minister Tomas Arvo says Lena Moraes and Dan Oquendo are on their way back to Peru.", spec)
    assert ("Tomas Arvo", "Lena Moraes", Family.REPORTING) in got
    assert ("Tomas Arvo", "Dan Oquendo", Family.REPORTING) in got
    got = stated("Minister Tomas Arvo said Lena Moraes was in direct contact with Peruvian diplomats.", spec)
    assert ("Tomas Arvo", "Lena Moraes", Family.REPORTING) in got
    # (a release he announces takes the act's family: announcements.py)
    got = stated("Minister Tomas Arvo said Lena Moraes had been released.", spec)
    assert any(s == "Tomas Arvo" and t == "Lena Moraes" for s, t, _ in got)


def test_a_person_acting_in_a_speakers_clause_is_talk_not_a_report():
    spec = {**PE, **ARVO, **LENA}
    got = stated("Minister Tomas Arvo confirmed Lena Moraes would visit Peru next week.", spec)
    assert ("Tomas Arvo", "Lena Moraes", Family.REPORTING) not in got


def test_an_outlet_told_by_a_spokesperson_reports_the_body_he_speaks_for():
    spec = {**CL, **ARVO, **LENA, **WIRE, **MFA}
    got = stated(
        "Lena Moraes is expected to fly home, Tomas Arvo, spokesperson of Chile's Ministry of Foreign Affairs, told "
        "Coastal News on Friday.",
        spec,
    )
    assert ("Coastal News", "Tomas Arvo", Family.REPORTING) in got
    assert ("Coastal News", "Ministry of Foreign Affairs of Chile", Family.REPORTING) in got


def test_an_outlet_told_by_a_member_reports_not_his_body():
    spec = {**CL, **ARVO, **LENA, **WIRE, **MFA}
    got = stated(
        "Tomas Arvo, a senior member of Chile's Ministry of Foreign Affairs, told Coastal News that Lena Moraes was "
        "safe.",
        spec,
    )
    assert ("Coastal News", "Tomas Arvo", Family.REPORTING) in got
    assert ("Coastal News", "Ministry of Foreign Affairs of Chile", Family.REPORTING) not in got


def test_a_quotation_names_a_state_by_its_government_or_army():
    spec = {**CL, **PE, **ARVO}
    got = stated(
        '"The international community must support the Chilean government and the Chilean army," Peruvian '
        "ambassador Tomas Arvo said.",
        spec,
    )
    assert ("Tomas Arvo", "Chile", Family.REPORTING) in got
    # an adjective on the people of a state is no mention of the state itself
    got = stated('"We stand with the Chilean people," Peruvian ambassador Tomas Arvo said.', spec)
    assert ("Tomas Arvo", "Chile", Family.REPORTING) not in got


def test_words_to_the_members_of_a_council_in_session_are_diplomacy():
    spec = {**PE, **ARVO, "Security Council": (P, ["Security Council"])}
    got = stated('"The situation remains precarious," Peruvian envoy Tomas Arvo told Security Council members.', spec)
    assert ("Tomas Arvo", "Security Council", Family.DIPLOMACY) in got
    got = stated("Peruvian envoy Tomas Arvo told members of the Security Council that the talks had failed.", spec)
    assert ("Tomas Arvo", "Security Council", Family.DIPLOMACY) in got


def test_an_organ_quoted_in_its_own_words_reports_on_the_parties_they_name():
    spec = {**PE, **CL, **BO, **MOD}
    got = stated(
        '"This phase will involve joint operations between the navies of Chile, Peru and Bolivia," Peru\'s Defence '
        "Ministry said in a statement.",
        spec,
    )
    assert ("Ministry of Defence of Peru", "Chile", Family.REPORTING) in got
    assert ("Ministry of Defence of Peru", "Bolivia", Family.REPORTING) in got
    # its state does not take the word over the act the words state
    assert ("Peru", "Bolivia", Family.ALLIANCE) in got
    assert ("Peru", "Bolivia", Family.REPORTING) not in got


def test_an_outlet_reports_the_state_whose_officials_act_in_its_report():
    spec = {**PE, **CL, **WIRE, "Mar Azul": (Kind.VESSEL, ["Mar Azul"])}
    got = stated("Chilean officials found 300 tons of fish onboard the Mar Azul, Coastal News reported.", spec)
    assert ("Coastal News", "Chile", Family.REPORTING) in got


def test_a_body_reports_on_the_doer_of_the_act_its_object_names():
    spec = {**PE, **CL, **MOD}
    got = stated("Peru's Defence Ministry reported the handover of 40 soldiers by Chile on Sunday.", spec)
    assert ("Ministry of Defence of Peru", "Chile", Family.REPORTING) in got
