"""A head of state's or government's own office, written lower case after its state's word, is a body of that state
('the Iranian presidential office', "Niger's presidential guard"), named as the gold names it. Sentences invented."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import holding


def test_a_states_presidential_office_is_a_body_with_the_gold_name(nlp):
    ents = extract(nlp, "The Peruvian presidential office said on Monday that the visit would go ahead.")
    office = holding(ents, "Peruvian presidential office")
    assert office is not None and office.kind is Kind.PARTY
    assert office.name == "Office of the President of Peru"
    assert holding(ents, "Peruvian").kind is Kind.STATE


def test_a_prime_ministers_office_guard_and_press_service(nlp):
    ents = extract(nlp, "The Finnish prime minister\u2019s office said Ghana's presidential guard had left. "
                        "The Kazakh presidential press service confirmed it.")
    assert holding(ents, "Finnish prime minister\u2019s office").name == "Office of the Prime Minister of Finland"
    assert holding(ents, "Ghana's presidential guard").name == "Presidential Guard of Ghana"
    assert holding(ents, "Kazakh presidential press service").name == "Press Service of the President of Kazakhstan"


def test_an_office_without_its_state_is_no_body(nlp):
    ents = extract(nlp, "Colonel Amadou Kane, the head of the powerful presidential guard, said the presidential "
                        "office was closed.")
    assert holding(ents, "presidential guard") is None
    assert holding(ents, "presidential office") is None
