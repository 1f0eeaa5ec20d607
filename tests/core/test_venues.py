"""A city named as the venue of a games is a place, not its country's government (issue #11, round AY); on invented
sentences."""

from __future__ import annotations

import pytest

from core.model import Kind
from tests.core.test_entities import by_name, entity_with, extract


@pytest.mark.parametrize("text", [
    "Athletes may compete at the Olympic Games Havana 2028 and the Winter Games.",
    "The meet was a qualifier for the 2028 Havana Paralympics, officials said.",
    "She asked Havana Olympics officials for help before the final.",
    "The runner won gold at the Havana Summer Games last year.",
])
def test_a_capital_named_as_a_games_venue_is_not_an_entity(nlp, text):
    assert entity_with(extract(nlp, text), "Havana") is None


def test_a_capital_acting_beside_a_games_stays_the_government(nlp):
    found = by_name(extract(nlp, "Havana said on Monday that the games would go ahead without Moscow."))
    assert found["Cuba"] == (Kind.STATE, ["Havana"])


def test_a_year_after_a_capital_with_no_games_word_names_no_venue(nlp):
    # round AZ (x-tidy64): 'the Havana 2023 talks' are held by the government; only a games word makes a venue
    found = by_name(extract(nlp, "Chile walked out of the Havana 2023 talks on Monday."))
    assert found["Cuba"] == (Kind.STATE, ["Havana"])
    assert entity_with(extract(nlp, "The Havana 2028 Olympics will open in July."), "Havana") is None


def test_a_bare_year_after_a_capital_names_the_games_but_a_meeting_noun_the_government(nlp):
    # round AZ review item 2: 'Havana 2028' alone is the games ('boycott Havana 2028' is no act against Cuba); a
    # meeting or document noun after the year keeps the government ('the Havana 2023 summit')
    assert entity_with(extract(nlp, "Havana 2028 organisers said the venues were ready."), "Havana") is None
    assert entity_with(extract(nlp, "Chile threatened to boycott Havana 2028 if Peru took part."), "Havana") is None
    for text in ("Chile walked out of the Havana 2023 summit on Monday.", "Chile signed the Havana 2023 accord."):
        assert by_name(extract(nlp, text))["Cuba"] == (Kind.STATE, ["Havana"]), text
