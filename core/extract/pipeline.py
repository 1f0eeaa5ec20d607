"""Extraction: spaCy over each document, then entity and relation rules on the parsed text.

The model loads once per process (``load_nlp``). The rules read a copy of the text without invisible characters
(``clean``); every offset they give is mapped back to the text as read. A long text is parsed in pieces of about
``CHUNK_CHARS`` cut on paragraph or sentence boundaries, streamed through ``nlp.pipe`` and joined into one parsed
document, so the rules still see the whole document (a surname on page 200 joins the full name on page 3) while
the parser never holds more than one piece. A document whose rules fail becomes a ``Problem`` for that document
alone, so the documents around it are still extracted.
"""

from __future__ import annotations

import gc
import logging
from bisect import bisect_left
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

import numpy
from spacy.tokens import Doc

from core.extract.clean import Cleaned, clean
from core.extract.entities import find_entities
from core.extract.excerpt_ends import join_cut_names
from core.extract.line_end_names import without_line_end_bodies
from core.extract.nlp import doc_text, load_nlp
from core.extract.relations import find_relations
from core.extract.repeated_names import repeat_mentions
from core.model import DocExtraction, Document, LocalEntity, LocalRelation, Problem, Span

log = logging.getLogger(__name__)
T = TypeVar("T")

CHUNK_CHARS = 20_000  # about 3,000 words: a second or so of parsing, so a cancel never waits long
# short documents parsed together (``parse_ahead``): twice a piece, as each call of ``nlp.pipe`` costs its own
# setting up (a batch of 40,000 characters parsed 3-5% quicker than two of 20,000; the parse is the same)
BATCH_CHARS = 40_000
# where a piece may end, best first: after a blank line, a line break, a sentence, a word
_CUTS = ("\n\n", "\n", ". ", " ")
# what the joined document keeps of each piece: the parse and the named entities (no tok2vec tensor, which at
# 96 floats per token would cost some 400 MB for a five-million-character report)
_CLEANED = "entente_cleaned"  # ``doc.user_data`` key: the ``Cleaned`` text ``parse_ahead`` parsed
_MERGED_ATTRS = ("NORM", "LEMMA", "TAG", "POS", "MORPH", "HEAD", "DEP", "SENT_START", "ENT_IOB", "ENT_TYPE",
                 "ENT_KB_ID", "ENT_ID")


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The rules over one document (one piece) allocate many small objects and no long-lived cycles: the cyclic
    collector's passes during them are wasted work (3-10% of the rules' time), so it waits until they end; the
    document's garbage is collected at the next pass after, in whatever process runs them (nothing stays disabled)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def extract_doc(doc: Doc, pieces: Sequence[Piece] | None = None) -> DocExtraction:
    """The rules over one parsed document; relations are read piece by piece when it was parsed in pieces."""
    return finish(_rules(doc, pieces))


def _rules(doc: Doc, pieces: Sequence[Piece] | None) -> Generator[Step, None, DocExtraction]:
    if not pieces or len(pieces) == 1:
        with _no_cycle_collection():
            entities = _entities(doc)
            return DocExtraction(entities=entities, relations=find_relations(doc, entities))
    yield Step("finding names in", 0, 0)
    entities = _entities(doc)
    relations = yield from _relations_by_piece(doc, entities, pieces)
    return DocExtraction(entities=entities, relations=relations)


def _entities(doc: Doc) -> list[LocalEntity]:
    text = doc_text(doc)
    return without_line_end_bodies(text, repeat_mentions(text, join_cut_names(text, find_entities(doc))))


def _relations_by_piece(
    doc: Doc, entities: list[LocalEntity], pieces: Sequence[Piece]
) -> Generator[Step, None, list[LocalRelation]]:
    """Ties are stated inside a sentence, so each piece is read alone (some relation rules look back over the
    whole document from every mention, which over a thousand pages would take hours); the entities stay the
    whole document's, so a tie in the last piece still names the person introduced in the first."""
    ordered = sorted(
        ((m.start, m.end, m.text, ei) for ei, e in enumerate(entities) for m in e.mentions), key=lambda m: m[0]
    )
    starts = [m[0] for m in ordered]
    relations: list[LocalRelation] = []
    for done, piece in enumerate(pieces, start=1):
        local = [LocalEntity(e.name, e.kind, []) for e in entities]
        inside = ordered[bisect_left(starts, piece.char_start) : bisect_left(starts, piece.char_end)]
        for start, end, text, ei in inside:
            if end <= piece.char_end:
                local[ei].mentions.append(Span(start - piece.char_start, end - piece.char_start, text))
        shift = piece.char_start
        for r in find_relations(doc[piece.token_start : piece.token_end].as_doc(), local):
            e = r.evidence
            relations.append(
                LocalRelation(r.source, r.target, r.type, r.family, Span(e.start + shift, e.end + shift, e.text))
            )
        yield Step("reading ties in", done, len(pieces))
    return relations


def chunk_bounds(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` pieces covering ``text`` exactly, each at most ``size`` characters where it can be cut.

    A piece ends after a blank line when one falls in its second half, else after a line break, a sentence
    end or a space; only a run of ``size`` characters without any of those is cut where it stands.
    """
    size = size or CHUNK_CHARS
    bounds: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        end = start + size
        for cut in _CUTS:
            at = text.rfind(cut, start + size // 2, end)
            if at >= 0:
                end = at + len(cut)
                while end < n and text[end] in " \n" and end - start < size:  # whitespace stays with the piece before
                    end += 1
                break
        bounds.append((start, end))
        start = end
    bounds.append((start, n))
    return bounds


@dataclass(frozen=True, slots=True)
class Step:
    """Progress inside one long document: ``what`` is being done, at part ``done`` of ``total`` (0: no count)."""

    what: str
    done: int
    total: int

    def __str__(self) -> str:
        return f"{self.what} part {self.done} of {self.total}" if self.total else f"{self.what} the whole text"


@dataclass(frozen=True, slots=True)
class Piece:
    """Where one parsed piece sits in the joined document: its tokens and its characters."""

    token_start: int
    token_end: int
    char_start: int
    char_end: int


class _JoinedDoc(Doc):
    """A document joined from parsed pieces that keeps its text: spaCy's ``Doc.text`` joins every token anew on
    each read, and the rules read it once per candidate, which over a million tokens takes hours."""

    _joined_text: str

    @property
    def text(self) -> str:
        return self._joined_text

    @property
    def text_with_ws(self) -> str:
        return self._joined_text


def _join(pieces: list[Doc], text: str) -> _JoinedDoc:
    """``Doc.from_docs`` for pieces cut out of ``text``, keeping only what the rules read (see ``_MERGED_ATTRS``)."""
    words = [t.text for piece in pieces for t in piece]
    spaces = [bool(t.whitespace_) for piece in pieces for t in piece]
    doc = _JoinedDoc(pieces[0].vocab, words=words, spaces=spaces)
    doc._joined_text = text
    doc.from_array(list(_MERGED_ATTRS), numpy.concatenate([piece.to_array(list(_MERGED_ATTRS)) for piece in pieces]))
    return doc


def parse(text: str) -> Generator[Step, None, tuple[Doc, list[Piece]]]:
    """Parse ``text``, yielding a ``Step`` after each piece of a long text.

    Returns the parsed document and where its pieces are (one piece for a short text).
    """
    nlp = load_nlp()
    bounds = chunk_bounds(text)
    if len(bounds) == 1:
        doc = nlp(text)
        return doc, [Piece(0, len(doc), 0, len(text))]
    parsed: list[Doc] = []
    pieces: list[Piece] = []
    tokens = 0
    for (start, end), piece in zip(bounds, nlp.pipe((text[a:b] for a, b in bounds), batch_size=1), strict=True):
        piece.tensor = numpy.empty((0, 0), dtype="float32")  # the tok2vec tensor: 96 floats per token, unused
        parsed.append(piece)
        pieces.append(Piece(tokens, tokens + len(piece), start, end))
        tokens += len(piece)
        yield Step("parsing", len(parsed), len(bounds))
    doc = _join(parsed, text)
    if Doc.text.__get__(doc) != text:  # every offset rests on the pieces covering the text exactly
        raise ValueError("the parsed pieces do not add up to the text")
    return doc, pieces


def parse_ahead(documents: Sequence[Document], start: int) -> dict[int, Doc]:
    """The short documents from ``start`` on parsed together, by index, up to about ``BATCH_CHARS`` of text.

    spaCy parses a batch through ``nlp.pipe`` some 5-10% quicker than one call per text, and the parse is the same
    (tensors and all); the batch ends before a long document (parsed in pieces by ``parse``) and after about a
    two seconds of parsing, so a cancel between documents never waits long. If the batch fails, each document is
    parsed again on its own, so a text that breaks the parser costs only itself.
    """
    texts: dict[int, str] = {}
    cleaned: list[Cleaned] = []
    size = 0
    for index in range(start, len(documents)):
        done = clean(documents[index].text)
        text = done.text
        if len(text) > CHUNK_CHARS or (texts and size + len(text) > BATCH_CHARS):
            break
        texts[index] = text
        cleaned.append(done)
        size += len(text)
    if len(texts) < 2:
        return {}
    try:
        parsed = list(load_nlp().pipe(texts.values(), batch_size=len(texts)))
    except Exception:  # the documents are parsed one by one instead, each failing alone
        log.exception("a batch of %d documents could not be parsed together", len(texts))
        return {}
    for doc, done in zip(parsed, cleaned, strict=True):
        doc.user_data[_CLEANED] = done  # ``extract_steps`` need not clean the text again
    return dict(zip(texts, parsed, strict=True))


def extract_steps(text: str, parsed: Doc | None = None) -> Generator[Step, None, DocExtraction]:
    """Extract one text, yielding a ``Step`` now and then while a long one is read; offsets are into ``text``.

    ``parsed`` is the parse of ``clean(text).text`` when it was made ahead (``parse_ahead``).
    """
    cleaned = parsed.user_data.get(_CLEANED) if parsed is not None else None
    if cleaned is None or cleaned.original is not text:
        cleaned = clean(text)
    if parsed is None:
        doc, pieces = yield from parse(cleaned.text)
    else:
        doc, pieces = parsed, [Piece(0, len(parsed), 0, len(cleaned.text))]
    try:
        extraction = yield from _rules(doc, pieces)
    finally:
        # the rules' per-document tables (``nlp.doc_tokens`` …) hold tokens and spans that point back at the
        # document: dropped here, the document is freed at once instead of by the cycle collector's full passes
        doc.user_data.clear()
    return to_original(extraction, cleaned) if cleaned.changed else extraction


def to_original(extraction: DocExtraction, cleaned: Cleaned) -> DocExtraction:
    """The extraction of ``cleaned.text`` with every span moved onto ``cleaned.original``."""
    original = cleaned.original

    def moved(span: Span) -> Span:
        start, end = cleaned.span(span.start, span.end)
        return Span(start, end, original[start:end])

    entities = [LocalEntity(e.name, e.kind, [moved(m) for m in e.mentions]) for e in extraction.entities]
    relations = [
        LocalRelation(r.source, r.target, r.type, r.family, moved(r.evidence)) for r in extraction.relations
    ]
    return DocExtraction(entities, relations)


def extract_one(document: Document, parsed: Doc | None = None) -> Generator[Step, None, DocExtraction | Problem]:
    """``extract_steps`` for a stored document; a failure becomes a ``Problem`` for that document alone."""
    try:
        return (yield from extract_steps(document.text, parsed))
    except Exception as exc:  # a rule's bug must cost one document, not the whole add; the log keeps the trace
        log.exception("extraction failed for %s", document.path)
        return Problem(document.path, f"could not be extracted ({type(exc).__name__}); the others were")


def finish(steps: Generator[object, None, T]) -> T:
    """Run ``steps`` to its end and return its result."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def extract_documents(documents: Iterable[Document], batch_size: int = 1) -> Iterator[DocExtraction | Problem]:
    """One result per document, in order; lazily, so callers can report progress and cancel between documents."""
    del batch_size  # short documents are parsed in batches of about CHUNK_CHARS of text (``parse_ahead``)
    documents = list(documents)
    ahead: dict[int, Doc] = {}
    for index, document in enumerate(documents):
        if index not in ahead:
            ahead = parse_ahead(documents, index)
        yield finish(extract_one(document, ahead.pop(index, None)))


def extract_text(text: str) -> DocExtraction:
    """Extract one text; for tests and quick checks."""
    return finish(extract_steps(text))
