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
