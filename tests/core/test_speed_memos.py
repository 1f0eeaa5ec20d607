"""Work shared or kept instead of done again (round BB's speed pass): each shortcut must give exactly what the long
way gives. The sentence-boundary component reads only the tokens that can start a sentence, the furniture of a text
is found once for its two readers, the known-term look-up, ``den_all``, ``passive`` and ``unasserted`` are kept per
word or token, and the whole-document scans skip the tokens a rule's first test would refuse.

Every sentence here is invented.
"""

from __future__ import annotations

import spacy

from core.extract import furniture
from core.extract.entities import find_entities
from core.extract.kb import lookup
from core.extract.nlp import doc_text, line_breaks
from core.extract.rank_stops import rank_ends
from core.extract.relations import find_relations
from core.extract.relations.clauses import Clauses
from core.extract.relations.syntax import unasserted
from core.extract.web_names import merge_glued_domains

TEXT = (
    "Norland and Vireo sign pact\n\n"
    "Jane Roe, the foreign minister of Norland, met her counterpart in Vireo on Monday.\n"
    "Photo: Acme Images\n\n"
    "Vireo was not consulted by Norland, Kestrel.Az reported, and the talks were held in the capital.\n"
    "U.S. officials welcomed the deal."
)


def _sentence_starts(doc) -> list[bool]:
    return [t.is_sent_start for t in doc]


def _old_line_breaks(doc, single_ends: bool) -> None:
    """The component's loop as it read every token (before the speed pass)."""
    before = doc[0]
    for token in doc[1:]:
        gap = before.text + before.whitespace_ if before.is_space else before.whitespace_
        if gap.count("\n") >= 2 or (single_ends and "\n" in gap):
            token.is_sent_start = True
        elif before.is_sent_start and before.text in {"U.S.", "U.N.", "U.K.", "E.U."} and token.text[:1].isupper():
            token.is_sent_start = False
        before = token


def test_the_line_break_scan_marks_what_the_token_by_token_scan_marked(nlp):
    tokenizer = nlp.tokenizer
    quick = line_breaks(tokenizer(TEXT))
    slow = tokenizer(TEXT)
    slow = merge_glued_domains(slow)
    _old_line_breaks(slow, single_ends=True)
    rank_ends(slow)
    assert [t.text for t in quick] == [t.text for t in slow]
    # the lead handling (``_lede_starts``) only adds starts after page furniture; this text has a credit line only
    assert _sentence_starts(quick)[: len(slow)] == _sentence_starts(slow)
    assert doc_text(quick) == quick.text == TEXT


def test_the_text_kept_by_the_component_is_the_documents_text(nlp):
    doc = nlp("Acme.com said  on Friday.\n\n\nJane Roe left Norland .")
    assert doc_text(doc) == doc.text


def test_a_single_line_break_in_hard_wrapped_prose_starts_no_sentence():
    nlp = spacy.blank("en")
    wrapped = "\n".join(["Jane Roe of Norland said the talks with Vireo went on"] * 6)
    doc = line_breaks(nlp(wrapped))
    assert not any(t.is_sent_start for t in doc[1:])  # (a negative: the line breaks alone start nothing)


def test_furniture_is_the_same_list_each_time_and_each_caller_owns_its_copy():
    first = furniture.furniture_ranges(TEXT)
    assert first == list(furniture._furniture_ranges.__wrapped__(TEXT))
    first.append((0, 1))
    assert furniture.furniture_ranges(TEXT) != first  # a caller's change stays its own
    assert furniture.furniture_ranges(TEXT) == furniture.furniture_ranges(TEXT + "")


def test_a_known_term_is_looked_up_once_and_the_same_each_time():
    assert lookup("Norland") is lookup("Norland")  # (no such state: None both times)
    assert lookup("France") is not None and lookup("France") is lookup("France")
    assert lookup("Co-operation Council") is lookup.__wrapped__("Co-operation Council")


def test_passive_and_unasserted_kept_per_token_read_as_before(nlp):
    doc = nlp("Vireo was not consulted by Norland. Norland may sanction Vireo. Roe praised the deal.")
    for t in doc:
        if t.pos_ in ("VERB", "AUX"):
            assert Clauses.passive(t) == Clauses._passive(t)
            assert unasserted(t) == unasserted(t)
    consulted = next(t for t in doc if t.text == "consulted")
    praised = next(t for t in doc if t.text == "praised")
    assert Clauses.passive(consulted) and unasserted(consulted)
    assert not Clauses.passive(praised) and not unasserted(praised)


def test_the_rules_read_a_document_the_same_twice(nlp):
    # the per-document memos (columns, den_all, passive, unasserted) must not change a second reading
    doc = nlp(TEXT)
    entities = find_entities(doc)
    first = find_relations(doc, entities)
    again = find_relations(doc, find_entities(doc))
    assert [(r.source, r.target, r.type, r.family) for r in first] == [
        (r.source, r.target, r.type, r.family) for r in again
    ]
    fresh = nlp(TEXT)
    assert [(r.source, r.target, r.type) for r in find_relations(fresh, find_entities(fresh))] == [
        (r.source, r.target, r.type) for r in first
    ]


def test_words_in_finds_what_a_token_by_token_scan_finds_and_nothing_in_a_sentence_without_them(nlp):
    from core.extract.relations.syntax import words_in

    doc = nlp("Norland will sanction Vireo. Roe left early.")
    first, second = list(doc.sents)
    words = frozenset({"sanction", "vireo"})
    assert [t.i for t in words_in(list(first), words)] == [t.i for t in first if t.lower_ in words]
    assert list(words_in(list(second), words)) == []  # (a negative: the quick answer for a sentence without them)
    assert [t.text for t in words_in(list(first), frozenset({"sanction"}), lemma=True)] == ["sanction"]


def test_words_or_lemmas_in_finds_what_a_token_by_token_scan_finds(nlp):
    from core.extract.relations.syntax import words_or_lemmas_in

    doc = nlp("Norland cited the report based on Vireo's figures. Roe left early.")
    first, second = list(doc.sents)
    words, lemmas = frozenset({"based"}), frozenset({"cite"})
    slow = [t.i for t in first if t.lower_ in words or t.lemma_.lower() in lemmas]
    assert [t.i for t in words_or_lemmas_in(list(first), words, lemmas)] == slow
    assert [t.text for t in words_or_lemmas_in(list(first), words, lemmas)] == ["cited", "based"]
    assert words_or_lemmas_in(list(second), words, lemmas) == []  # (a negative: neither a word nor a lemma)
    gapped = [t for t in first if t.text != "the"]  # not one stretch of the document: each token is read
    assert [t.i for t in words_or_lemmas_in(gapped, words, lemmas)] == slow


def test_the_token_range_of_characters_is_what_char_span_gives(nlp):
    from core.extract.nlp import token_range

    doc = nlp("The tanker Sea Lark left Norland's port, said Jane Roe.")
    text = doc_text(doc)
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            span = doc.char_span(start, end)
            assert token_range(doc, start, end) == (None if span is None else (span.start, span.end))


def test_word_positions_are_the_one_token_matches_of_the_pattern(nlp):
    import re

    from core.extract.news_kinds import word_positions

    doc = nlp("The Norland-led coalition (NLC) met; the led group and Vireo-led talks went on.")
    pattern = re.compile(r"\((?=\s*[A-Z]{3,}\s*\))|(?<![\w.])(?:led|Norland-led|coalition talks)(?![\w])", re.I)
    slow = []
    for m in pattern.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1:
            slow.append(span.start)
    assert word_positions(doc, pattern, doc_text(doc)) == slow
    # ('Norland-led' is three tokens: the one-token match is its 'led'; 'coalition talks' is never written)
    assert [doc[i].text for i in slow] == ["(", "led", "led"]


def test_space_names_are_searched_only_in_a_text_with_their_words(nlp):
    from core.extract.space_works import space_blocks

    doc = nlp("The satellite Orlan was launched from the Kestrel Space Centre near the Vireo Dam (VRD).")
    mentions, names = space_blocks(doc)
    assert {"Orlan", "VRD"} <= names and mentions
    plain = nlp("Jane Roe of Norland met Vireo's minister at the Kestrel Centre.")
    assert space_blocks(plain) == ([], set())  # (a negative: none of the words, nothing found)


def test_columns_of_words_never_read_before_are_the_tokens_own(nlp):
    from core.extract.nlp import doc_column, doc_lemma_lower

    doc = nlp("Quarvenzil Dromathe of Norland met Ustrovane Pellicor in Vireo on Monday.")  # new strings for the table
    for attr in ("text", "lower_", "lemma_", "ent_type_", "pos_", "dep_"):
        assert doc_column(doc, attr) == [getattr(t, attr) for t in doc]
    assert doc_lemma_lower(doc) == [t.lemma_.lower() for t in doc]


def test_each_tokens_kept_sentence_is_its_own_sentence(nlp):
    from core.extract.nlp import doc_sents

    doc = nlp("Jane Roe met Vireo's envoy.\n\nNorland said nothing. Talks go on")
    for t in doc:
        assert (doc_sents(doc)[t.i].start, doc_sents(doc)[t.i].end) == (t.sent.start, t.sent.end)
