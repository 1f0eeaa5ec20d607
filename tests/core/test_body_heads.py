"""A name the model reads as a person's, written right before its staff ("a Kessler employee", "Harbin Wanderers
striker X"), is a body's (`core.extract.body_heads`), unless the staff noun qualifies another noun ("a Roe executive
order"), a position reads as a person's supporters ("Roe defenders said"), or the name is a titled or full-named
person's. Sentences written for the rules."""

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


def test_a_name_before_a_position_after_former_is_a_club(nlp):
    text = HEADLINE + "The 29-year-old former Dalstow Rovers striker, now at a club in Kell, denied the claims.\n"
    assert by_text(extract(nlp, text))["Dalstow Rovers"][0] is Kind.PARTY


def test_a_name_before_leader_after_the_is_a_party(nlp):
    text = HEADLINE + '"We will win," said the Orla Vantrees leader on Friday.\n'
    assert by_text(extract(nlp, text))["Orla Vantrees"][0] is Kind.PARTY


def test_a_persons_officials_and_a_plain_name_stay_a_person(nlp):
    text = HEADLINE + "A senior Marta Lindqvist official told reporters that Marta Lindqvist would travel.\n"
    assert by_text(extract(nlp, text))["Marta Lindqvist"][0] is Kind.OFFICIAL


def test_a_staff_noun_that_qualifies_a_noun_leaves_a_person(nlp):
    text = HEADLINE + (
        "Brennan signed the decree on Monday. Critics warned that a Brennan executive order on grain would hurt "
        "farmers, and Brennan did not answer.\n"
    )
    assert by_text(extract(nlp, text))["Brennan"][0] is Kind.OFFICIAL


def test_a_persons_defenders_leave_a_person(nlp):
    text = HEADLINE + "Brennan spoke in the square on Monday. Brennan defenders said she was right.\n"
    assert by_text(extract(nlp, text))["Brennan"][0] is Kind.OFFICIAL


def test_a_full_named_persons_employees_leave_a_person(nlp):
    text = HEADLINE + "Tomas Varga was arrested in Kell on Monday. Police questioned two Varga employees on Tuesday.\n"
    assert by_text(extract(nlp, text))["Tomas Varga"][0] is Kind.OFFICIAL


def test_a_titled_persons_employees_leave_a_person(nlp):
    text = HEADLINE + "Governor Varga was arrested in Kell on Monday. Police questioned two Varga employees.\n"
    assert by_text(extract(nlp, text))["Varga"][0] is Kind.OFFICIAL


def test_a_person_titled_in_apposition_stays_a_person(nlp):
    text = HEADLINE + "Dorsey, the governor of Vell, met strikers, and Dorsey defender Mia Lund spoke up for her.\n"
    assert by_text(extract(nlp, text))["Dorsey"][0] is Kind.OFFICIAL
