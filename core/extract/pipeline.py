"""Extraction: spaCy over each document, then entity and relation rules on the parsed text.

The model loads once per process (``load_nlp``); documents stream through ``nlp.pipe``. A document whose
rules fail becomes a ``Problem`` for that document alone, so the documents around it are still extracted.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from core.extract.entities import find_entities
from core.extract.nlp import load_nlp
from core.extract.relations import find_relations
from core.model import DocExtraction, Document, Problem

log = logging.getLogger(__name__)


def extract_doc(doc: Doc) -> DocExtraction:
    entities = find_entities(doc)
    return DocExtraction(entities=entities, relations=find_relations(doc, entities))


def extract_documents(documents: Iterable[Document], batch_size: int = 8) -> Iterator[DocExtraction | Problem]:
    """One result per document, in order; lazily, so callers can report progress and cancel."""
    nlp = load_nlp()
    documents = list(documents)
    for document, doc in zip(documents, nlp.pipe((d.text for d in documents), batch_size=batch_size), strict=True):
        try:
            yield extract_doc(doc)
        except Exception as exc:  # a rule's bug must cost one document, not the whole add; the log keeps the trace
            log.exception("extraction failed for %s", document.path)
            yield Problem(document.path, f"could not be extracted ({type(exc).__name__}); the others were")


def extract_text(text: str) -> DocExtraction:
    """Extract one text; for tests and quick checks."""
    return extract_doc(load_nlp()(text))
