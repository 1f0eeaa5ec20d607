"""Entity classes from the first run of blind31 (issue #11, round Z), each on invented sentences."""

from __future__ import annotations

from core.extract.furniture import furniture_ranges
from core.extract.people import person_end
from core.extract.titled import person_owns
from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def _labelled(nlp, text: str, labels: list[tuple[str, str]]):
    """The parse of ``text`` with the model's names set by hand (the quirk a real page showed, on invented names)."""
    doc = nlp(text)
    spans = []
    for words, label in labels:
        at = text.index(words)
        spans.append(doc.char_span(at, at + len(words), label=label))
    doc.ents = spans
    return doc


def test_a_peoples_possessive_inside_a_fronts_name_is_no_persons_owner(nlp):
    doc = _labelled(
        nlp,
        "They banned the Ruritania People\u2019s Liberation Front (RPLF) on Monday.",
        [("Ruritania People\u2019s Liberation Front", "PERSON")],
    )
    assert not person_owns(doc, 3, 5, 8)


def test_a_persons_possessive_before_a_firm_is_the_owner(nlp):
    doc = _labelled(nlp, "They sanctioned billionaire Jane Roe\u2019s Acme Group on Monday.", [("Jane Roe", "PERSON")])
    assert person_owns(doc, 3, 5, 8)


def test_a_surname_the_model_took_for_a_place_closes_the_name(nlp):
    doc = _labelled(
        nlp,
        "Foreign Minister Amir Khan Zahedi thanked Ruritania for the step.",
        [("Amir Khan", "PERSON"), ("Zahedi", "GPE")],
    )
    assert person_end(doc, 4, [False] * len(doc)) == 5


def test_an_agency_in_capitals_and_its_photographer_close_a_caption():
    text = (
        "The minister rises during the debate, Monday, June 17, 2024 in Ottawa. THE CANADIAN PRESS/Jane Roe\n"
        "The leaders shake hands in Johannesburg, 24 August 2023. EPA-EFE/JANE ROE\n"
    )
    spans = [text[s:e] for s, e in furniture_ranges(text)]
    assert any("CANADIAN PRESS/Jane Roe" in s for s in spans)
    assert any("EPA-EFE/JANE ROE" in s for s in spans)


def test_a_press_pools_credit_in_brackets_is_furniture():
    text = "The two leaders met at the border village.\n(Ruritania Summit Press Pool)\nThey talked for an hour.\n"
    spans = [text[s:e] for s, e in furniture_ranges(text)]
    assert any("Summit Press Pool" in s for s in spans)


def test_a_laws_acronym_after_its_year_names_the_law_not_a_body(nlp):
    text = HEADLINE + (
        "Under Section 3 of the Maritime Zones (Protection) Act, 1967 (MZPA), the group is banned for five years."
        " So far the ministry has banned 42 groups under the MZPA.\n"
    )
    assert "MZPA" not in by_text(extract(nlp, text))


def test_an_initial_without_its_full_stop_opens_the_name(nlp):
    text = HEADLINE + "Party general secretary A Rahim Karimov said the ban was wrong.\n"
    found = by_text(extract(nlp, text))
    assert found["A Rahim Karimov"][0] is Kind.OFFICIAL


def test_a_sentences_article_is_no_initial(nlp):
    text = HEADLINE + "A Ruritanian frigate shadowed the tanker. A Jane Roe was not aboard.\n"
    assert "A Jane Roe" not in by_text(extract(nlp, text))
