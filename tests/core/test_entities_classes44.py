"""Entity classes of blind set 36 (issue #11, round AF): hyphenated given names, the modifier letter apostrophe, on
invented sentences."""

from __future__ import annotations

from core.extract import extract_text
from core.extract.clean import clean
from core.model import Kind
from tests.core.test_entities import by_text, extract


def test_hyphenated_given_name_cut_by_the_model_is_one_person(nlp):
    text = "She met the Sudanese Ambassador to Egypt, General Emad-Eddin Mustafa Adawi, in Cairo on Monday."
    found = by_text(extract(nlp, text))
    assert found["Emad-Eddin Mustafa Adawi"][0] is Kind.OFFICIAL
    assert "Emad-Eddin" not in found and "Eddin Mustafa Adawi" not in found


def test_modifier_letter_apostrophe_reads_as_the_ordinary_one():
    assert clean("the Presidentʼs Office").text == "the President’s Office"


def test_modifier_letter_apostrophe_keeps_a_body_whole():
    text = "Ukraine said on Monday that the Presidentʼs Office would answer the letter."
    found = {m.text: e.kind for e in extract_text(text).entities for m in e.mentions}
    assert "Presidentʼs" not in found and "Office" not in found
    assert found["Presidentʼs Office"] is Kind.PARTY
