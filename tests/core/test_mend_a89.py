"""Mend A of round BF's review (issue #11, x-menda89), each on invented sentences: a name after a sentence that ends
in a capitalised word, after an honorific, and a common word opening a sentence (repeated_names); a quoted word in a
title-case headline is no nickname (nicknamed); an intercapped product name is no firm (intercapped_firms); a word used
as a ship's class that the text also calls a firm, and a word inside a longer class word (things); a ship prefix's
acronym before a firm's name (vessels).

The measure of quality is bench/real (real articles, scored); these pin each rule and a case where it could over-fire.
"""

from __future__ import annotations

from core.extract.intercapped_firms import intercapped_firms
from core.extract.nicknamed import nicknamed_people
from core.extract.repeated_names import repeat_mentions
from core.model import Kind, LocalEntity, Span
from tests.core.test_entities import by_name, extract
from tests.core.test_entities_news import HEADLINE


def _names(nlp, sentence: str) -> dict:
    return by_name(extract(nlp, HEADLINE + sentence + "\n"))


def _mentions(found: dict) -> set[str]:
    return {t for _, forms in found.values() for t in forms}


def _entity(text: str, name: str, kind: Kind, form: str) -> LocalEntity:
    at = text.find(form)
    return LocalEntity(name, kind, [Span(at, at + len(form), form)])


# repeated_names.py


def test_a_name_after_a_sentence_ending_in_a_capitalised_word_is_added() -> None:
    text = "Dravek said on Monday he would win. He met officials in Porto Vell. Dravek argues the plan works."
    dravek = _entity(text, "Dravek", Kind.OFFICIAL, "Dravek")
    repeat_mentions(text, [dravek])
    assert [m.start for m in dravek.mentions] == [0, text.rfind("Dravek")]


def test_a_name_after_an_honorific_is_added() -> None:
    text = "Brovak spoke in Tarsen on Monday. Later Mr Brovak left the hall."
    brovak = _entity(text, "Brovak", Kind.OFFICIAL, "Brovak")
    repeat_mentions(text, [brovak])
    assert [m.start for m in brovak.mentions] == [0, text.rfind("Brovak")]


def test_a_common_word_opening_a_sentence_is_not_added() -> None:
    text = "Vessa said the deal is fair. The vessa fruit grows here. Vessa prices fell in May."
    vessa = _entity(text, "Vessa", Kind.PARTY, "Vessa")
    repeat_mentions(text, [vessa])
    assert len(vessa.mentions) == 1


# nicknamed.py


def test_a_quoted_word_in_a_title_case_headline_is_no_nickname(nlp):
    doc = nlp("Kovalenko Says Harris \u2018Strongly\u2019 Backs Plan\n\nThe talks ended in Kyiv on Monday.\n")
    assert [doc[m.start : m.end].text for m in nicknamed_people(doc)] == []


# intercapped_firms.py


def test_an_intercapped_product_name_is_no_firm(nlp):
    found = _names(nlp, "Students used WriteGPT to finish their essays. WriteGPT was banned at several schools.")
    assert not any(kind is Kind.PARTY and "WriteGPT" in forms for kind, forms in found.values()), found


def test_an_intercapped_name_the_text_calls_a_firm_is_one(nlp):
    found = _names(nlp, "Regulators fined the CargoJA company on Monday. A spokesman said CargoJA would appeal.")
    assert any(kind is Kind.PARTY and "CargoJA" in forms for kind, forms in found.values()), found
    doc = nlp(HEADLINE + "(Photo: LensJA/Ana Lim)\nThe envoy told LensJA via email that the ban stands.\n")
    assert "LensJA" in [doc[m.start : m.end].text for m in intercapped_firms(doc)]


# things.py: a ship's class word


def test_a_class_word_the_text_calls_a_firm_is_kept(nlp):
    found = _names(nlp, "Sylvania ordered two Corsaro-class ships. Corsaro, the Italian firm, said it would comply.")
    assert any(kind is Kind.PARTY and "Corsaro" in forms for kind, forms in found.values()), found


def test_a_word_inside_a_longer_class_word_is_kept(nlp):
    found = _names(nlp, "The MarVela-class frigates sailed on Monday. Vela, the Italian firm, said it would comply.")
    assert any(kind is Kind.PARTY and "Vela" in forms for kind, forms in found.values()), found


# vessels.py: a ship's prefix that is also a line's acronym


def test_msc_before_a_firms_name_is_no_ship(nlp):
    found = _names(nlp, "In a statement, MSC Adriatic Shipping Company said it was helping the police in Dravik.")
    assert not any(kind is Kind.VESSEL for kind, _ in found.values()), found
