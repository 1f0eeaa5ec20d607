"""Mends of round AZ (x-tidy64, issue 11): each test fails before its mend. Invented sentences."""

from __future__ import annotations

from core.extract import modifier_words, people


def test_the_surname_rule_lives_with_the_person_name_rules(nlp):
    assert not hasattr(modifier_words, "named_person")
    doc = nlp("Activist Tomas Law spoke to reporters on Monday.")
    assert people.named_person(doc, 1, 3)
    doc = nlp("The 1972 Simla Agreement was signed.")
    assert not people.named_person(doc, 2, 4)  # a document takes a year or an article, a person none
