"""A name the model reads as a person's, written right before its staff ("a Kessler employee", "Harbin Wanderers
striker X"), is a body's (`core.extract.body_heads`). Sentences written for the rules."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_name_before_a_staff_noun_is_a_body(nlp):
    text = HEADLINE + "Ruritania has detained a Kessler employee on spying charges, the ministry said.\n"
    assert by_text(extract(nlp, text))["Kessler"][0] is Kind.PARTY


def test_a_name_before_a_players_position_is_a_club(nlp):
    text = HEADLINE + "Harbin Wanderers striker Amir Kolb scored twice.\n"
    found = by_text(extract(nlp, text))
    assert found["Harbin Wanderers"][0] is Kind.PARTY
    assert found["Amir Kolb"][0] is Kind.OFFICIAL


def test_a_name_before_leader_after_the_is_a_party(nlp):
    text = HEADLINE + '"We will win," said the Orla Vantrees leader on Friday.\n'
    assert by_text(extract(nlp, text))["Orla Vantrees"][0] is Kind.PARTY


def test_a_persons_officials_and_a_plain_name_stay_a_person(nlp):
    text = HEADLINE + "A senior Marta Lindqvist official told reporters that Marta Lindqvist would travel.\n"
    assert by_text(extract(nlp, text))["Marta Lindqvist"][0] is Kind.OFFICIAL

