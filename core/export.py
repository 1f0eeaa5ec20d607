"""Writing a project out: the JSON extraction contract, GEXF, GraphML, CSV, SVG and a standalone HTML page.

The graph formats go through networkx's own writers; list attributes are joined with "; " because
GEXF and GraphML only hold scalars.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Collection, Mapping
from pathlib import Path

import networkx as nx

from core.graph import build_graph
from core.page import standalone_page
from core.records import DocumentInfo, EntityInfo, RelationInfo, TextRef
from core.svg import render_svg

GRAPH_SUFFIXES = (".json", ".gexf", ".graphml", ".csv", ".svg", ".html")


def contract(
    documents: list[DocumentInfo],
    entities: list[EntityInfo],
    relations: list[RelationInfo],
    only: Collection[int] | None = None,
    paths: Mapping[int, str] | None = None,
) -> dict:
    """The JSON of ``../shared/eval/README.md``; ``only`` limits it to some documents, ``paths`` renames them."""
    keep = set(only) if only is not None else {d.id for d in documents}
    paths = paths or {}

    def ref(r: TextRef) -> dict:
        return {"document": f"d{r.doc_id}", "text": r.text, "start": r.start, "end": r.end}

    out_entities = []
    for e in entities:
        mentions = [ref(m) for m in e.mentions if m.doc_id in keep]
        if mentions:
            out_entities.append({"id": f"e{e.id}", "name": e.name, "kind": str(e.kind), "origin": e.origin,
                                 "confirmed": e.confirmed, "mentions": mentions})
    listed = {e["id"] for e in out_entities}
    out_relations = []
    for r in relations:
        evidence = [ref(x) for x in r.evidence if x.doc_id in keep]
        if evidence and f"e{r.source}" in listed and f"e{r.target}" in listed:
            out_relations.append(
                {"source": f"e{r.source}", "target": f"e{r.target}", "type": r.type, "family": str(r.family),
                 "origin": r.origin, "confirmed": r.confirmed, "evidence": evidence}
            )
    return {
        "documents": [
            {"id": f"d{d.id}", "path": paths.get(d.id, d.path), "title": d.title}
            for d in documents
            if d.id in keep
        ],
        "entities": out_entities,
        "relations": out_relations,
    }


def restrict(
    entities: list[EntityInfo], relations: list[RelationInfo], only: Collection[int]
) -> tuple[list[EntityInfo], list[RelationInfo]]:
    """The network as the documents ``only`` tell it: counts, mentions and evidence from them alone."""
    kept_entities = []
    for e in entities:
        mentions = tuple(m for m in e.mentions if m.doc_id in only)
        if mentions:
            kept_entities.append(dataclasses.replace(e, mentions=mentions))
    kept_relations = []
    for r in relations:
        evidence = tuple(x for x in r.evidence if x.doc_id in only)
        if evidence:
            kept_relations.append(dataclasses.replace(r, evidence=evidence))
    return kept_entities, kept_relations


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars, with a readable label, for Gephi and Cytoscape."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(
            node,
            label=data["name"],
            kind=data["kind"],
            aliases="; ".join(data["aliases"]),
            mentions=data["mentions"],
            documents=data["documents"],
            origin=data.get("origin", "machine"),
            confirmed=data.get("confirmed", False),
        )
    for source, target, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(source, target, key=key, **data)
    return flat


def _cell(value: object) -> object:
    """Article text must not become a formula when the CSV is opened in a spreadsheet."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_csv(graph: nx.MultiDiGraph, path: Path) -> list[Path]:
    """Edges into ``path`` and nodes into ``<stem>_nodes.csv`` beside it (one table per file, as tools expect)."""
    nodes_path = path.with_name(f"{path.stem}_nodes.csv")
    with nodes_path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "kind", "aliases", "mentions", "documents", "origin", "confirmed"])
        for node, d in graph.nodes(data=True):
            row = [node, d["name"], d["kind"], "; ".join(d["aliases"]), d["mentions"], d["documents"],
                   d.get("origin", "machine"), d.get("confirmed", False)]
            w.writerow(map(_cell, row))
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "source_id", "source", "target_id", "target", "type", "family", "evidence", "documents",
                    "origin", "confirmed"])
        for source, target, key, d in graph.edges(keys=True, data=True):
            row = [key, source, graph.nodes[source]["name"], target, graph.nodes[target]["name"], d["type"],
                   d["family"], d["evidence"], d["documents"], d.get("origin", "machine"),
                   d.get("confirmed", False)]
            w.writerow(map(_cell, row))
    return [path, nodes_path]


def write(
    path: Path,
    documents: list[DocumentInfo],
    entities: list[EntityInfo],
    relations: list[RelationInfo],
    only: Collection[int] | None = None,
) -> list[Path]:
    """Write the network to ``path`` in the format its suffix names; returns the files written."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        data = contract(documents, entities, relations, only)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        return [path]
    if only is not None:
        entities, relations = restrict(entities, relations, only)
    graph = build_graph(entities, relations)
    if suffix == ".gexf":
        nx.write_gexf(flat_graph(graph), path)
    elif suffix == ".graphml":
        nx.write_graphml(flat_graph(graph), path)
    elif suffix == ".csv":
        return write_csv(graph, path)
    elif suffix == ".svg":
        path.write_text(render_svg(graph), encoding="utf-8")
    elif suffix == ".html":
        path.write_text(standalone_page(graph, title=f"Entente — {path.stem}"), encoding="utf-8")
    else:
        raise ValueError(f"unknown export format {suffix!r}; use one of {', '.join(GRAPH_SUFFIXES)}")
    return [path]
