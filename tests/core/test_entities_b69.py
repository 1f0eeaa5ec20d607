"""Round BG, blind69's entity classes (invented sentences): a person named by one word after the title of a pope, a
patriarch, a cardinal or a monarch keeps the title in his name ("Pope Pius", the bare word stays his mention)."""

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
