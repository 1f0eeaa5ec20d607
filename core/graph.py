"""The network as a networkx graph: what every view and every graph exporter draws from.

Nodes are entity ids with ``name``, ``kind``, ``aliases``, ``mentions`` (count) and ``documents`` (count).
Edges are keyed by relation id with ``type``, ``family``, ``evidence`` (sentence count), ``weight``
(same, for layout and Gephi) and ``documents`` (count). Both carry ``origin`` ('machine' or 'analyst') and
``confirmed`` (the analyst stands behind it).
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from core.records import EntityInfo, RelationInfo


def build_graph(entities: Iterable[EntityInfo], relations: Iterable[RelationInfo]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for e in entities:
        graph.add_node(
            e.id,
            name=e.name,
            kind=str(e.kind),
            aliases=list(e.aliases),
            mentions=len(e.mentions),
            documents=len(e.doc_ids),
            origin=e.origin,
            confirmed=e.confirmed,
        )
    for r in relations:
        if r.source not in graph or r.target not in graph:
            continue
        graph.add_edge(
            r.source,
            r.target,
            key=r.id,
            type=r.type,
            family=str(r.family),
            evidence=len(r.evidence),
            weight=len(r.evidence) or 1,  # a tie the analyst knows from outside the articles counts once
            documents=len(r.doc_ids),
            origin=r.origin,
            confirmed=r.confirmed,
        )
    return graph


def ties(graph: nx.MultiDiGraph, node: int) -> int:
    """Number of distinct neighbours, the node-size measure (parallel edges count once)."""
    return len(set(graph.predecessors(node)) | set(graph.successors(node)))
