"""Firm names of blind set 46 (issue #11, round AR), each on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_two_word_town_in_brackets_stays_in_the_firms_name(nlp):
    text = HEADLINE + "The firms told to sell are Borvik (Hong Kong) Bulk Metals Co Ltd and Orla Mining Ltd.\n"
    found = by_text(extract(nlp, text))
    assert found["Borvik (Hong Kong) Bulk Metals Co Ltd"][0] is Kind.PARTY
    assert "Borvik" not in found and "Bulk Metals Co Ltd" not in found


def test_and_before_a_trade_word_joins_one_company(nlp):
    text = HEADLINE + "Orders were made against Halvard Pacific Shipping and Service Company, the regulator said.\n"
    found = by_text(extract(nlp, text))
    assert found["Halvard Pacific Shipping and Service Company"][0] is Kind.PARTY
    assert "Service Company" not in found


def test_and_before_a_name_word_joins_no_company(nlp):
    text = HEADLINE + "Orders were made against Halvard Textiles and Borvik Company, the regulator said.\n"
    found = by_text(extract(nlp, text))
    assert not any(t.startswith("Halvard Textiles and") for t in found)


def test_a_countrys_name_before_a_legal_form_belongs_to_the_firm(nlp):
    text = HEADLINE + "The fund must sell its stake in Borvik Chile Inc, a miner listed in Toronto.\n"
    found = by_text(extract(nlp, text))
    assert found["Borvik Chile Inc"][0] is Kind.PARTY
    assert "Chile" not in found


def test_a_countrys_name_then_steel_is_a_firm(nlp):
    text = HEADLINE + "Halvard Corp. bid for U.S. Steel last year, and the union opposed the deal.\n"
    found = by_text(extract(nlp, text))
    assert found["U.S. Steel"][0] is Kind.PARTY


def test_a_countrys_name_then_steel_and_a_name_word_is_no_such_firm(nlp):
    text = HEADLINE + "The plan of Japan Steel Works Ltd was approved, and Japan steel output rose.\n"
    found = by_text(extract(nlp, text))
    assert "Japan Steel" not in found


def test_a_ticker_after_a_firms_legal_form_is_no_firm(nlp):
    text = HEADLINE + "The fund must sell its stake in Borvik Mining Inc BMX.V, the minister said.\n"
    found = by_text(extract(nlp, text))
    assert found["Borvik Mining Inc"][0] is Kind.PARTY
    assert "BMX.V" not in found
