"""Courtesy titles inside people's names (issue #11, round AU): a title's portfolio words run up to "Shri" or "Mr"
belong to the title, and a Spanish "Lic" before a name is a courtesy title, on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract


def test_a_courtesy_title_inside_a_person_span_opens_the_name(nlp):
    text = (
        '"This is a historic day," Freedonian Union Minister of Parliamentary Affairs, Salt, and Mines Shri Ravi '
        "Kumarappa said in a press release on Monday."
    )
    found = by_text(extract(nlp, text))
    assert found["Ravi Kumarappa"][0] is Kind.OFFICIAL, found
    assert not any(name.endswith("Shri") or "Shri Ravi" in name for name in found), found


def test_a_spanish_courtesy_abbreviation_is_no_part_of_the_name(nlp):
    text = "The deal was signed in the presence of Governor of Montevista Lic Tomas Aldabe and other officials."
    found = by_text(extract(nlp, text))
    assert found["Tomas Aldabe"][0] is Kind.OFFICIAL, found
    assert "Lic Tomas Aldabe" not in found, found
