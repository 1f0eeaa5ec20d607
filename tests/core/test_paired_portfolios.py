"""A body named by two portfolios joined by "and", the first one word, is read whole
(`core.extract.paired_portfolios`), not cut after "and"; a longer name or a person before "and" is left alone.
Sentences written for the rule."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_two_portfolios_before_a_head_word_are_one_body(nlp):
    text = HEADLINE + (
        "In a short notice posted by the nation\u2019s Information and Communication Technologies Authority, officials"
        " said the site was shut.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Information and Communication Technologies Authority"][0] is Kind.PARTY
    assert "Communication Technologies Authority" not in found


def test_a_pair_after_a_list_word_is_one_body(nlp):
    text = HEADLINE + "The Parks Board, Customs and Immigration and Checkpoints Authority said the cargo was seized.\n"
    found = by_text(extract(nlp, text))
    assert found["Immigration and Checkpoints Authority"][0] is Kind.PARTY
    assert "Checkpoints Authority" not in found


def test_the_rule_reads_the_pair_after_a_list_word():
    from core.extract.nlp import load_nlp
    from core.extract.paired_portfolios import paired_portfolio_bodies

    doc = load_nlp()("The Parks Board, Customs and Immigration and Checkpoints Authority said on Monday.")
    found = [doc[m.start : m.end].text for m in paired_portfolio_bodies(doc)]
    assert found == ["Immigration and Checkpoints Authority"]


def test_a_link_word_or_a_capitalised_word_before_the_pair_is_left_alone():
    from core.extract.nlp import load_nlp
    from core.extract.paired_portfolios import paired_portfolio_bodies

    doc = load_nlp()("The Office of Terrorism and Financial Intelligence Agency said on Monday that it would act.")
    assert paired_portfolio_bodies(doc) == []
    doc = load_nlp()("The National Aeronautics and Space Administration said on Monday that it would act.")
    assert paired_portfolio_bodies(doc) == []


def test_a_hyphened_first_word_opens_the_name_and_a_name_possessive_stops_it():
    from core.extract.nlp import load_nlp
    from core.extract.paired_portfolios import paired_portfolio_bodies

    doc = load_nlp()("Agents with the Agri-Food and Veterinary Authority met the ship on Monday.")
    assert [doc[m.start : m.end].text for m in paired_portfolio_bodies(doc)] == ["Agri-Food and Veterinary Authority"]
    doc = load_nlp()("Pasandeh, head of Seafarer\u2019s Affairs & International Agencies, said on Monday.")
    assert paired_portfolio_bodies(doc) == []
