"""Extraction: spaCy over each document, then entity and relation rules on the parsed text.

The model loads once per process (``load_nlp``); documents stream through ``nlp.pipe``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from core.extract.entities import find_entities
from core.extract.nlp import load_nlp
from core.extract.relations import find_relations
from core.model import DocExtraction, Document

__all__ = ["extract_documents", "extract_text", "load_nlp"]


def extract_documents(documents: Iterable[Document], batch_size: int = 8) -> Iterator[DocExtraction]:
    """One ``DocExtraction`` per document, in order; lazily, so callers can report progress."""
    nlp = load_nlp()
    for doc in nlp.pipe((d.text for d in documents), batch_size=batch_size):
        entities = find_entities(doc)
        yield DocExtraction(entities=entities, relations=find_relations(doc, entities))


def extract_text(text: str) -> DocExtraction:
    """Extract one text; for tests and quick checks."""
    doc = load_nlp()(text)
    entities = find_entities(doc)
    return DocExtraction(entities=entities, relations=find_relations(doc, entities))
