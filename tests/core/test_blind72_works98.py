"""blind72's entity classes (x-b72e-98, invented sentences): a portfolio's last word after "Minister of" is no first
name of the holder ("Minister of Transport Jane Roe"); a named road, railway, pipeline or corridor, or a bridge after
its cost or length, is no person ("Jeff Bridge" after a year stays)."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _forms(entities, kind: Kind | None = None) -> set[str]:
    return {m.text for e in entities if kind is None or e.kind is kind for m in e.mentions}


def test_a_portfolio_word_is_no_first_name(nlp):
    text = HEADLINE + "The accord was signed by Minister of Transport Orvan Teskel on Monday in the capital."
    people = _forms(extract(nlp, text), Kind.OFFICIAL)
    assert "Orvan Teskel" in people
    assert "Transport Orvan Teskel" not in people


def test_a_joined_portfolio_word_is_no_first_name(nlp):
    text = HEADLINE + "Norland's Minister of Energy and Infrastructure Belda Koranic said the road would open soon."
    people = _forms(extract(nlp, text), Kind.OFFICIAL)
    assert "Belda Koranic" in people
    assert not any(p.startswith("Infrastructure") for p in people)


def test_a_name_after_a_field_word_keeps_its_three_words(nlp):
    text = HEADLINE + "The accord was signed by Minister of Trade Orvan Belda Teskel on Monday in the capital."
    people = _forms(extract(nlp, text), Kind.OFFICIAL)
    assert not any(p.startswith("Trade") for p in people)


def test_named_works_are_no_people(nlp):
    text = (
        HEADLINE + "Norland and Vestria opened the $260m Teskel Bridge on Monday. The ministers also spoke about "
        "the Koranic Road, which will link the two ports."
    )
    people = _forms(extract(nlp, text), Kind.OFFICIAL)
    assert "Teskel Bridge" not in people and "Koranic Road" not in people


def test_a_person_named_bridge_stays(nlp):
    text = HEADLINE + "In 2020 Orvan Bridge said on Monday that the talks had failed."
    people = _forms(extract(nlp, text), Kind.OFFICIAL)
    assert "Orvan Bridge" in people


def test_named_works_of_each_kind_are_no_people(nlp):
    """The model reads some named works as people; the closing word says they are works (round BH's review)."""
    for text, work in (
        ("Flooding closed Jomo Kamau Highway on Monday.", "Jomo Kamau Highway"),
        ("Work on Mirela Kessan Tunnel will start next year.", "Mirela Kessan Tunnel"),
        ("He said Kessan Railway would reopen in May.", "Kessan Railway"),
    ):
        assert work not in _forms(extract(nlp, HEADLINE + text), Kind.OFFICIAL)


def test_a_titled_person_named_like_a_work_stays(nlp):
    """A title right before the name says it is a person's, whatever its last word ('Senator X Road')."""
    for text, person in (
        ("US Senator Orvan Road said the bill would pass.", "Orvan Road"),
        ("Senator Belda Tunnel said on Friday that the bill would pass.", "Belda Tunnel"),
        ("Canadian Minister Mirela Road met the envoy in Ottawa.", "Mirela Road"),
    ):
        assert person in _forms(extract(nlp, HEADLINE + text), Kind.OFFICIAL)


def test_a_surname_dam_stays(nlp):
    """'dam' is a common surname ('van Dam') and no closing word of a work."""
    for text in ("Dutch Defence Minister Joren van Dam said the talks had failed.", "In 2020 Joren van Dam left."):
        assert "Joren van Dam" in _forms(extract(nlp, HEADLINE + text), Kind.OFFICIAL)
