"""Entity classes of round AJ (issue #11): a body's or a firm's name the model took for a person's ("the X bin Y
Space Centre", "X Pictures", "X Shellfish"), a firm's name opened by a country and one word before "and", a palace
read as a person, an acronym after a comma, "Project X" as a body, a device's kind ("a CCTV camera"), on invented
sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, entity_with, extract


def test_a_name_the_model_called_a_person_ending_in_a_bodys_head_is_a_body(nlp):
    text = (
        "All checks are being carried out, according to the UAE Space Agency and the Mohammed bin Salem Space "
        "Centre, MBSSC."
    )
    found = by_text(extract(nlp, text))
    assert found["Mohammed bin Salem Space Centre"][0] is Kind.PARTY, found


def test_a_firm_named_for_its_trade_is_no_person(nlp):
    found = by_text(extract(nlp, "Shares of Brannock Shellfish rose after Rossi Pictures said so."))
    assert found["Brannock Shellfish"][0] is Kind.PARTY, found
    assert found["Rossi Pictures"][0] is Kind.PARTY, found


def test_a_country_and_one_word_before_and_open_a_firms_name(nlp):
    text = "The contract went to China Road and Bridge Corporation and Africa Star Railway Operations Company."
    found = by_text(extract(nlp, text))
    assert found["China Road and Bridge Corporation"][0] is Kind.PARTY, found
    for part in ("Road", "Bridge Corporation"):
        assert part not in found, found


def test_a_palace_is_no_actor(nlp):
    """A palace is a building, as the gold of blind38 and blind39 reads it (no person, no body)."""
    text = "Officials said a letter was sent to the Tarlacan Palace yesterday that said the crew reacted."
    found = by_text(extract(nlp, text))
    assert "Tarlacan Palace" not in found, found


def test_an_acronym_set_off_by_a_comma_that_spells_the_name_is_its_short_name(nlp):
    text = (
        "All checks are being carried out, according to the UAE Space Agency and the Mohammed bin Salem Space "
        "Centre, MBSSC. The launch is set for Monday."
    )
    entities = extract(nlp, text)
    centre = entity_with(entities, "Mohammed bin Salem Space Centre")
    assert centre is not None and "MBSSC" in [m.text for m in centre.mentions], entities


def test_a_name_opened_by_project_is_a_body(nlp):
    text = "Gallium prices have tripled, according to consultancy Project Lantern, which tracks metals."
    found = by_text(extract(nlp, text))
    assert found["Project Lantern"][0] is Kind.PARTY, found


def test_a_word_before_camera_names_a_device_no_body(nlp):
    for text in (
        "They installed a CCTV camera near the base, Manila police said.",
        "He said the suspects installed closed-circuit television (CCTV) cameras in Palawan. The CCTV cameras were "
        "monitoring the port.",
    ):
        found = by_text(extract(nlp, text))
        assert "CCTV" not in found, found


def test_a_makers_name_before_camera_stays_a_firm(nlp):
    """Review of round AJ: only an upper-case acronym before 'camera(s)' names a device's kind; a maker stays."""
    text = "Freedonia banned Korvex cameras last year. Korvex denied any wrongdoing, the ministry said."
    found = by_text(extract(nlp, text))
    assert found.get("Korvex", (None,))[0] is Kind.PARTY, found


def test_two_firms_joined_by_and_stay_two(nlp):
    """Review of round AJ: a country and a word that closes a name ('Airlines') is a whole firm before 'and'."""
    text = "Flights were cancelled by Chile Airlines and Condor Blue Airways on Monday, the agency said."
    found = by_text(extract(nlp, text))
    assert "Chile Airlines and Condor Blue Airways" not in found, found
    assert found.get("Chile Airlines", (None,))[0] is Kind.PARTY, found


def test_a_titled_person_whose_surname_heads_bodies_stays_a_person(nlp):
    """Review of round AJ: 'Staff' and 'Platform' are surnames too; after a title the name is a person's."""
    found = by_text(extract(nlp, "Adm. Peter Staff said the fleet was ready for the exercise."))
    assert found.get("Peter Staff", (None,))[0] is Kind.OFFICIAL, found


def test_a_comma_acronym_must_give_every_capitalised_word_a_letter(nlp):
    """Review of round AJ: 'MBSC' does not spell 'Mohammed bin Salem Space Centre' (one 'S' for two words)."""
    text = (
        "All checks are being carried out, according to the UAE Space Agency and the Mohammed bin Salem Space "
        "Centre, MBSC. The launch is set for Monday."
    )
    centre = entity_with(extract(nlp, text), "Mohammed bin Salem Space Centre")
    assert centre is not None and "MBSC" not in [m.text for m in centre.mentions], centre
