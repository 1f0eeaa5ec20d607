"""Local relations → project-wide relations, once entities are resolved across documents."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.model import DocExtraction, Family, Span
from core.resolve import ResolvedEntity


@dataclass(slots=True)
class MergedRelation:
    """A tie between two resolved entities (indices into the resolved list) with all its sentences."""

    source: int
    target: int
    type: str
    family: Family
    evidence: list[tuple[int, Span]] = field(default_factory=list)


def merge_relations(
    extractions: Sequence[tuple[int, DocExtraction]], entities: Sequence[ResolvedEntity]
) -> list[MergedRelation]:
    """One relation per (source, target, family); its type is the most frequent one stated.

    A co-occurrence (ASSOCIATION) tie is undirected, so its two directions are one tie. In a document
    that states a tie between the same two entities, their co-occurrence says nothing more and is
    dropped; co-occurrences in other documents are kept.
    """
    owner = {member: i for i, entity in enumerate(entities) for member in entity.members}
    grouped: dict[tuple[int, int, Family], list[tuple[str, int, Span]]] = defaultdict(list)
    for doc_id, extraction in extractions:
        for r in extraction.relations:
            source, target = owner.get((doc_id, r.source)), owner.get((doc_id, r.target))
            if source is None or target is None or source == target:
                continue
            if r.family is Family.ASSOCIATION and source > target:
                source, target = target, source
            grouped[(source, target, r.family)].append((r.type, doc_id, r.evidence))
    stated = {
        (doc_id, frozenset((s, t))) for (s, t, f), items in grouped.items() if f is not Family.ASSOCIATION
        for _, doc_id, _ in items
    }
    merged = []
    for (source, target, family), items in grouped.items():
        if family is Family.ASSOCIATION:
            items = [item for item in items if (item[1], frozenset((source, target))) not in stated]
            if not items:
                continue
        type_ = Counter(t for t, _, _ in items).most_common(1)[0][0]
        evidence = sorted({(doc_id, span) for _, doc_id, span in items}, key=lambda e: (e[0], e[1].start, e[1].end))
        merged.append(MergedRelation(source, target, type_, family, evidence))
    return merged
