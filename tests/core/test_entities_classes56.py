"""Entity classes of blind50 (issue #11, round AX): a one-word "body" that is an English adjective or adverb and no
noun ("Definitive results", "the Union's Diplomatic service"), and a courtesy title or police rank glued to a
person ("Cde Jane Roe", "Pol Col Jane Roe"), on invented sentences."""

from __future__ import annotations

from core.extract.entities import title_tokens
from core.extract.modifier_words import drop_modifier_words, modifier_only
from core.extract.people import named_after_role
from core.model import Kind, LocalEntity, Span
from tests.core.test_entities import by_text, extract


def _one(text: str, word: str, kind: Kind = Kind.PARTY) -> LocalEntity:
    at = text.index(word)
    return LocalEntity(word, kind, [Span(at, at + len(word), word)])


def test_only_a_word_the_dictionary_knows_as_no_noun_is_a_modifier():
    assert modifier_only("Definitive") and modifier_only("Diplomatic") and modifier_only("Fearfully")
    assert not modifier_only("Windward")  # also a noun ("the windward")
    assert not modifier_only("Labour") and not modifier_only("Review") and not modifier_only("Vexcorp")


def test_a_one_word_body_that_is_an_adjective_is_dropped():
    text = "Definitive results are due on 15 January, the Vexland commission said."
    kept = drop_modifier_words(text, [_one(text, "Definitive"), _one(text, "Vexland", Kind.STATE)])
    assert [e.name for e in kept] == ["Vexland"]
    text = "Diplomatic sources said the talks had stalled."
    assert drop_modifier_words(text, [_one(text, "Diplomatic", Kind.OFFICIAL)]) == []


def test_an_adjective_that_speaks_stays_a_name():
    text = "Electoral said on Monday that it would appeal."
    assert [e.name for e in drop_modifier_words(text, [_one(text, "Electoral")])] == ["Electoral"]


def test_the_adjective_before_service_names_no_body(nlp):
    text = (
        "On Monday, the Freedonian Union\u2019s Diplomatic service issued a statement noting Vexland had "
        "restricted the vote. Definitive results are due on 15 January."
    )
    found = by_text(extract(nlp, text))
    assert "Diplomatic" not in found and "Definitive" not in found, found


def test_a_comrade_title_opens_no_name(nlp):
    text = "\u201cThe team is welcome,\u201d said Vexland party spokesperson Cde Tarin Molapo. He said it would come."
    found = by_text(extract(nlp, text))
    assert found.get("Tarin Molapo", (None,))[0] is Kind.OFFICIAL, found
    assert not any("Cde" in m for m in found), found


def test_a_police_rank_opens_no_name(nlp):
    text = "The activists had fled to the neighbouring country, said Pol Col Tarin Wongsaree, the deputy spokesman."
    found = by_text(extract(nlp, text))
    assert found.get("Tarin Wongsaree", (None,))[0] is Kind.OFFICIAL, found
    assert not any("Pol" in m for m in found), found


def test_a_comrade_title_after_a_role_noun_opens_no_untagged_name(nlp):
    doc = nlp("The talks failed, said the party spokesperson Cde Tarai Molapira on Monday.")
    doc.ents = []  # the model left the name untagged
    found = [doc[m.start : m.end].text for m in named_after_role(doc, [False] * len(doc), title_tokens(doc))]
    assert found == ["Tarai Molapira"], found


def test_a_person_whose_surname_is_a_documents_word_is_kept(nlp):
    text = "Vexland activist Tarvo Law said the bounties were meant to intimidate him."
    found = by_text(extract(nlp, text))
    assert found.get("Tarvo Law", (None,))[0] is Kind.OFFICIAL, found
    text = "The Vexland Security Law was passed in 2020."
    assert "Security Law" not in by_text(extract(nlp, text))
    text = "Vexland said it was suspending the 1972 Tarvo Agreement, closing its airspace."
    assert "Tarvo Agreement" not in by_text(extract(nlp, text))
