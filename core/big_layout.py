"""Where the nodes of a big network go: groups kept together, laid out once, extended in place when the graph grows.

Above ``core.layout.MAX_TIDY_NODES`` nodes the label-by-label tidy layout is too slow, and a spring layout of the
whole graph (or the page's physics) gives a ball. Here the graph is cut into groups (Louvain communities, seeded),
each group gets its own spring layout on a disc sized by its node count, and the discs are placed by a spring
layout of the groups (two groups with many ties end up side by side), then pushed apart and drawn in until they
just do not overlap. Nodes without any tie sit in rows under the drawing. The same graph always gets the same
drawing; ``extend_layout`` places only the new nodes, near their neighbours, and moves nothing already placed.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Collection, Mapping

import networkx as nx
import numpy as np

from core import style

METHOD = "groups-2"  # stored with a cached layout: a change of method lays the project out afresh
SPACING = 64.0  # canvas units between neighbouring nodes inside a group (nodes are 20 to 68 units wide)
_ASSOCIATION_WEIGHT = 0.3  # co-occurrence ties say less than stated ones, but they hold a story's cast together
_MAX_GROUP = 350  # networkx lays out up to ~500 nodes with numpy alone (scipy above): larger groups are split
_GROUP_GAP = 3.0 * SPACING  # empty space between groups: what makes them read as groups
_GOLDEN = math.pi * (3 - math.sqrt(5))

Position = tuple[float, float]
Stop = Callable[[], bool] | None


class Stopped(Exception):
    """The caller asked a layout to stop (its ``stop`` said yes); nothing is returned or kept."""


def _check(stop: Stop) -> None:
    if stop is not None and stop():
        raise Stopped


def layout_graph(graph: nx.MultiDiGraph, hidden_families: Collection[str] = style.HIDDEN_FAMILIES) -> nx.Graph:
    """One weighted undirected edge per tied pair, nodes and edges in id order (so the result is seeded only)."""
    weights: dict[tuple[int, int], float] = {}
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        pair = (int(u), int(v)) if int(u) < int(v) else (int(v), int(u))
        weight = math.log1p(int(data.get("evidence", 1)))
        if str(data.get("family", "")) in hidden_families:
            weight *= _ASSOCIATION_WEIGHT
        weights[pair] = weights.get(pair, 0.0) + weight
    simple = nx.Graph()
    simple.add_nodes_from(sorted(int(n) for n in graph.nodes))
    simple.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weights.items()))
    return simple


def graph_key(graph: nx.MultiDiGraph) -> str:
    """A fingerprint of the nodes and tied pairs: equal keys mean a stored layout fits the graph as it is."""
    digest = hashlib.sha256(METHOD.encode())
    digest.update(",".join(str(n) for n in sorted(int(n) for n in graph.nodes)).encode())
    pairs = sorted({(min(int(u), int(v)), max(int(u), int(v))) for u, v in graph.edges() if u != v})
    digest.update(b"|" + ",".join(f"{a}-{b}" for a, b in pairs).encode())
    return digest.hexdigest()


def groups(simple: nx.Graph, seed: int) -> list[list[int]]:
    """Louvain communities (seeded), too large ones split again; largest first, ties broken by lowest id."""
    found: list[list[int]] = []
    todo = [sorted(c) for c in nx.community.louvain_communities(simple, weight="weight", seed=seed)]
    while todo:
        members = todo.pop()
        if len(members) <= _MAX_GROUP:
            found.append(members)
            continue
        parts = nx.community.louvain_communities(simple.subgraph(members), weight="weight", resolution=2.0, seed=seed)
        if len(parts) == 1:  # no finer structure: cut it into slices of neighbours instead
            order = list(nx.bfs_tree(simple.subgraph(members), members[0]))
            order += [n for n in members if n not in set(order)]
            parts = [order[i : i + _MAX_GROUP] for i in range(0, len(order), _MAX_GROUP)]
        todo.extend(sorted(p) for p in parts)
    return sorted(found, key=lambda g: (-len(g), g[0]))


def _disc(sub: nx.Graph, seed: int) -> np.ndarray:
    """Positions of one group's nodes (in ``sorted(sub)`` order) spread over a disc of radius about 1."""
    nodes = sorted(sub.nodes)
    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]])
    pos = nx.spring_layout(sub, seed=seed, weight="weight", iterations=30 if n > 100 else 60)
    xy = np.array([pos[v] for v in nodes], dtype=float)
    xy -= xy.mean(axis=0)
    rms = math.sqrt(float((xy**2).sum(axis=1).mean())) or 1.0
    return xy / rms * math.sqrt(0.5)  # nodes spread evenly over a unit disc have this rms distance


def _radius(count: int) -> float:
    return SPACING * math.sqrt(count) * 0.62 + SPACING * 0.5


def _separate_discs(xy: np.ndarray, radii: np.ndarray, rounds: int = 300) -> np.ndarray:
    """Push overlapping discs apart; a big disc moves less than a small one."""
    n = len(xy)
    if n < 2:
        return xy
    xy = xy.copy()
    need = radii[:, None] + radii[None, :] + _GROUP_GAP
    heavy = radii**2
    share = heavy[None, :] / (heavy[:, None] + heavy[None, :])  # how much of a push node i takes from j
    for _ in range(rounds):
        d = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((d**2).sum(axis=2))
        np.fill_diagonal(dist, np.inf)
        over = need - dist
        np.fill_diagonal(over, 0.0)
        if not (over > 1e-6).any():
            break
        over = np.where(over > 0, over, 0.0)
        unit = d / np.where(dist > 1e-9, dist, 1.0)[:, :, None]
        # two discs on one spot separate along a fixed direction chosen by their indices
        same = dist < 1e-9
        if same.any():
            i, j = np.nonzero(same)
            angle = (i * 7 + j * 13) * _GOLDEN
            unit[i, j] = np.stack([np.cos(angle), np.sin(angle)], axis=1) * np.where(i < j, 1.0, -1.0)[:, None]
        xy += (unit * (over * share)[:, :, None]).sum(axis=1) * 1.01
    return xy


def _place_groups(simple: nx.Graph, parts: list[list[int]], seed: int, stop: Stop = None) -> np.ndarray:
    """Centres of the group discs: tied groups near each other, no two discs overlapping, as compact as that."""
    radii = np.array([_radius(len(p)) for p in parts])
    if len(parts) == 1:
        return np.zeros((1, 2))
    owner = {n: i for i, p in enumerate(parts) for n in p}
    between = nx.Graph()
    between.add_nodes_from(range(len(parts)))
    for u, v, w in simple.edges(data="weight"):
        a, b = owner[u], owner[v]
        if a != b:
            old = between.get_edge_data(a, b, {"weight": 0.0})["weight"]
            between.add_edge(a, b, weight=old + w)
    if len(parts) < 450:
        pos = nx.spring_layout(between, seed=seed, weight="weight", iterations=200)
    else:  # networkx wants scipy for a spring layout this size; ForceAtlas2 does it with numpy
        pos = nx.forceatlas2_layout(between, seed=seed, weight="weight", max_iter=150)
    xy = np.array([pos[i] for i in range(len(parts))], dtype=float)
    xy -= xy.mean(axis=0)
    rms = math.sqrt(float((xy**2).sum(axis=1).mean())) or 1.0
    xy = xy / rms * math.sqrt(float((radii**2).sum()))
    xy = _separate_discs(xy, radii)
    for _ in range(12):  # draw everything in towards the middle, then undo the overlaps that made
        _check(stop)
        centre = (xy * radii[:, None] ** 2).sum(axis=0) / (radii**2).sum()
        xy = _separate_discs(centre + (xy - centre) * 0.85, radii, 120)
    return _separate_discs(xy, radii)


def _rows(nodes: list[int], top: float, left: float, width: float) -> dict[int, Position]:
    """Nodes in rows of a grid starting at (left, top), each row ``width`` wide."""
    per_row = max(1, int(width // (SPACING * 1.6)))
    out: dict[int, Position] = {}
    for k, node in enumerate(nodes):
        row, col = divmod(k, per_row)
        out[node] = (left + col * SPACING * 1.6, top + row * SPACING)
    return out


def _rounded(pos: Mapping[int, np.ndarray | Position]) -> dict[int, Position]:
    return {int(n): (round(float(p[0]), 1), round(float(p[1]), 1)) for n, p in pos.items()}


def overview_layout(graph: nx.MultiDiGraph, seed: int = 7, stop: Stop = None) -> dict[int, Position]:
    """Positions (canvas units, centred on 0) for every node of ``graph``; the same graph gives the same result.

    ``stop`` is asked between steps (a few times a second at 5,000 nodes); when it says yes, ``Stopped`` is raised.
    """
    simple = layout_graph(graph)
    if simple.number_of_nodes() == 0:
        return {}
    tied = [n for n in simple.nodes if simple.degree(n) > 0]
    loose = [n for n in simple.nodes if simple.degree(n) == 0]
    pos: dict[int, np.ndarray] = {}
    if tied:
        parts = groups(simple.subgraph(tied), seed)
        _check(stop)
        centres = _place_groups(simple, parts, seed, stop)
        for i, members in enumerate(parts):
            _check(stop)
            disc = _disc(simple.subgraph(members), seed + i) * _radius(len(members))
            for node, p in zip(members, disc, strict=True):
                pos[node] = centres[i] + p
    if loose:
        kinds = {str(k): i for i, k in enumerate(style.KINDS)}
        loose.sort(key=lambda n: (kinds.get(str(graph.nodes[n].get("kind", "")), 99),
                                  str(graph.nodes[n].get("name", "")).casefold(), n))
        if pos:
            xy = np.array(list(pos.values()))
            left, right, bottom = float(xy[:, 0].min()), float(xy[:, 0].max()), float(xy[:, 1].max())
        else:
            side = SPACING * 1.6 * math.sqrt(len(loose))
            left, right, bottom = 0.0, side, -2 * SPACING
        pos.update({n: np.array(p) for n, p in _rows(loose, bottom + 2 * SPACING, left, right - left).items()})
    xy = np.array(list(pos.values()))
    centre = (xy.min(axis=0) + xy.max(axis=0)) / 2
    return _rounded({n: p - centre for n, p in pos.items()})


class _Grid:
    """Occupied spots on the plane, to find a free one near a point."""

    def __init__(self, points: Collection[Position], cell: float) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[Position]] = {}
        for p in points:
            self.add(p)

    def _key(self, p: Position) -> tuple[int, int]:
        return (math.floor(p[0] / self.cell), math.floor(p[1] / self.cell))

    def add(self, p: Position) -> None:
        self.cells.setdefault(self._key(p), []).append(p)

    def free(self, p: Position) -> bool:
        kx, ky = self._key(p)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for q in self.cells.get((kx + dx, ky + dy), ()):
                    if (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 < self.cell**2:
                        return False
        return True


def extend_layout(
    graph: nx.MultiDiGraph, known: Mapping[int, Position], seed: int = 7, stop: Stop = None
) -> dict[int, Position]:
    """Positions for ``graph`` where every node of ``known`` keeps its place and only the others are placed.

    A new node tied to placed ones goes to a free spot around the middle of them (new nodes tied only to other
    new ones follow, ring by ring); new nodes with no way to any placed node get their own overview layout,
    set beside the drawing.
    """
    simple = layout_graph(graph)
    placed: dict[int, Position] = {n: (float(known[n][0]), float(known[n][1])) for n in simple.nodes if n in known}
    new = [n for n in simple.nodes if n not in placed]
    if not placed:
        return overview_layout(graph, seed, stop)
    if not new:
        return _rounded(placed)
    grid = _Grid(placed.values(), SPACING * 0.8)
    waiting = set(new)
    while True:
        _check(stop)
        frontier = sorted(
            (n for n in waiting if any(m in placed for m in simple.neighbors(n))),
            key=lambda n: (-sum(1 for m in simple.neighbors(n) if m in placed), n),
        )
        if not frontier:
            break
        for node in frontier:
            around = [(placed[m], simple[node][m]["weight"]) for m in simple.neighbors(node) if m in placed]
            total = sum(w for _, w in around) or 1.0
            cx = sum(p[0] * w for p, w in around) / total
            cy = sum(p[1] * w for p, w in around) / total
            spot = (cx, cy)
            for k in range(1, 4000):  # a sunflower spiral outwards until a spot is free
                if grid.free(spot):
                    break
                r = SPACING * 0.55 * math.sqrt(k)
                spot = (cx + r * math.cos(k * _GOLDEN + node), cy + r * math.sin(k * _GOLDEN + node))
            placed[node] = spot
            grid.add(spot)
            waiting.discard(node)
    if waiting:  # new pieces of network with no tie to anything placed: laid out on their own, to the right
        rest = overview_layout(graph.subgraph(sorted(waiting)), seed, stop)
        xs = [p[0] for p in placed.values()]
        ys = [p[1] for p in placed.values()]
        rest_xs = [p[0] for p in rest.values()]
        rest_ys = [p[1] for p in rest.values()]
        dx = max(xs) + 3 * SPACING - min(rest_xs)
        dy = min(ys) - min(rest_ys)
        placed.update({n: (p[0] + dx, p[1] + dy) for n, p in rest.items()})
    return _rounded(placed)
