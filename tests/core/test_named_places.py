"""Names the text places by a place's noun, and lone capitals before "-based", are no entities (invented texts)."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _texts(found) -> set[str]:
    return {m.text for e in found for m in e.mentions}


def test_names_listed_before_border_posts_are_places(nlp):
    text = (
        HEADLINE + "Finland said it would erect barriers at the Kovalamaa, Rusijoki, Tervala and Halvasti border posts "
        "in the southeast. Rusijoki is a small station where asylum seekers arrived on Monday."
    )
    found = _texts(extract(nlp, text))
    assert not found & {"Kovalamaa", "Rusijoki", "Tervala", "Halvasti"}, found
    assert "Finland" in found


def test_a_name_before_a_station_is_a_place_everywhere_in_the_text(nlp):
    text = (
        HEADLINE + "Only three people arrived through the remote Pelto-Vaara station on Monday. "
        "Pelto-Vaara is so remote that the nearest town is far away, officials said."
    )
    assert not [t for t in _texts(extract(nlp, text)) if "Pelto" in t]


def test_names_listed_after_the_cities_of_are_places(nlp):
    text = (
        HEADLINE + "A spokesman for the Pakistani military said India had fired missiles on the cities of Dalwarpur, "
        "Kesrani and Tobarak from its own air space."
    )
    found = _texts(extract(nlp, text))
    assert not found & {"Dalwarpur", "Kesrani", "Tobarak"}, found
    assert "India" in found


def test_a_body_before_a_camp_stays_a_body(nlp):
    text = HEADLINE + "Drones struck a Hezbollah camp near the coast, the Israeli military said."
    found = extract(nlp, text)
    assert any(e.kind is Kind.PARTY and "Hezbollah" in {m.text for m in e.mentions} for e in found)


def test_a_lone_capital_before_based_is_the_city(nlp):
    text = HEADLINE + "The Diving Advisory Committee, an independent London-based organisation, warned divers."
    assert "London" not in _texts(extract(nlp, text))


def test_a_capital_before_based_stays_when_its_state_is_named(nlp):
    text = HEADLINE + "The Doha-based channel said Qatar would not close its offices."
    found = extract(nlp, text)
    qatar = [e for e in found if e.kind is Kind.STATE and "Qatar" in {m.text for m in e.mentions}]
    assert qatar and "Doha" in {m.text for m in qatar[0].mentions}


def test_names_listed_before_capitalised_regions_are_places(nlp):
    text = HEADLINE + (
        "The committee was suspended after it included councils of the Breslavka and Teleshka Regions, the body "
        "said. Russia condemned it."
    )
    found = _texts(extract(nlp, text))
    assert not [t for t in found if "Breslavka" in t or "Teleshka" in t], found
    assert "Russia" in found
