"""Questions to the network: focus, paths with their ties, measures, communities and time filters (networkx).

Everything here is a pure function of a graph (``core.graph``) or of the project's records, so the CLI, the
exporters and the window's workers share it. Which ties count is one choice throughout: stated ties by default,
co-occurrence ("named in the same sentence") too when ``all_ties`` is set. Direction is ignored unless asked.
A view (``View``) composes the filters in a fixed order: time, then focus, then Top N, then hiding the entities
left without a tie.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import islice, pairwise

import networkx as nx

from core import style
from core.records import DocumentInfo, EntityInfo, RelationInfo

MEASURES = ("mentions", "ties", "weighted", "betweenness", "pagerank")
MEASURE_LABELS = {
    "mentions": "Mentions",
    "ties": "Ties",
    "weighted": "Weighted ties",
    "betweenness": "Betweenness (brokers)",
    "pagerank": "PageRank",
}
SEED = 7  # Louvain and betweenness sampling are seeded: the same project gives the same answers
BETWEENNESS_EXACT = 600  # above this many nodes betweenness is estimated from sampled sources
BETWEENNESS_SAMPLES = 100  # ~8 s on 5,000 entities / 30,000 ties (bench/analysis_scale.py), and a stable order
MAX_HOPS = 3


class AnalysisError(ValueError):
    """A question the network cannot answer as asked; the message is meant for the user."""


def counts(data: Mapping[str, object], all_ties: bool) -> bool:
    """Whether an edge with ``data`` is one of the ties the question is about."""
    return all_ties or str(data.get("family", "")) not in style.HIDDEN_FAMILIES


def simple_graph(graph: nx.MultiDiGraph, all_ties: bool = False, directed: bool = False) -> nx.Graph:
    """One edge per pair of entities (``weight`` = evidence sentences, ``relations`` = relation ids)."""
    simple: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    simple.add_nodes_from(graph.nodes)
    for u, v, key, data in graph.edges(keys=True, data=True):
        if u == v or not counts(data, all_ties):
            continue
        if simple.has_edge(u, v):
            edge = simple[u][v]
            edge["weight"] += int(data.get("evidence", 1))
            edge["relations"].append(int(key))
        else:
            simple.add_edge(u, v, weight=int(data.get("evidence", 1)), relations=[int(key)])
    return simple


# -- measures and groups ----------------------------------------------------------------------------


def measure(graph: nx.MultiDiGraph, name: str, all_ties: bool = False) -> dict[int, float]:
    """``name`` (one of ``MEASURES``) for every node: higher is more important."""
    if name not in MEASURES:
        raise AnalysisError(f"unknown measure {name!r}; use one of {', '.join(MEASURES)}")
    if name == "mentions":
        return {int(n): float(d.get("mentions", 0)) for n, d in graph.nodes(data=True)}
    simple = simple_graph(graph, all_ties)
    if name == "ties":
        return {int(n): float(simple.degree(n)) for n in simple}
    if name == "weighted":
        return {int(n): float(simple.degree(n, weight="weight")) for n in simple}
    if simple.number_of_edges() == 0:
        return {int(n): 0.0 for n in simple}
    if name == "betweenness":
        n = simple.number_of_nodes()
        k = BETWEENNESS_SAMPLES if n > BETWEENNESS_EXACT else None
        return {int(node): float(v) for node, v in nx.betweenness_centrality(simple, k=k, seed=SEED).items()}
    return {int(node): float(v) for node, v in _pagerank(simple).items()}


def _pagerank(simple: nx.Graph) -> dict[int, float]:
    try:
        return nx.pagerank(simple, weight="weight")
    except (ImportError, ModuleNotFoundError):
        # networkx's default PageRank needs scipy, which the app does not ship; its pure-Python power iteration
        # gives the same ranking on our graph sizes
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

        return _pagerank_python(simple, weight="weight")


def communities(graph: nx.MultiDiGraph, all_ties: bool = False, seed: int = SEED) -> dict[int, int]:
    """Group number per node (Louvain, seeded): 0 is the largest group; lone entities get a group each."""
    simple = simple_graph(graph, all_ties)
    if simple.number_of_nodes() == 0:
        return {}
    groups = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    ordered = sorted(groups, key=lambda g: (-len(g), min(g)))
    return {int(node): index for index, group in enumerate(ordered) for node in group}


def ranking(scores: Mapping[int, float], top: int | None = None) -> list[int]:
    """Node ids from most to least important (ties broken by id, so the order is stable)."""
    ordered = sorted(scores, key=lambda n: (-scores[n], n))
    return ordered if top is None else ordered[:top]


def fingerprint(graph: nx.MultiDiGraph) -> str:
    """A digest of what the measures depend on: any change to the network gives another value."""
    digest = hashlib.sha1(usedforsecurity=False)
    for node, data in sorted(graph.nodes(data=True)):
        digest.update(f"n{node}:{data.get('mentions', 0)};".encode())
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[2]):
        digest.update(f"e{key}:{u}>{v}:{data.get('family', '')}:{data.get('evidence', 0)};".encode())
    return digest.hexdigest()


# -- focus ----------------------------------------------------------------------------------------


def focus_nodes(
    graph: nx.MultiDiGraph, centres: Iterable[tuple[int, int]], all_ties: bool = False
) -> set[int]:
    """Every node within ``hops`` of each ``(centre, hops)`` (0 hops: the centre alone, as a group's members)."""
    simple = simple_graph(graph, all_ties)
    keep: set[int] = set()
    for centre, hops in centres:
        if centre not in simple:
            continue
        hops = max(0, min(int(hops), MAX_HOPS))
        keep |= set(nx.single_source_shortest_path_length(simple, centre, cutoff=hops))
    return keep


# -- paths ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hop:
    """One step of a path, in the path's order; ``relations`` are the ties between the two (strongest first)."""

    source: int
    target: int
    relations: tuple[int, ...]


def paths(
    graph: nx.MultiDiGraph,
    source: int,
    target: int,
    limit: int = 3,
    all_ties: bool = False,
    directed: bool = False,
) -> list[list[Hop]]:
    """Up to ``limit`` distinct shortest chains from ``source`` to ``target``, shortest first; [] for none."""
    if source not in graph or target not in graph:
        raise AnalysisError("both entities must be in the network")
    if source == target:
        raise AnalysisError("a path needs two different entities")
    simple = simple_graph(graph, all_ties, directed)
    try:
        found = list(islice(nx.shortest_simple_paths(simple, source, target), max(1, limit)))
    except nx.NetworkXNoPath:
        return []
    out = []
    for nodes in found:
        hops = []
        for u, v in pairwise(nodes):
            keys = _between(graph, u, v, all_ties, directed)
            hops.append(Hop(int(u), int(v), tuple(keys)))
        out.append(hops)
    return out


def _between(graph: nx.MultiDiGraph, u: int, v: int, all_ties: bool, directed: bool) -> list[int]:
    """The relation ids tying ``u`` to ``v``: stated before co-occurrence, more evidence first."""
    found = []
    pairs = [(u, v)] if directed else [(u, v), (v, u)]
    for a, b in pairs:
        for key, data in (graph.get_edge_data(a, b) or {}).items():
            if counts(data, all_ties):
                hidden = str(data.get("family", "")) in style.HIDDEN_FAMILIES
                found.append((hidden, -int(data.get("evidence", 0)), int(key)))
    return [key for *_, key in sorted(found)]


# -- time -----------------------------------------------------------------------------------------


def parse_day(value: str | None) -> date | None:
    """``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``: the period's first day) as a date; None for none."""
    if not value:
        return None
    parts = value.strip().split("-")
    try:
        numbers = [int(p) for p in parts]
        while len(numbers) < 3:
            numbers.append(1)
        return date(*numbers[:3])
    except (TypeError, ValueError):
        raise AnalysisError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def documents_in_period(
    documents: Iterable[DocumentInfo], since: date | None, until: date | None, undated: bool = True
) -> set[int]:
    """The documents dated within ``since``..``until`` (both included), and the undated ones if ``undated``."""
    keep = set()
    for doc in documents:
        when = _day(doc.published)
        if when is None:
            if undated:
                keep.add(doc.id)
        elif _within(when, since, until):
            keep.add(doc.id)
    return keep


def _within(when: date | None, since: date | None, until: date | None) -> bool:
    return when is not None and (since is None or when >= since) and (until is None or when <= until)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def months(documents: Iterable[DocumentInfo]) -> dict[str, int]:
    """Documents per month (``YYYY-MM``), every month from the first to the last present, empty ones as 0."""
    per: dict[tuple[int, int], int] = {}
    for doc in documents:
        when = _day(doc.published)
        if when is not None:
            per[(when.year, when.month)] = per.get((when.year, when.month), 0) + 1
    if not per:
        return {}
    (y, m), last = min(per), max(per)
    out = {}
    while (y, m) <= last:
        out[f"{y:04d}-{m:02d}"] = per.get((y, m), 0)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def restrict(
    entities: Iterable[EntityInfo],
    relations: Iterable[RelationInfo],
    only: Collection[int],
    outside: bool = False,
    period: tuple[date | None, date | None] | None = None,
) -> tuple[list[EntityInfo], list[RelationInfo]]:
    """The network as the documents ``only`` tell it: counts, mentions and evidence from them alone.

    ``outside`` also keeps what the analyst knows from outside every article (an entity no article mentions, a
    tie on the analyst's note): no choice of articles states it, so only a view of some articles leaves it out.
    With a ``period``, a tie on a note that the analyst dated is kept when its date falls in it (as the articles
    of that time are), whatever ``outside`` says; an undated one follows ``outside``.
    """
    entities = list(entities)
    kept_relations = []
    ends: set[int] = set()  # the two ends of a tie on a note stay with it
    for r in relations:
        evidence = tuple(x for x in r.evidence if x.doc_id in only)
        on_note = not r.evidence and r.origin == "analyst"
        if on_note and period is not None and r.dated:
            keep = _within(_day(r.dated), *period)
        else:
            keep = bool(evidence) or (outside and on_note)
        if keep:
            kept_relations.append(dataclasses.replace(r, evidence=evidence))
            if on_note:
                ends.update((r.source, r.target))
    kept_entities = []
    for e in entities:
        mentions = tuple(m for m in e.mentions if m.doc_id in only)
        if mentions or e.id in ends or (outside and not e.mentions and e.origin == "analyst"):
            kept_entities.append(dataclasses.replace(e, mentions=mentions))
    return kept_entities, kept_relations


# -- a view: the filters composed -----------------------------------------------------------------


@dataclass(frozen=True)
class View:
    """What part of the network to show; the default shows it all."""

    focus: tuple[tuple[int, int], ...] = ()  # (entity, hops) pairs; hops 0 keeps the entity alone
    since: date | None = None
    until: date | None = None
    undated: bool = True  # with a time range, keep ties whose evidence has no date
    top: int | None = None
    measure: str = "ties"
    hide_isolated: bool = False
    all_ties: bool = False  # co-occurrence ties count for focus, measures and isolation

    @property
    def timed(self) -> bool:
        return self.since is not None or self.until is not None

    @property
    def whole(self) -> bool:
        return not (self.timed or self.focus or self.top or self.hide_isolated)


def period_records(
    documents: Iterable[DocumentInfo],
    entities: list[EntityInfo],
    relations: list[RelationInfo],
    view: View,
    only: Collection[int] | None = None,
) -> tuple[list[EntityInfo], list[RelationInfo]]:
    """Entities and relations as the documents in ``only`` and in the view's period tell them."""
    docs = list(documents)
    keep = {d.id for d in docs} if only is None else set(only)
    if view.timed:
        keep &= documents_in_period(docs, view.since, view.until, view.undated)
    if only is None and not view.timed:
        return entities, relations
    period = (view.since, view.until) if view.timed and only is None else None
    return restrict(entities, relations, keep, outside=only is None and view.undated, period=period)


def narrow(graph: nx.MultiDiGraph, view: View, scores: Mapping[int, float] | None = None) -> nx.MultiDiGraph:
    """The part of ``graph`` the view keeps: focus, then the Top N (centres always stay), then no lone nodes.

    ``scores`` are the view's measure over ``graph`` when the caller has them (cached); else they are computed.
    """
    keep = set(graph.nodes)
    if view.focus:
        keep = focus_nodes(graph, view.focus, view.all_ties)
    if view.top is not None and view.top >= 0:
        if scores is None:
            scores = measure(graph, view.measure, view.all_ties)
        centres = {c for c, _ in view.focus}
        ranked = [n for n in ranking({n: scores.get(n, 0.0) for n in keep}) if n not in centres]
        keep = (centres & keep) | set(ranked[: max(0, view.top - len(centres & keep))])
    sub = graph.subgraph(keep)
    if view.hide_isolated:
        tied = {n for u, v, d in sub.edges(data=True) if u != v and counts(d, view.all_ties) for n in (u, v)}
        sub = graph.subgraph(tied | {c for c, _ in view.focus if c in keep})
    return nx.MultiDiGraph(sub)


def annotate(graph: nx.MultiDiGraph, all_ties: bool = False, names: Iterable[str] = MEASURES) -> None:
    """Add each measure and the ``community`` as node attributes, and ``community`` to edges inside a group (-1
    for ties between groups), for the graph exporters."""
    for name in names:
        if name == "mentions":
            continue  # every node has it already
        for node, value in measure(graph, name, all_ties).items():
            graph.nodes[node][name] = round(value, 6) if not math.isnan(value) else 0.0
    groups = communities(graph, all_ties)
    for node in graph.nodes:
        graph.nodes[node]["community"] = groups.get(int(node), -1)
    for u, v, data in graph.edges(data=True):
        data["community"] = groups.get(int(u), -1) if groups.get(int(u)) == groups.get(int(v)) else -1
