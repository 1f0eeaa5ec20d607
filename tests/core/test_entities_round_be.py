"""Entity rules of round BE (issue #11): a name glued to the word after it by a lost space, on invented sentences.

The measure of quality is bench/real (real articles, scored); these pin each rule and a case where it could over-fire.
"""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_name, extract
from tests.core.test_entities_news import HEADLINE


def _names(nlp, sentence: str) -> dict:
    return by_name(extract(nlp, HEADLINE + sentence + "\n"))


# glued names (glued_words.cut_glued_words)


def test_a_name_glued_to_with_is_cut_and_joins_its_surname(nlp):
    found = _names(
        nlp,
        "The Norlandic prime minister met in Oslo with her Valdorian counterpart, Tomas Brevikwith whom she signed "
        "a protocol on migration. \u201cWe answer when we are called,\u201d said Brevik.",
    )
    assert found["Tomas Brevik"][0] is Kind.OFFICIAL, found
    assert not any("Brevikwith" in name for name in found), found


def test_a_name_glued_to_met_before_with_is_cut(nlp):
    found = _names(
        nlp, "Relations warmed when Valdorian President Anton Kessarovmet with Norlandic President Ida Holm in May."
    )
    assert "Anton Kessarov" in found, found
    assert not any("Kessarovmet" in name for name in found), found


def test_a_name_that_ends_in_met_is_kept_whole(nlp):
    found = _names(nlp, "The poet Orhan Kelmet read from his new book in Ankara on Monday.")
    assert not any(name.endswith("Kel") for name in found), found



# a firm named after "corporation" (lexicon "org_nouns", read by entities._named_by_noun)


def test_a_name_after_state_nuclear_corporation_is_a_body(nlp):
    found = _names(
        nlp,
        "Alexey Orlov, the head of the Valdorian state nuclear corporation Atomvald, handed over the certificate "
        "on Thursday.",
    )
    assert found["Atomvald"][0] is Kind.PARTY, found


def test_a_capitalised_word_after_corporation_opening_a_clause_is_no_body(nlp):
    found = _names(nlp, "The deal was signed by the corporation. Officials said talks would resume in June.")
    assert "Officials" not in found, found
