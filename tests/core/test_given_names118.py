"""Given names the model leaves out after a closing bracket, after a quotation's closing mark or after a state named
after "to"/"of" (`given_names._opens_name`), and a last surname the model labelled a work of art
(`people._lone_org_word`); x-entfn118. Sentences and people invented for the rules (review of round BJ, item 9: the
first version copied four bench sentences)."""

from __future__ import annotations

from spacy.tokens import Span

from core.extract.people import _lone_org_word
from core.extract.pipeline import extract_text
from core.model import Kind
from tests.core.test_entities_news import HEADLINE


def _people(text: str) -> set[str]:
    return {e.name for e in extract_text(HEADLINE + text).entities if e.kind is Kind.OFFICIAL}


def test_a_given_name_after_a_closing_bracket_opens_the_name():
    people = _people("Last week, Registrar of Companies (RoC) Pradeep Anand Velkar wrote to the firms.")
    assert "Pradeep Anand Velkar" in people and "Anand Velkar" not in people, people


def test_a_given_name_after_a_closed_quotation_opens_the_name():
    people = _people('"There is no cause for worry," Fassinet Alpha Bangoura told reporters on Monday.')
    assert "Fassinet Alpha Bangoura" in people and "Alpha Bangoura" not in people, people


def test_a_given_name_after_a_state_after_to_opens_the_name():
    people = _people("Indian Ambassador to Japan Shalini Rekha Varadan addressed the students in Osaka.")
    assert "Shalini Rekha Varadan" in people and "Rekha Varadan" not in people, people


def test_a_state_before_a_name_stays_a_state():
    found = extract_text(HEADLINE + "Indian Ambassador to Japan Shalini Rekha Varadan addressed the students.")
    states = {e.name for e in found.entities if e.kind is Kind.STATE}
    assert "Japan" in states, states


def test_a_last_surname_labelled_a_work_is_a_lone_name_word(nlp):
    # labelled by hand: which invented surname the model calls a work of art cannot be foreseen
    doc = nlp("Orvifin is the holding of Zentaro chief executive Marco Bellini Ravera.")
    last = len(doc) - 2
    doc.ents = [Span(doc, last, last + 1, label="WORK_OF_ART")]
    assert _lone_org_word(doc, last)
