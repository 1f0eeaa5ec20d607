"""Read-through of round BG's last commits (invented sentences): a currency code that is also a body's short name
('NPR', 'AMD') stays a body; 'Church of X' takes the whole name and never a saint's church; a congregation's own church
('Ebenezer Baptist Church') is no denomination's; any kin word before a full name keeps two relatives apart."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _forms(entities, kind: Kind | None = None) -> set[str]:
    return {m.text for e in entities if kind is None or e.kind is kind for m in e.mentions}


def test_a_code_that_is_also_a_short_name_stays_a_body(nlp):
    text = HEADLINE + "The State Department told NPR on Monday that aid to Sudan would be cut, NPR reported."
    assert "NPR" in _forms(extract(nlp, text))


def test_a_listed_currency_code_is_still_no_body(nlp):
    text = HEADLINE + "Sylvania agreed a swap line of USD 400 million with Freedonia on Monday, officials said."
    assert "USD" not in _forms(extract(nlp, text))


def test_a_church_of_a_saint_is_never_cut(nlp):
    text = HEADLINE + "Mourners gathered at the Church of St Mary in Lisbon on Sunday, police said."
    forms = _forms(extract(nlp, text))
    assert "Church of St" not in forms and "Mary" not in forms


def test_a_long_church_name_is_never_cut(nlp):
    text = HEADLINE + "The Church of Jesus Christ of Latter-day Saints sent aid to Sylvania on Monday, officials said."
    assert "Church of Jesus" not in _forms(extract(nlp, text))


def test_a_congregation_church_is_no_denomination_body(nlp):
    for name in ("Ebenezer", "First"):
        text = HEADLINE + f"Mourners gathered at {name} Baptist Church in Atlanta on Sunday, police said."
        assert "Baptist Church" not in _forms(extract(nlp, text), Kind.PARTY), name


def test_a_nephew_with_the_full_name_is_another_person(nlp):
    text = (
        HEADLINE + "President Talvo Reskan praised the deal on Monday, aides said. His nephew, Talvo Marek Reskan, "
        "said the family welcomed it. Talvo Reskan thanked the envoys."
    )
    people = [e for e in extract(nlp, text) if e.kind is Kind.OFFICIAL and "Reskan" in e.name]
    assert len(people) == 2, [(e.name, [m.text for m in e.mentions]) for e in people]
