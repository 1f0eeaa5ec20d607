"""Whole-document scans over token columns (nlp.doc_column): a cheap prefilter must admit every token the rule's
body reacts to, and a long document (past TABLE_TOKENS) must read the same as a short one.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from core.extract import nlp as nlp_module
from core.extract.entities import find_entities
from core.extract.firms import legal_form_firms
from core.extract.relations import find_relations


@pytest.mark.parametrize("firm", ["ZAO Kestrel", "OAO Vireo", "PT Samudra Lintas"])
def test_a_legal_form_only_written_before_the_name_opens_a_firm(nlp, firm):
    # 'ZAO', 'OAO', 'PT' are leading legal forms only (not trailing ones nor trade words): the token scan must
    # still stop at them
    doc = nlp(f"The tanker was chartered by {firm} last year, port records show.")
    assert firm in {doc[m.start : m.end].text for m in legal_form_firms(doc)}


TEXT = (
    "Tanker seized near the strait\n\n"
    "The Chinese coast guard boarded the tanker Ocean Vireo on Monday, and Beijing's foreign ministry said the ship "
    "had broken Chinese law. Philippine Foreign Secretary Enrique Manalo condemned the boarding and met the "
    "Japanese ambassador in Manila. The vessel is owned by ZAO Kestrel Marine and managed by Lintas Shipping LLC. "
    "The 7th Fleet sent the destroyer USS Halsey, according to the U.S. Navy. The two countries signed a defence "
    "pact in May. Manalo said the ministry would protest."
)


def _read(nlp) -> tuple[list, list]:
    doc = nlp(TEXT)  # a new Doc: the columns are kept per document
    entities = find_entities(doc)
    relations = find_relations(doc, entities)
    return (
        sorted((e.name, e.kind.value, tuple(m.start for m in e.mentions)) for e in entities),
        sorted((r.source, r.target, r.type, r.family.value, r.evidence.start) for r in relations),
    )


def test_a_long_document_reads_the_same_as_a_short_one(nlp, monkeypatch):
    short = _read(nlp)
    monkeypatch.setattr(nlp_module, "TABLE_TOKENS", 0)  # every document now takes the long-document path
    doc = nlp("A ship.")
    assert nlp_module.doc_tokens(doc) is doc  # no token table: the rules index the Doc itself
    assert _read(nlp) == short
    assert short[0] and short[1]
