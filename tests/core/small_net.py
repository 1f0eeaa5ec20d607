"""Hand-made networks for the analysis tests: graphs from records, and projects from extractions without NLP."""

from __future__ import annotations

import hashlib
from pathlib import Path

import networkx as nx

from core.graph import build_graph
from core.model import DocExtraction, Document, Family, Kind, LocalEntity, LocalRelation, Span
from core.project import Project
from core.records import EntityInfo, RelationInfo, TextRef

REF = TextRef(1, 0, 4, "text")


def graph(edges: list[tuple[int, int]], families: dict[tuple[int, int], Family] | None = None,
          nodes: int | None = None, evidence: dict[tuple[int, int], int] | None = None) -> nx.MultiDiGraph:
    """Nodes 1..n (officials named N1, N2…), one relation per edge (DIPLOMACY unless ``families`` says)."""
    count = nodes or max(max(e) for e in edges)
    entities = [EntityInfo(i, f"N{i}", Kind.OFFICIAL, (), (REF,) * i) for i in range(1, count + 1)]
    relations = [
        RelationInfo(k, u, v, "met", (families or {}).get((u, v), Family.DIPLOMACY),
                     (REF,) * (evidence or {}).get((u, v), 1))
        for k, (u, v) in enumerate(edges, start=1)
    ]
    return build_graph(entities, relations)


def make_project(path: Path, documents: list[dict]) -> Project:
    """A project of documents given as ``{"published", "entities": [(name, kind)], "ties": [(i, j, type, family)]}``.

    Each document's text names its entities in one sentence per tie, so mentions and evidence are real spans.
    """
    project = Project.open(path)
    for number, spec in enumerate(documents):
        names = [name for name, _ in spec["entities"]]
        sentences = [f"{names[i]} {type_} {names[j]}." for i, j, type_, _ in spec["ties"]] or [" ".join(names) + "."]
        text = f"Article {number}\n\n" + " ".join(sentences)
        entities = []
        for name, kind in spec["entities"]:
            spans, start = [], 0
            while (at := text.find(name, start)) >= 0:
                spans.append(Span(at, at + len(name), name))
                start = at + len(name)
            entities.append(LocalEntity(name, kind, spans))
        relations = []
        offset = text.index("\n\n") + 2
        for (i, j, type_, family), sentence in zip(spec["ties"], sentences, strict=True):
            start = text.index(sentence, offset)
            relations.append(LocalRelation(i, j, type_, family, Span(start, start + len(sentence), sentence)))
            offset = start + len(sentence)
        digest = hashlib.sha256(text.encode()).hexdigest()
        document = Document(digest, f"doc{number}.txt", f"Article {number}", text, spec.get("published"))
        project._store.add_document(document, DocExtraction(entities, relations))
    project._resolve()
    return project
