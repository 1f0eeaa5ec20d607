"""Entity classes of blind45 (issue #11, round AQ): a ministry's word standing as a title's portfolio with no name
after it, and a service word with an abbreviated rank cut from a person's name, on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract


def test_a_ministry_word_before_secretary_is_no_body(nlp):
    text = "The Defence Secretary has revealed that a Freedonian fighter jet fired a missile near a Sylvanian plane."
    found = by_text(extract(nlp, text))
    assert "Defence" not in found, found


def test_a_ministry_word_after_a_lower_case_minister_is_no_body(nlp):
    text = "Jo Min Ho, minister of Unification, Ri Son Gwon, minister of Defense, and Pak Jong Chol met on Monday."
    found = by_text(extract(nlp, text))
    assert "Defense" not in found and "Unification" not in found, found
    assert found["Ri Son Gwon"][0] is Kind.OFFICIAL


def test_a_ministry_still_stands_beside_its_portfolio_words(nlp):
    text = "The Ministry of Defence said on Monday that the Defence Secretary would answer the question."
    found = by_text(extract(nlp, text))
    assert found["Ministry of Defence"][0] is Kind.PARTY, found
    assert "Defence" not in found, found


def test_a_rank_abbreviation_ends_no_name(nlp):
    text = '"The ship made unsafe moves," said Navy Cmdr. Nate Horvath, a Pacific Fleet spokesman.'
    found = by_text(extract(nlp, text))
    assert "Navy Cmdr" not in found, found
    assert found["Nate Horvath"][0] is Kind.OFFICIAL


def test_a_lone_ship_noun_or_role_word_is_no_body(nlp):
    text = (
        "Photos show a clash between the USS Harbin Star and a Freedonian Navy Warship. The Frigate turned away. "
        "The Foreign Ministry Spokesman said the Commander had acted in line with the President's orders."
    )
    found = by_text(extract(nlp, text))
    for word in ("Warship", "Frigate", "Spokesman", "Commander", "President"):
        assert word not in found, found


def test_a_ship_name_after_the_class_short_form_in_brackets(nlp):
    text = "The cutter met the coast guard's Type 818-class offshore patrol vessel (OPV) Hailong 4417 on 6 May."
    found = by_text(extract(nlp, text))
    assert found["Hailong 4417"][0] is Kind.VESSEL, found


def test_a_lone_picture_or_sentence_opening_word_is_no_entity(nlp):
    text = (
        "Photographs uploaded by the Freedonian fire service show the wreck. Confirmation also came from the "
        "Sylvanian Ministry of Foreign Affairs.\n  1. Quoted radio conversation before the collision: the tanker "
        "called the frigate twice."
    )
    found = by_text(extract(nlp, text))
    for word in ("Photographs", "Confirmation", "Quoted"):
        assert word not in found, found
