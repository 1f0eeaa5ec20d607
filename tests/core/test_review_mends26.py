"""Sentences the review of round N (issue #11) found wrongly tied or cut; each a rule's limit. Invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL


def test_two_owners_of_an_act_aimed_at_a_third_are_not_its_parties():
    spec = {"Peru": (S, ["Peru"]), "Chile": (S, ["Chile"]), "Bolivia": (S, ["Bolivia"])}
    got = stated("Peru and Chile's strikes on Bolivia killed dozens of commanders.", spec)
    assert ("Peru", "Chile", Family.HOSTILITY) not in got
    # talks the two hold together still tie them
    got = stated("Peru and Chile's talks on migration ended on Friday.", spec)
    assert ("Peru", "Chile", Family.DIPLOMACY) in got


def test_a_speakers_judgement_of_a_person_is_no_report():
    spec = {"Ana Lopez": (OFF, ["Ana Lopez"]), "Juan Perez": (OFF, ["Juan Perez"])}
    got = stated("Ana Lopez said Juan Perez was a very good friend.", spec)
    assert ("Ana Lopez", "Juan Perez", Family.REPORTING) not in got
    got = stated("Ana Lopez said Juan Perez was in good health after his release.", spec)
    assert ("Ana Lopez", "Juan Perez", Family.REPORTING) in got


def test_a_leader_under_whom_another_states_relations_grew_is_not_its_leader():
    spec = {"Peru": (S, ["Peru"]), "Chile": (S, ["Chile"]), "Juan Perez": (OFF, ["Juan Perez"])}
    got = stated("Peru's relations with Chile under President Juan Perez grew tense.", spec)
    assert ("Juan Perez", "Peru", Family.LEADERSHIP) not in got


def test_a_handover_of_control_is_no_extradition():
    spec = {"Andina Oil": (P, ["Andina Oil"]), "Pacifica Gas": (P, ["Pacifica Gas"])}
    got = stated("Andina Oil handed over control of the field to Pacifica Gas in 2021.", spec)
    assert ("Andina Oil", "Pacifica Gas", Family.DIPLOMACY) not in got
    spec = {"Peru": (S, ["Peru"]), "Chile": (S, ["Chile"]), "Juan Perez": (OFF, ["Juan Perez"])}
    got = stated("Peru extradited Juan Perez to Chile on Monday.", spec)
    assert ("Peru", "Chile", Family.DIPLOMACY) in got


def test_a_mission_in_a_place_ends_with_the_place(nlp):
    text = HEADLINE + "The UN Interim Force in Lebanon Spokesperson Andrea Tenenti said the patrol was stopped.\n"
    found = {m.text: e.kind for e in extract(nlp, text) for m in e.mentions}
    assert found.get("UN Interim Force in Lebanon") is Kind.PARTY
    assert found.get("Andrea Tenenti") is Kind.OFFICIAL


def test_a_prefix_or_a_long_acronym_before_a_hyphen_keeps_the_body(nlp):
    text = HEADLINE + "The SPD-FDP coalition collapsed in Germany on Wednesday.\n"
    found = {m.text for e in extract(nlp, text) for m in e.mentions}
    assert "FDP" in found
