"""A plural title before two coordinated names ('talks between Presidents X and Y') is a title, never part of the
first name (seen on blind70's first run: 'Presidents Donald Trump')."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def test_a_plural_title_is_no_part_of_a_name(nlp):
    text = (
        HEADLINE + "Sylvania pledged a $2bn swap line after talks between Presidents Talvo Reskan and Ana Voss a day "
        "prior. Reskan said the deal was good."
    )
    names = {e.name for e in extract(nlp, text) if e.kind is Kind.OFFICIAL}
    assert "Talvo Reskan" in names and not any(n.startswith("Presidents") for n in names), names
