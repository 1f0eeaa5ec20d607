"""Long names of bodies cut at an inner "for", "in" or "&" are joined back; names glued across a spaced list comma
are parted; a known body's name spelled "Cooperation" or over nine words is found (invented texts)."""

from __future__ import annotations

from spacy.tokens import Span

from core.extract.coref import Mention
from core.extract.spelled_names import spelled_names
from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _named(found) -> dict[str, Kind]:
    return {e.name: e.kind for e in found}


def test_a_body_spelled_whole_by_the_acronym_after_it_is_one_name(nlp):
    text = HEADLINE + (
        "Canadians for Liberty & Civil Rights in Norland (CLCRN), a group based abroad, said on Monday that the "
        "activist had been detained."
    )
    named = _named(extract(nlp, text))
    assert named.get("Canadians for Liberty & Civil Rights in Norland") is Kind.PARTY, named


def test_a_body_for_something_in_a_place_named_with_a_head_word_is_one_name(nlp):
    text = HEADLINE + (
        "Jane Roe, a director of the Campaign for Justice in Hong Kong Foundation, condemned the arrest warrants "
        "issued on Monday."
    )
    named = _named(extract(nlp, text))
    assert named.get("Campaign for Justice in Hong Kong Foundation") is Kind.PARTY, named


def test_names_glued_across_a_spaced_list_comma_are_parted(nlp):
    doc = nlp("Stakeholders including Valtaro , Kemmiko and Brusta own two thirds.")
    doc.ents = [Span(doc, 2, 5, label="ORG")]
    glued = Mention(2, 5, Kind.OFFICIAL, None, 2, "person")
    parted = spelled_names(doc, [glued])
    assert [(doc[m.start : m.end].text, m.kind) for m in parted] == [("Valtaro", Kind.PARTY), ("Kemmiko", Kind.PARTY)]
    assert spelled_names(doc, [Mention(2, 3, Kind.PARTY, None, 2, "org")])[0].end == 3  # a name without a comma stays


def test_a_known_body_written_cooperation_and_over_nine_words_is_known(nlp):
    text = HEADLINE + (
        "This is stated in the report of the Organisation for Security and Cooperation in Europe. It was "
        "released by the Organization for Security and Co-operation in Europe on Monday."
    )
    named = _named(extract(nlp, text))
    assert named.get("Organization for Security and Co-operation in Europe") is Kind.PARTY, named
    assert not [n for n in named if n.endswith("Co") or n.endswith("Cooperation")], named


def test_a_peoples_plural_for_a_body_is_one_body(nlp):
    text = HEADLINE + (
        "Jane Roe, a US and Canadian citizen, is associated with Armenians for Peace, a New York-based group "
        "advocating secession."
    )
    named = _named(extract(nlp, text))
    assert named.get("Armenians for Peace") is Kind.PARTY, named
    assert "Peace" not in named and "Armenia" not in named, named


def test_a_body_the_model_reads_whole_cut_at_for_is_one_name(nlp):
    text = HEADLINE + (
        "The toll could be much higher, including 5,840 children, according to The Defence for Refugees "
        "International."
    )
    named = _named(extract(nlp, text))
    assert named.get("Defence for Refugees International") is Kind.PARTY, named


def test_a_people_blamed_for_a_bodys_acts_is_no_part_of_its_name(nlp):
    found = _named(extract(nlp, "Russia blamed Ukrainians for Azov Battalion attacks on Monday."))
    assert not any(name.startswith("Ukrainians for") for name in found), found


class _Counted(list):
    """A list that counts the scans made over it."""

    scans = 0

    def __iter__(self):
        type(self).scans += 1
        return super().__iter__()


def test_bodies_read_whole_index_the_mentions_once(nlp):
    # round AZ (x-tidy64): one scan of the mentions, not one per body the model read whole
    from core.extract.spelled_names import _bodies_for

    doc = nlp(
        "The International Atomic Energy Agency, the World Health Organization and the United Nations Development "
        "Programme met in Geneva."
    )
    chosen = _Counted(Mention(e.start + 1, e.end, Kind.PARTY, None, 0, "org") for e in doc.ents if e.label_ == "ORG")
    before = list(chosen)
    _Counted.scans = 0
    after = _bodies_for(doc, chosen)
    assert _Counted.scans == 1
    assert after == before
