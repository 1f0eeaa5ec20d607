"""Entity classes of blind set 28 (issue #11, round V), each on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_formal_firm_name_with_a_town_in_brackets_is_one_firm(nlp):
    text = HEADLINE + (
        "The ministry listed Borvik Bulk Carrier (Ningbo) Co., Ltd. and Borvik Bulk Carrier (Ningbo) Crew and"
        " Vessel Management Co. Ltd. on Monday. It also named Orion 77 Limited and Halvard Ship & Crew Services"
        " Co, Ltd.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Borvik Bulk Carrier (Ningbo) Co., Ltd."][0] is Kind.PARTY
    assert found["Borvik Bulk Carrier (Ningbo) Crew and Vessel Management Co. Ltd."][0] is Kind.PARTY
    assert found["Orion 77 Limited"][0] is Kind.PARTY
    assert any(t.startswith("Halvard Ship & Crew Services Co, Ltd") for t in found)
    assert "Ningbo" not in found and "Co., Ltd." not in found


def test_and_joins_no_two_firms_without_a_town_in_brackets(nlp):
    text = HEADLINE + "The ministry listed Halvard Textiles and Borvik Shipping Co. on Monday.\n"
    found = by_text(extract(nlp, text))
    assert not any(t.startswith("Halvard Textiles and") for t in found)
