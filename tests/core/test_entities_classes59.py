"""Entity classes of blind59 (issue #11, round BB): a state's peacekeepers as one force, on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract


def test_a_states_peacekeepers_are_one_force(nlp):
    text = (
        "Kenyan peacekeepers have begun leaving the Varosh valley, the government in Nairobi said on Monday. "
        "Officials said the Kenyan peacekeepers would be gone by June."
    )
    found = by_text(extract(nlp, text))
    assert found["Kenyan peacekeepers"][0] is Kind.PARTY, found


def test_counted_peacekeepers_are_men_not_a_force(nlp):
    text = "Two Kenyan peacekeepers were wounded near the Varosh valley on Monday, officials said."
    found = by_text(extract(nlp, text))
    assert "Two Kenyan peacekeepers" not in found and "Kenyan peacekeepers" not in found, found


def test_bare_peacekeepers_are_no_body(nlp):
    text = "Nine peacekeepers were killed when the convoy of the mission was ambushed near Varosh on Monday."
    found = by_text(extract(nlp, text))
    assert not any("peacekeepers" in name.casefold() for name in found), found


def test_an_outlets_tag_opening_the_first_paragraph_is_no_body(nlp):
    text = (
        "Freedonia joins visa programme\n"
        "(XNS) For the first time, citizens of Freedonia will be able to visit Sylvania without a visa.\n"
        "The Freedonian foreign ministry welcomed the decision on Monday."
    )
    found = by_text(extract(nlp, text))
    assert "XNS" not in found, found


def test_a_bracketed_acronym_inside_a_paragraph_stays(nlp):
    text = (
        "Freedonia joins visa programme\n"
        "Officials of Freedonia met the Sylvanian Trade Office (STO) on Monday. The STO said the talks went well."
    )
    found = by_text(extract(nlp, text))
    assert "Sylvanian Trade Office" in found or "STO" in found, found
