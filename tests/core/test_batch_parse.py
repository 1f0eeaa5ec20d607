"""Short documents parsed together (``pipeline.parse_ahead``) give exactly what one document at a time gives."""

from __future__ import annotations

import numpy
import pytest

from core.extract import pipeline
from core.extract.clean import clean
from core.extract.nlp import load_nlp
from core.model import Document

TEXTS = [
    "North Korea sends officials to Cuba\n\nHAVANA (Reuters) - Ri Yong Ho, the Foreign Minister of North Korea, "
    "met Cuban President Miguel Diaz-Canel in Havana on Monday.",
    "The tanker Ocean Star, sailing under a Liberian flag, was seized by the Iranian navy in the Strait of Hormuz.",
    "The European Union sanctioned the Russian shipping firm Sovcomflot and its chief executive, Igor Tonkovidov.",
]
ATTRS = ["ORTH", "LEMMA", "TAG", "POS", "HEAD", "DEP", "SENT_START", "ENT_IOB", "ENT_TYPE"]


def _documents(texts: list[str]) -> list[Document]:
    return [Document(sha256=f"s{i}", path=f"d{i}.txt", title=f"d{i}", text=t) for i, t in enumerate(texts)]


def test_a_batch_parses_as_one_text_at_a_time() -> None:
    documents = _documents(TEXTS)
    ahead = pipeline.parse_ahead(documents, 0)
    assert sorted(ahead) == [0, 1, 2]
    nlp = load_nlp()
    for index, parsed in ahead.items():
        alone = nlp(clean(documents[index].text).text)
        assert numpy.array_equal(parsed.to_array(ATTRS), alone.to_array(ATTRS))
        assert numpy.array_equal(parsed.tensor, alone.tensor)


def test_extract_documents_gives_what_each_text_gives_alone() -> None:
    together = list(pipeline.extract_documents(_documents(TEXTS)))
    assert together == [pipeline.extract_text(t) for t in TEXTS]
    assert any(e.name == "Cuba" for e in together[0].entities)


def test_a_batch_ends_before_a_long_document_and_after_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 250)
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 250)
    long = "The Navy said so. " * 20  # longer than a piece: parsed in pieces on its own
    documents = _documents([TEXTS[1], TEXTS[2], long, TEXTS[1], TEXTS[1], TEXTS[1]])
    assert sorted(pipeline.parse_ahead(documents, 0)) == [0, 1]
    assert pipeline.parse_ahead(documents, 2) == {}
    assert sorted(pipeline.parse_ahead(documents, 3)) == [3, 4]  # a third would pass 250 characters


def test_a_batch_that_fails_leaves_each_document_to_be_parsed_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_nlp()

    def broken(*_args, **_kwargs):
        raise RuntimeError("the parser broke")

    monkeypatch.setattr(type(nlp), "pipe", broken)
    documents = _documents(TEXTS)
    assert pipeline.parse_ahead(documents, 0) == {}
    results = list(pipeline.extract_documents(documents))
    assert all(r.entities for r in results)
