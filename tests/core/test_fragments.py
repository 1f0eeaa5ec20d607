"""Fragments of hyphenated names, class names, bare titles, initials and places taken for names (invented sentences)."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, holding


def _texts(entities) -> set[str]:
    return {m.text for e in entities for m in e.mentions}


def test_a_ship_keeps_its_hyphenated_name(nlp):
    text = (
        HEADLINE
        + "The destroyer USS Kala-Moana sailed through the strait on Monday. Sailors aboard USS Kala-Moana saw it."
    )
    found = extract(nlp, text)
    ship = holding(found, "USS Kala-Moana")
    assert ship is not None and ship.kind is Kind.VESSEL
    assert "Kala" not in _texts(found) and "USS Kala" not in _texts(found)


def test_a_class_name_is_no_entity(nlp):
    text = HEADLINE + "USS Kala-Moana, a Gerald Hanley-class guided missile destroyer, sailed on Monday."
    texts = _texts(extract(nlp, text))
    assert not [t for t in texts if t.startswith("Gerald")]


def test_a_force_word_in_a_compound_modifier_is_no_mention(nlp):
    text = HEADLINE + "Chad's army-aligned government on Tuesday severed diplomatic ties with France."
    assert not [t for t in _texts(extract(nlp, text)) if t.endswith("army")]


def test_a_bare_title_and_a_lone_initial_are_no_people(nlp):
    text = (
        HEADLINE + "Ruritania's Minister of Foreign Affairs and External Trade Jeremiah Otunga met his counterpart. "
        "File Photo by H. Dombe/EPA\n\nThe talks ended on Friday."
    )
    found = extract(nlp, text)
    people = {m.text for e in found if e.kind is Kind.OFFICIAL for m in e.mentions}
    assert "Minister" not in people and "H." not in people


def test_a_zone_and_its_acronym_are_places(nlp):
    text = (
        HEADLINE + "Forty aircraft entered the Air Defense Identification Zone (ADIZ) on Saturday, the ministry said. "
        "Passengers waited at Kolvar International Airport (KIA) for hours."
    )
    texts = _texts(extract(nlp, text))
    assert not texts & {"ADIZ", "KIA", "Air Defense Identification Zone"}


def test_a_numbered_naval_zone_stays_a_body(nlp):
    text = (
        HEADLINE
        + "Adm. Farid Kazemi, deputy commander of the Ruritanian Navy's Fourth Naval Zone, said the crew was held."
    )
    assert "Fourth Naval Zone" in _texts(extract(nlp, text))


def test_a_combining_form_region_is_no_body(nlp):
    text = HEADLINE + "He spoke of the importance of the Indo-Pacific for Europe and of a free and open Indo-Pacific."
    assert not [t for t in _texts(extract(nlp, text)) if t.startswith("Indo")]


def test_a_one_word_place_after_in_is_no_person(nlp):
    text = (
        HEADLINE + "Explosions were heard in Varno-Dalek on Tuesday. Varno-Dalek has been a source of tension between "
        "the two states. No troops were in Dalek."
    )
    found = extract(nlp, text)
    people = {m.text for e in found if e.kind is Kind.OFFICIAL for m in e.mentions}
    assert not people & {"Varno-Dalek", "Dalek"}


def test_an_adjective_before_a_state_is_not_a_person(nlp):
    text = HEADLINE + "Neighbouring Mali and Burkina Faso, also led by soldiers, have turned to other partners."
    found = extract(nlp, text)
    mali = holding(found, "Mali")
    assert mali is not None and mali.kind is Kind.STATE
    assert "Neighbouring Mali" not in _texts(found)


def test_a_port_of_call_is_no_person(nlp):
    text = (
        HEADLINE
        + "The ship was sailing from Porto Velha in Brazil to Khamis Bin Rashid in Bahrain when it was boarded."
    )
    people = {m.text for e in extract(nlp, text) if e.kind is Kind.OFFICIAL for m in e.mentions}
    assert not people & {"Khamis Bin Rashid", "Porto Velha"}


def test_a_plural_unit_taken_for_a_person_is_a_body(nlp):
    text = HEADLINE + "The elite Harbour Commandos then boarded the MV Sela Norbury and began the search of the ship."
    found = extract(nlp, text)
    unit = holding(found, "Harbour Commandos")
    assert unit is not None and unit.kind is Kind.PARTY


def test_a_name_written_both_ways_round_is_one_person(nlp):
    text = (
        HEADLINE + "The soldiers ousted President Bazoum Mohamed last year. Mohamed Bazoum has been held since then, "
        "his party said."
    )
    found = extract(nlp, text)
    person = holding(found, "Mohamed Bazoum")
    assert person is not None and "Bazoum Mohamed" in {m.text for m in person.mentions}


def test_a_border_crossing_and_a_treatys_name_are_no_bodies(nlp):
    text = (
        HEADLINE + "Trucks carrying flour entered Ruritania through the Kolvar Crossing on Monday, aid workers said. "
        "Ruritania and Osterland signed a Status of Roaming Troops Agreement in Kolvar. "
        "Osterland is the third country to sign a Roaming Troops Agreement with Ruritania."
    )
    texts = _texts(extract(nlp, text))
    assert not texts & {"Kolvar Crossing", "Roaming Troops", "Status of Roaming Troops"}


def test_a_body_named_before_its_agreement_elsewhere_stays(nlp):
    text = (
        HEADLINE + "The Kolvar Reconstruction Agency said on Monday that it would rebuild the bridge. "
        "A spokesman for the Kolvar Reconstruction Agency said the work would take a year."
    )
    assert "Kolvar Reconstruction Agency" in _texts(extract(nlp, text))
