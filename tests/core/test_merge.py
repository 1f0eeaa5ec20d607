"""Local relations → project-wide relations."""

from __future__ import annotations

from core.merge import merge_relations
from core.model import DocExtraction, Family, Kind, LocalEntity, LocalRelation, Span
from core.resolve import ResolvedEntity

A, B = 0, 1


def doc(*relations: LocalRelation) -> DocExtraction:
    return DocExtraction([LocalEntity("Cuba", Kind.STATE), LocalEntity("Venezuela", Kind.STATE)], list(relations))


def rel(source: int, target: int, family: Family, start: int, type_: str = "t") -> LocalRelation:
    return LocalRelation(source, target, type_, family, Span(start, start + 1, "x"))


ENTITIES = [
    ResolvedEntity("Cuba", Kind.STATE, members=[(1, A), (2, A)]),
    ResolvedEntity("Venezuela", Kind.STATE, members=[(1, B), (2, B)]),
]


def test_evidence_from_all_documents_joins_one_relation_with_the_most_frequent_type() -> None:
    merged = merge_relations(
        [(1, doc(rel(A, B, Family.AGREEMENT, 0, "signed deal with"))),
         (2, doc(rel(A, B, Family.AGREEMENT, 5, "signed deal with"), rel(A, B, Family.AGREEMENT, 9, "agreed with")))],
        ENTITIES,
    )
    assert len(merged) == 1
    assert merged[0].type == "signed deal with"
    assert [(d, s.start) for d, s in merged[0].evidence] == [(1, 0), (2, 5), (2, 9)]


def test_co_occurrence_is_dropped_only_where_a_tie_is_stated() -> None:
    merged = merge_relations(
        [(1, doc(rel(A, B, Family.DIPLOMACY, 0), rel(A, B, Family.ASSOCIATION, 7))),
         (2, doc(rel(B, A, Family.ASSOCIATION, 3)))],
        ENTITIES,
    )
    by_family = {m.family: m for m in merged}
    assert set(by_family) == {Family.DIPLOMACY, Family.ASSOCIATION}
    assert [(d, s.start) for d, s in by_family[Family.ASSOCIATION].evidence] == [(2, 3)]


def test_co_occurrence_is_one_undirected_tie() -> None:
    merged = merge_relations(
        [(1, doc(rel(A, B, Family.ASSOCIATION, 0))), (2, doc(rel(B, A, Family.ASSOCIATION, 4)))], ENTITIES
    )
    assert len(merged) == 1 and len(merged[0].evidence) == 2


def test_a_tie_of_an_entity_with_itself_is_dropped() -> None:
    same = [ResolvedEntity("Cuba", Kind.STATE, members=[(1, A), (1, B)])]
    assert merge_relations([(1, doc(rel(A, B, Family.ALLIANCE, 0)))], same) == []
