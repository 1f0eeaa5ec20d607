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
