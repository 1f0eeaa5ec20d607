"""Classes from blind63's first run (round BD, x-b63-78), on invented sentences: an armed group named before its men
in the plural ("X militants") or before two words of its kind ("the X Islamist militant group"), and an agency alone
in square brackets closing a caption ("[Reuters]"), "Filipina" as a demonym, "AI" alone no body, a "READ MORE:"
teaser in capitals."""

from __future__ import annotations

from core.extract.furniture import furniture_ranges
from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def _found(nlp, sentence: str) -> dict:
    return by_text(extract(nlp, HEADLINE + sentence + "\n"))


# firm_people._group_after: an armed group's men in the plural, two kind words between the name and its noun


def test_a_name_before_militants_is_a_body(nlp):
    found = _found(nlp, "A Dutch hostage was released by Karvash militants in the south on Sunday.")
    assert found["Karvash"][0] is Kind.PARTY


def test_a_name_before_two_kind_words_and_group_is_a_body(nlp):
    found = _found(
        nlp,
        "Abu Karvash released a Dutch hostage on Sunday. The man had been held by the Abu Karvash Islamist militant"
        " group for a year.",
    )
    assert found["Abu Karvash"][0] is Kind.PARTY


def test_a_person_before_supporters_or_speaking_of_militants_stays_a_person(nlp):
    for sentence in (
        "Jane Roe supporters gathered outside the court on Monday.",
        "Jane Roe said militants had entered the village overnight.",
        "A spokesman for Jane Roe told gunmen to leave the town.",
    ):
        assert _found(nlp, sentence)["Jane Roe"][0] is Kind.OFFICIAL, sentence


# furniture: an agency alone in square brackets at a line's end is a picture's credit


def test_an_agency_alone_in_brackets_closing_a_caption_is_furniture(nlp):
    text = "Hostage freed in the south\n\nJane Roe, left, with a fellow hostage held by the group [Reuters]\n"
    spans = [text[a:b] for a, b in furniture_ranges(text)]
    assert any("[Reuters]" in s for s in spans)
    found = by_text(extract(nlp, text))
    assert "Reuters" not in found


def test_an_agency_in_brackets_inside_a_sentence_is_kept(nlp):
    text = "Talks resume\n\nJane Roe told [Reuters] on Monday that the talks would resume in Geneva.\n"
    assert not any("Reuters" in text[a:b] for a, b in furniture_ranges(text))


# the knowledge base's demonyms: "Filipina", the feminine of "Filipino", is the Philippines


def test_filipina_is_the_philippines(nlp):
    found = _found(nlp, "The gunmen also seized a Filipina woman and two Canadian men from the resort.")
    assert found["Filipina"] == (Kind.STATE, "Philippines")


# lexicon non_entities: "AI" (artificial intelligence) alone is a general word, no body


def test_ai_alone_is_no_body(nlp):
    found = _found(nlp, "Shares fell after the launch of rival AI models, and regulators are looking into the AI firm.")
    assert "AI" not in found


# lexicon furniture_lines: a teaser link's heading in capitals ("READ MORE: <another story's headline>")


def test_a_read_more_teaser_in_capitals_is_furniture(nlp):
    text = HEADLINE + "Kenya said its navy boarded a tanker.\n\nREAD MORE: Why Turkey and Egypt quarrel over gas\n"
    names = set(by_text(extract(nlp, text)))
    assert "Kenya" in names and not names & {"Turkey", "Egypt"}


def test_read_more_without_a_colon_stays_text(nlp):
    text = HEADLINE + "Kenya said its navy boarded a tanker.\n\nREAD MORE about Turkey in the report, officials said.\n"
    assert not any("Turkey" in text[a:b] for a, b in furniture_ranges(text))
