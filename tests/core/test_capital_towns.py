"""A capital's name after "the city of"/"the town of" is a town (often a namesake of the capital elsewhere: a Lima in
Argentina), never the government the capital alone may stand for (places.capital_is_place); on invented sentences."""

from __future__ import annotations

import pytest

from tests.core.test_entities import entity_with, extract


@pytest.mark.parametrize("text", [
    "The new reactor will be built in the town of Havana in the province of Santa Clara.",
    "Workers have gathered since Monday at the plant near the city of Havana, the firm said.",
    "The village of Havana lost its power line in the storm.",
])
def test_a_capital_named_as_a_town_is_no_state(nlp, text):
    assert entity_with(extract(nlp, text), "Havana") is None


def test_a_capital_acting_stays_the_government(nlp):
    found = entity_with(extract(nlp, "Havana rejected the offer of the firm on Monday."), "Havana")
    assert found is not None
