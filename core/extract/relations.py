"""Relations of one parsed document (baseline: co-occurrence in a sentence)."""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Doc

from core.model import Family, LocalEntity, LocalRelation, Span


def find_relations(doc: Doc, entities: list[LocalEntity]) -> list[LocalRelation]:
    relations: list[LocalRelation] = []
    for sent in doc.sents:
        present = sorted(
            {i for i, e in enumerate(entities) for m in e.mentions if sent.start_char <= m.start < sent.end_char}
        )
        evidence = Span(sent.start_char, sent.end_char, sent.text)
        for a, b in combinations(present, 2):
            relations.append(LocalRelation(a, b, "associated with", Family.ASSOCIATION, evidence))
    return relations
