"""Round BG, blind69's entity classes (invented sentences): a person named by one word after the title of a pope, a
patriarch, a cardinal or a monarch keeps the title in his name ("Pope Pius", the bare word stays his mention); a
denomination's church ("the Lutheran Church", "the Serbian Orthodox Church") and a "Church of X" are bodies, a saint's
church a building."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _person_said(entities, form: str):
    return [e for e in entities if e.kind is Kind.OFFICIAL and any(m.text == form for m in e.mentions)]


def test_a_pope_named_by_one_word_keeps_his_title(nlp):
    text = (
        HEADLINE + "Pope Pius arrived in Lisbon on Friday for a three-day visit. "
        "Pius later met the country's president at the airport."
    )
    pope = _person_said(extract(nlp, text), "Pius")
    assert len(pope) == 1 and pope[0].name == "Pope Pius"


def test_a_king_named_by_one_word_keeps_his_title(nlp):
    text = HEADLINE + "King Leopold received the envoy at the palace in Lisbon on Monday, officials said."
    king = _person_said(extract(nlp, text), "Leopold")
    assert len(king) == 1 and king[0].name == "King Leopold"


def test_a_full_name_after_a_title_is_not_renamed(nlp):
    text = (
        HEADLINE + "Cardinal Marco Ruffini signed the accord in Rome on Tuesday. "
        "Ruffini said the talks had been long."
    )
    names = {e.name for e in extract(nlp, text) if e.kind is Kind.OFFICIAL}
    assert "Cardinal Ruffini" not in names


def test_a_one_word_name_after_another_title_is_left_bare(nlp):
    text = HEADLINE + "President Harald told reporters in Lisbon on Monday that the talks would resume."
    names = {e.name for e in extract(nlp, text) if e.kind is Kind.OFFICIAL}
    assert "Harald" in names and "President Harald" not in names


def test_a_denominations_church_is_a_body_with_its_demonym(nlp):
    text = (
        HEADLINE + "The Bulgarian Orthodox Church and the Lutheran Church signed a joint appeal in Sofia on Monday, "
        "officials said."
    )
    bodies = {e.name for e in extract(nlp, text) if e.kind is Kind.PARTY}
    assert {"Bulgarian Orthodox Church", "Lutheran Church"} <= bodies


def test_a_church_of_a_nation_is_a_body(nlp):
    text = HEADLINE + "The Church of Norway said on Monday it would send observers to the talks in Oslo."
    bodies = {e.name for e in extract(nlp, text) if e.kind is Kind.PARTY}
    assert "Church of Norway" in bodies


def test_a_saints_church_is_a_building(nlp):
    text = HEADLINE + "Mourners gathered at St Anne's Catholic Church in Lisbon on Sunday, police said."
    names = {e.name for e in extract(nlp, text)}
    assert not any("Church" in n for n in names)


def test_a_countrys_branch_of_a_church_is_no_church(nlp):
    text = (
        HEADLINE + "The Hungarian Catholic Church disputed the count on Monday, and Hungary's powerful Catholic "
        "Church sent observers, officials said."
    )
    names = {e.name for e in extract(nlp, text)}
    assert not any(n.endswith("Catholic Church") for n in names)
