"""A body's name listing its portfolios with commas and no acronym after it is one body (`core.extract.series_bodies`),
not two halves cut at the comma; a list of states, people or bodies is no such name. Sentences written for the rule."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_ministry_of_a_comma_series_is_one_body(nlp):
    text = HEADLINE + "The Ministry of Trade, Fisheries and Rural Roads said on Monday that exports would resume.\n"
    found = by_text(extract(nlp, text))
    assert found["Ministry of Trade, Fisheries and Rural Roads"][0] is Kind.PARTY
    assert "Fisheries and Rural Roads" not in found


def test_an_ampersand_closes_the_series(nlp):
    text = HEADLINE + "The order was issued by the Department of Housing, Water & Urban Renewal, officials said.\n"
    found = by_text(extract(nlp, text))
    assert found["Department of Housing, Water & Urban Renewal"][0] is Kind.PARTY


def test_a_series_ending_in_the_head_word_is_one_body(nlp):
    text = HEADLINE + "Readings from the Survey, Mapping, and Geodesy Agency showed the river rising on Tuesday.\n"
    found = by_text(extract(nlp, text))
    assert found["Survey, Mapping, and Geodesy Agency"][0] is Kind.PARTY


def test_a_list_of_bodies_after_a_ministry_is_no_series():
    from core.extract.nlp import load_nlp
    from core.extract.series_bodies import series_bodies

    doc = load_nlp()("The Ministry of Health, Department of Education and Finance Office met on Monday.")
    assert series_bodies(doc) == []
    doc = load_nlp()("The Ministry of Foreign Affairs, Vexland and Ostavia said on Monday that talks would go on.")
    assert series_bodies(doc) == []


def test_a_head_word_inside_a_longer_name_is_left_to_it():
    from core.extract.nlp import load_nlp
    from core.extract.series_bodies import series_bodies

    doc = load_nlp()("The Vexland Senate Committee on Trade, Science and Transport met on Monday.")
    assert series_bodies(doc) == []


def test_items_ending_in_a_head_word_are_bodies_of_their_own(nlp):
    # review BJ-7: "Savings Bank" and "Customs Authority" end in head words: three bodies, no one name
    text = HEADLINE + "The Ministry of Labour, Savings Bank and Customs Authority met on Friday to agree the budget.\n"
    found = by_text(extract(nlp, text))
    assert not any("," in name for name in found), found
