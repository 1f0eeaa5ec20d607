"""A tanker's "MT" after a number is the unit, metric tonnes, unless the number is a year or a one-digit count
(`core.extract.tonnes`): those leave the tanker. Sentences written for the rule."""

from __future__ import annotations

from core.extract.tonnes import metric_tonnes
from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def _tonnes(text: str) -> bool:
    at = text.index("MT")
    return metric_tonnes(text, at)


def test_mt_after_an_amount_is_tonnes_not_a_tanker(nlp):
    text = "Kell Port Unloads 1,640 MT Of Rice Donated By Norland\n\nDockers worked through the night.\n"
    assert not any(e.kind is Kind.VESSEL for e in extract(nlp, text))


def test_mt_after_a_bare_amount_in_a_title_case_headline_is_tonnes(nlp):
    for text in (
        "Ostavia Sends 500 MT Barley To Kell\n\nThe barley was loaded on Monday.\n",
        "Norland Ships 300 MT Beans And 200 MT Salt To Kell\n\nThe food left on Monday.\n",
    ):
        assert not any(e.kind is Kind.VESSEL for e in extract(nlp, text)), text


def test_mt_before_a_name_is_still_a_tanker(nlp):
    text = HEADLINE + "Guards boarded the MT Sorin Star on Monday.\n"
    assert by_text(extract(nlp, text))["MT Sorin Star"][0] is Kind.VESSEL


def test_mt_after_a_count_is_a_tanker(nlp):
    text = HEADLINE + "Marines took 2 MT Lerwick Dawn and MT Cala off the cape on Sunday.\n"
    assert by_text(extract(nlp, text))["MT Lerwick Dawn"][0] is Kind.VESSEL


def test_an_amount_before_mt_is_tonnes_a_year_is_not() -> None:
    assert _tonnes("shipped 1,800 MT Sorin to Kell")  # a thousands separator
    assert _tonnes("shipped 300 MT Of Maize to Kell")
    assert _tonnes("shipped 300 MT Maize to Kell")  # no thousands separator, no "of": still an amount
    assert not _tonnes("In May 2019 MT Sorin Star ran aground")
    assert not _tonnes("Marines took 2 MT Sorin Star")
