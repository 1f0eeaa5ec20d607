"""Entity classes of blind set 35 (issue #11, round AE): craft, launch sites, stations, dams and rivers, on invented
sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract


def test_space_station_and_its_acronym_are_no_body(nlp):
    text = (
        "Japan's crew aboard the International Space Station took shelter, the agency said. "
        "Japan said the ISS was not damaged."
    )
    found = by_text(extract(nlp, text))
    assert "International Space Station" not in found and "ISS" not in found
    assert found["Japan"][0] is Kind.STATE


def test_launch_centre_and_one_word_space_centre_are_places(nlp):
    text = (
        "The rocket lifted off from the Kestral Satellite Launch Center in Japan, and a second one from the "
        "Ombara Space Centre on Friday, the Japan Space Exploration Agency said."
    )
    found = by_text(extract(nlp, text))
    assert not any("Launch Center" in t or "Ombara" in t for t in found)
    assert found["Japan Space Exploration Agency"][0] is Kind.PARTY


def test_craft_named_beside_its_noun_is_no_body(nlp):
    text = (
        "Japan's satellite Veyra was placed into orbit by a rocket with a Tarvok upper stage. "
        "The Veyra satellite will send images, the Japan Space Exploration Agency said."
    )
    found = by_text(extract(nlp, text))
    assert "Veyra" not in found and "Tarvok" not in found


def test_dam_with_a_state_word_and_its_acronym_is_no_body(nlp):
    text = (
        "Egypt protested Ethiopia's filling of the Grand Ethiopian Renaissance Dam (GERD) on the Blue Nile. "
        "Egypt said the GERD harms its water share, as the Tigris does Iraq's."
    )
    found = by_text(extract(nlp, text))
    assert not {"Grand", "GERD", "Blue Nile", "Nile", "Tigris"} & set(found)
    assert found["Egypt"][0] is Kind.STATE and found["Ethiopia"][0] is Kind.STATE


def test_observatory_of_a_body_stays_a_body(nlp):
    found = by_text(extract(nlp, "The flights were found by the Conflict Observatory, a research group in Japan."))
    assert "Conflict Observatory" in found
