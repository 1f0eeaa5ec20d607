"""Writing a project out: the JSON extraction contract, GEXF, GraphML, CSV, SVG and a standalone HTML page.

The graph formats go through networkx's own writers; list attributes are joined with "; " because
GEXF and GraphML only hold scalars.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Collection, Mapping
from pathlib import Path

import networkx as nx

from core import analysis
from core.analysis import View
from core.exchange import ftm, i2
from core.graph import build_graph
from core.page import standalone_page
from core.records import DocumentInfo, EntityInfo, RelationInfo, TextRef, analyst_note, unmentioned
from core.svg import render_svg

GRAPH_SUFFIXES = (".json", ".gexf", ".graphml", ".csv", ".svg", ".html", ".ftm.json", ".i2.csv")
# measures carried by GEXF and GraphML nodes beside the community (mentions are there already)
EXPORTED_MEASURES = ("ties", "weighted", "betweenness", "pagerank")


def contract(
    documents: list[DocumentInfo],
    entities: list[EntityInfo],
    relations: list[RelationInfo],
    only: Collection[int] | None = None,
    paths: Mapping[int, str] | None = None,
    outside: bool | None = None,
) -> dict:
    """The JSON of ``../shared/eval/README.md``; ``only`` limits it to some documents, ``paths`` renames them.

    ``outside`` (by default: when no documents are chosen) keeps what the analyst knows from outside every article.
    """
    keep = set(only) if only is not None else {d.id for d in documents}
    outside = only is None if outside is None else outside
    paths = paths or {}

    def ref(r: TextRef) -> dict:
        return {"document": f"d{r.doc_id}", "text": r.text, "start": r.start, "end": r.end}

    out_entities = []
    for e in entities:
        mentions = [ref(m) for m in e.mentions if m.doc_id in keep]
        if mentions or (outside and unmentioned(e)):  # the analyst's entity known from outside the articles
            out_entities.append({"id": f"e{e.id}", "name": e.name, "kind": str(e.kind), "origin": e.origin,
                                 "confirmed": e.confirmed, "mentions": mentions})
    listed = {e["id"] for e in out_entities}
    out_relations = []
    for r in relations:
        evidence = [ref(x) for x in r.evidence if x.doc_id in keep]
        note = analyst_note(r.notes) if outside and not r.evidence else ""
        if (evidence or note) and f"e{r.source}" in listed and f"e{r.target}" in listed:
            out_relations.append(
                {"source": f"e{r.source}", "target": f"e{r.target}", "type": r.type, "family": str(r.family),
                 "origin": r.origin, "confirmed": r.confirmed, "evidence": evidence}
                | ({"note": note} if note else {})  # stated by no article: the analyst's words instead
                | ({"date": r.dated} if note and r.dated else {})  # and the date the analyst gave it
            )
    return {
        "documents": [
            {"id": f"d{d.id}", "path": paths.get(d.id, d.path), "title": d.title, "published": _day(d.published)}
            for d in documents
            if d.id in keep
        ],
        "entities": out_entities,
        "relations": out_relations,
    }


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def export_format(path: Path) -> str:
    """The format ``path`` names: its suffix, or a double one (``.ftm.json``, ``.i2.csv``)."""
    name = path.name.lower()
    for double in (".ftm.json", ".i2.csv"):
        if name.endswith(double):
            return double
    return path.suffix.lower()


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars, with a readable label, for Gephi and Cytoscape."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        extra = {k: data[k] for k in ("community", *EXPORTED_MEASURES) if k in data}
        flat.add_node(
            node,
            label=data["name"],
            kind=data["kind"],
            aliases="; ".join(data["aliases"]),
            mentions=data["mentions"],
            documents=data["documents"],
            origin=data.get("origin", "machine"),
            confirmed=data.get("confirmed", False),
            **extra,
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
    view: View | None = None,
) -> list[Path]:
    """Write the network to ``path`` in the format its suffix names; returns the files written.

    ``only`` keeps what the documents with those ids state; ``view`` keeps a period, a focus, a Top N.
    """
    fmt = export_format(path)
    if fmt not in GRAPH_SUFFIXES:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(GRAPH_SUFFIXES)}")
    view = view or View()
    graph = view_graph(documents, entities, relations, view, only)
    if fmt in (".json", ".ftm.json", ".i2.csv"):
        kept_docs = {d.id for d in documents} if only is None else set(only)
        if view.timed:
            kept_docs &= analysis.documents_in_period(documents, view.since, view.until, view.undated)
        shown = set(graph.nodes)
        edges = {int(k) for _, _, k in graph.edges(keys=True)}
        entities, relations = analysis.restrict(
            [e for e in entities if e.id in shown], [r for r in relations if r.id in edges], kept_docs,
            outside=only is None and (view.undated or not view.timed),
            period=(view.since, view.until) if view.timed and only is None else None,
        )
        documents = [d for d in documents if d.id in kept_docs]
        if fmt == ".json":
            data = contract(documents, entities, relations, outside=only is None)
            path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        elif fmt == ".ftm.json":
            ftm.write(path, documents, entities, relations)
        else:
            i2.write(path, documents, entities, relations)
        return [path]
    if fmt in (".gexf", ".graphml"):
        analysis.annotate(graph, view.all_ties, EXPORTED_MEASURES)
        writer = nx.write_gexf if fmt == ".gexf" else nx.write_graphml
        writer(flat_graph(graph), path)
    elif fmt == ".csv":
        return write_csv(graph, path)
    elif fmt == ".svg":
        path.write_text(render_svg(graph), encoding="utf-8")
    else:
        path.write_text(standalone_page(graph, title=f"Entente — {path.stem}"), encoding="utf-8")
    return [path]


def view_graph(
    documents: list[DocumentInfo],
    entities: list[EntityInfo],
    relations: list[RelationInfo],
    view: View,
    only: Collection[int] | None = None,
) -> nx.MultiDiGraph:
    """The graph of what the documents ``only`` state, as ``view`` shows it."""
    entities, relations = analysis.period_records(documents, entities, relations, view, only)
    return analysis.narrow(build_graph(entities, relations), view)
