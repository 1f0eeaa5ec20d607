"""A storm named by its kind ("Hurricane Milton") is no person (core/extract/named_storms.py; round AZ review item 5,
entity side). Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.test_entities import entity_with, extract


@pytest.mark.parametrize("text", [
    "Hurricane Marcus pounded Cuba on Wednesday.",
    "Typhoon Elena battered Japan on Monday, the agency said.",
])
def test_a_named_storm_is_no_entity(nlp, text):
    found = extract(nlp, text)
    for name in ("Hurricane Marcus", "Typhoon Elena", "Marcus", "Elena"):
        assert entity_with(found, name) is None


def test_a_person_with_a_storm_word_elsewhere_stays(nlp):
    found = extract(nlp, "Rodrigo Alvarez, the mayor, said the hurricane had passed.")
    assert entity_with(found, "Rodrigo Alvarez") is not None


@pytest.mark.parametrize("text", [
    "Storm Kessel, a farmer in Chile, said heavy rains had ruined the harvest.",
    "Storm Kessel said the floods had ruined the harvest in Chile.",
])
def test_a_person_named_storm_with_weather_elsewhere_in_the_sentence_stays(nlp, text):
    # negative (mend BD item 10c): the weather word hangs on no 'Storm' name here
    assert entity_with(extract(nlp, text), "Storm Kessel") is not None


@pytest.mark.parametrize("text", [
    "Thousands fled the floods from Storm Marta in Libya.",
    "Hundreds were missing after floods caused by Storm Marta hit southern Chile.",
])
def test_a_storm_named_with_its_weather_is_no_entity(nlp, text):
    found = extract(nlp, text)
    assert entity_with(found, "Storm Marta") is None and entity_with(found, "Marta") is None
