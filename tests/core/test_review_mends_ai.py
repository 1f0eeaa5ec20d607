"""Mends from the read-only review of round AI: each case below came out wrong there."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_entities import by_name, by_text, extract
from tests.core.test_relations import stated
from tests.core.test_relations_apart import SPEC


def test_a_person_or_firm_that_speaks_is_no_longer_form_of_a_one_word_ship(nlp):
    text = "The tanker Maria was detained on Monday. Maria Zakharova said Moscow would respond."
    found = by_text(extract(nlp, text))
    assert found.get("Maria Zakharova", (None,))[0] is not Kind.VESSEL, found


def test_an_aircraft_with_a_hull_like_code_after_a_service_is_no_ship(nlp):
    for text in (
        "A Coast Guard C-130 Hercules aircraft searched the area on Monday.",
        "The US Navy MH-60 Seahawk helicopter crashed on Monday.",
    ):
        found = by_text(extract(nlp, text))
        assert not any(k is Kind.VESSEL for k, *_ in found.values()), found
    found = by_text(extract(nlp, "The Coast Guard GC-24 Mantilla fired warning shots on Monday."))
    assert found["GC-24 Mantilla"][0] is Kind.VESSEL


def test_two_numbered_groups_joined_by_or_stay_two(nlp):
    text = "Officials attributed the attack to APT28 or APT29, two Russian groups, on Monday."
    found = by_name(extract(nlp, text))
    assert found["APT28"][0] is Kind.PARTY and found["APT29"][0] is Kind.PARTY, found


def test_separately_opening_a_sentence_is_other_news_not_acts_apart():
    got = stated("Separately, Peru and Chile condemned the attack on Bolivia.", SPEC)
    assert ("Peru", "Chile", Family.ALLIANCE) in got or ("Chile", "Peru", Family.ALLIANCE) in got
