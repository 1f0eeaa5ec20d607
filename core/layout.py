"""Where each node goes: a readable, deterministic layout computed once in Python for every renderer.

The page, the PNG and the SVG all draw these positions, so they look alike. What the eye reads first is
the stated ties (co-occurrence ties are hidden by default), so only those shape the layout: each connected
piece gets a seeded spring layout, labels are then pushed apart until no two overlap, and nodes without a
stated tie line up in a tidy grid beside the network instead of drifting far away and stretching the fit.
"""

from __future__ import annotations

import math
from collections.abc import Collection

import networkx as nx
import numpy as np

from core import style

# above this many nodes the pairwise label separation gets slow; big graphs get seeded spring positions and the
# page's physics settles them
MAX_TIDY_NODES = 200
_GAP = 14.0  # canvas units kept free between two labels
_CHAR_WIDTH = 0.56  # average glyph width of Fira Sans as a share of the font size
_LINE_HEIGHT = 1.2
_ASPECT = 1.2  # start a little wider than tall: labels are wide and so is the window
_COMPACT_ROUNDS = 15
_STRETCHES = (1.0, 1.25, 1.5, 1.75)
_TARGET_ASPECT = 1.15  # width / height of the network area in a typical window
_LOOSE_SHARE = 0.55  # a grid of loose nodes packs about twice as densely as a spring-laid piece


def stated_ties(graph: nx.MultiDiGraph, hidden_families: Collection[str] = style.HIDDEN_FAMILIES) -> dict[int, int]:
    """Distinct neighbours per node over the ties drawn by default: what node sizes and rankings rest on, so
    that a node looks as connected as the lines the user sees around it."""
    around: dict[int, set[int]] = {int(n): set() for n in graph.nodes}
    for u, v, data in graph.edges(data=True):
        if str(data.get("family", "")) not in hidden_families:
            around[int(u)].add(int(v))
            around[int(v)].add(int(u))
    return {n: len(others) for n, others in around.items()}


def label_box(name: str, size: float) -> tuple[float, float]:
    """Width and height (canvas units) of a node drawn with its label under it, as vis-network draws it."""
    font = style.label_size(size)
    text_width = len(name) * font * _CHAR_WIDTH
    lines = max(1, math.ceil(text_width / style.LABEL_WIDTH))
    width = max(2 * size, min(text_width, style.LABEL_WIDTH))
    height = 2 * size + 4 + lines * font * _LINE_HEIGHT
    return width, height


def _spring(piece: nx.Graph, seed: int) -> dict[int, np.ndarray]:
    n = piece.number_of_nodes()
    if n == 1:
        return {next(iter(piece.nodes)): np.zeros(2)}
    if n == 2:
        a, b = sorted(piece.nodes)
        return {a: np.array([-1.0, 0.0]), b: np.array([1.0, 0.0])}
    pos = nx.spring_layout(piece, seed=seed, weight="weight", k=1.6 / math.sqrt(n), iterations=300)
    return {node: np.asarray(p, dtype=float) for node, p in pos.items()}


def _separate(xy: np.ndarray, boxes: np.ndarray, rounds: int = 400, upright: float = 1.0) -> np.ndarray:
    """Push apart overlapping boxes (centred on the node, label hanging below) along their shallower axis."""
    n = len(xy)
    if n < 2:
        return xy
    xy = xy.copy()
    w = boxes[:, 0] + _GAP
    h = boxes[:, 1] + _GAP
    drop = boxes[:, 2]  # the label hangs below the node: the box centre sits below the node centre
    half_w = (w[:, None] + w[None, :]) / 2
    half_h = (h[:, None] + h[None, :]) / 2
    upper = np.triu(np.ones((n, n), dtype=bool), 1)
    for _ in range(rounds):
        cx = xy[:, 0]
        cy = xy[:, 1] + drop
        dx = cx[None, :] - cx[:, None]
        dy = cy[None, :] - cy[:, None]
        over_x = half_w - np.abs(dx)
        over_y = half_h - np.abs(dy)
        hit = (over_x > 0) & (over_y > 0) & upper
        if not hit.any():
            break
        i, j = np.nonzero(hit)
        # the shallower way out in relative terms; ``upright`` above 1 favours moving up and down
        along_x = over_x[i, j] * (h[i] + h[j]) * upright < over_y[i, j] * (w[i] + w[j])
        move = np.zeros((len(i), 2))
        sx = np.where(dx[i, j] >= 0, 1.0, -1.0)
        sy = np.where(dy[i, j] >= 0, 1.0, -1.0)
        move[along_x, 0] = sx[along_x] * over_x[i, j][along_x] / 2 * 1.02
        move[~along_x, 1] = sy[~along_x] * over_y[i, j][~along_x] / 2 * 1.02
        shift = np.zeros_like(xy)
        np.add.at(shift, i, -move)
        np.add.at(shift, j, move)
        xy += shift * 0.9
    return xy


def _tidy_piece(
    piece: nx.Graph, boxes: dict[int, tuple[float, float, float]], seed: int, aspect: float = _TARGET_ASPECT
) -> dict[int, np.ndarray]:
    """A spring layout of one connected piece, scaled to its label sizes, with label overlaps removed."""
    raw = _spring(piece, seed)
    nodes = sorted(raw)
    xy = np.array([raw[n] for n in nodes])
    xy -= xy.mean(axis=0)
    box = np.array([boxes[n] for n in nodes])
    # start tight (about the total label area) and let the separation open up only the room labels need;
    # a wider than tall start suits labels, which are wider than tall, and the landscape window
    area = float(((box[:, 0] + _GAP) * (box[:, 1] + _GAP)).sum())
    # scale by the typical distance from the centre, not the farthest node: a few far leaves would otherwise
    # squeeze the hubs together
    # a chain of ties stretches a spring layout into a long band: turn its long axis level and give both axes
    # the same spread, so the piece fills a window-shaped area
    if len(nodes) > 2:
        _, vectors = np.linalg.eigh(np.cov(xy.T))
        xy = xy @ vectors[:, ::-1]
        spread = xy.std(axis=0)
        spread[spread == 0] = 1.0
        xy = xy / spread
    rms = math.sqrt(float((xy**2).sum(axis=1).mean())) or 1.0
    xy = xy / rms * math.sqrt(area / math.pi) * np.array([_ASPECT, 1 / _ASPECT])
    xy = _separate(xy, box)
    # then shrink towards the centre and separate again, a few times: as compact as the labels allow, with
    # the spring layout's arrangement kept; the axis that is long for the window shrinks faster
    for _ in range(_COMPACT_ROUNDS):
        width, height = _extent(xy, box)
        wide = width > height * aspect
        xy = _separate(xy * np.array([0.92, 1.0] if wide else [1.0, 0.92]), box, 60, 4.0 if wide else 0.25)
    xy = _separate(xy, box)
    return {n: xy[k] for k, n in enumerate(nodes)}


def _extent(xy: np.ndarray, box: np.ndarray) -> tuple[float, float]:
    """Width and height of the drawing of one piece, labels included."""
    width = float((xy[:, 0] + box[:, 0] / 2).max() - (xy[:, 0] - box[:, 0] / 2).min())
    centre_y = xy[:, 1] + box[:, 2]
    height = float((centre_y + box[:, 1] / 2).max() - (centre_y - box[:, 1] / 2).min())
    return width, height


def _bounds(pos: dict[int, np.ndarray], boxes: dict[int, tuple[float, float, float]]) -> tuple[float, ...]:
    left = min(p[0] - boxes[n][0] / 2 for n, p in pos.items())
    right = max(p[0] + boxes[n][0] / 2 for n, p in pos.items())
    top = min(p[1] + boxes[n][2] - boxes[n][1] / 2 for n, p in pos.items())
    bottom = max(p[1] + boxes[n][2] + boxes[n][1] / 2 for n, p in pos.items())
    return left, right, top, bottom


def _fit_extent(pos: dict[int, np.ndarray], boxes: dict[int, tuple[float, float, float]]) -> float:
    """The height of a window of the target shape that the drawing just fits into (smaller shows larger)."""
    left, right, top, bottom = _bounds(pos, boxes)
    return max((right - left) / _TARGET_ASPECT, bottom - top)


def _flow(
    loose: list[int],
    boxes: dict[int, tuple[float, float, float]],
    main: tuple[float, ...],
    beside: bool,
    stretch: float = 1.0,
) -> dict[int, np.ndarray]:
    """Loose nodes in columns right of ``main`` (``stretch`` times as tall), or in rows under it (as wide)."""
    left, right, top, bottom = main
    out: dict[int, np.ndarray] = {}
    if beside:
        limit = max((bottom - top) * stretch, 3 * max(boxes[n][1] for n in loose))
        x, y = right + 3 * _GAP, top
        columns: list[list[int]] = [[]]
        for n in loose:
            h = boxes[n][1] + _GAP
            if columns[-1] and y + h > top + limit:
                columns.append([])
                y = top
            out[n] = np.array([0.0, y + h / 2 - boxes[n][2]])
            columns[-1].append(n)
            y += h
        for column in columns:  # each column centred on one vertical line, as wide as its widest label
            col_w = max(boxes[m][0] for m in column) + 2 * _GAP
            for m in column:
                out[m][0] = x + col_w / 2
            x += col_w
        return out
    limit = max((right - left) * stretch, 3 * max(boxes[n][0] for n in loose))
    rows: list[list[int]] = [[]]
    x = left
    for n in loose:
        w = boxes[n][0] + 2 * _GAP
        if rows[-1] and x + w > left + limit:
            rows.append([])
            x = left
        out[n] = np.array([x + w / 2, 0.0])
        rows[-1].append(n)
        x += w
    y = bottom + 3 * _GAP
    for row in rows:  # nodes of a row on one line, the row as tall as its tallest node and label
        radius = {m: boxes[m][1] / 2 - boxes[m][2] for m in row}
        top_r = max(radius.values())
        for m in row:
            out[m][1] = y + top_r
        y += max(top_r - radius[m] + boxes[m][1] for m in row) + _GAP
    return out


def tidy_layout(
    graph: nx.MultiDiGraph, hidden_families: Collection[str] = (), seed: int = 7
) -> dict[int, tuple[float, float]]:
    """Positions in canvas units: connected pieces side by side, tie-less nodes in a grid to their right."""
    tie_counts = stated_ties(graph, hidden_families)
    max_ties = max(tie_counts.values(), default=0)
    boxes: dict[int, tuple[float, float, float]] = {}
    for node, data in graph.nodes(data=True):
        size = style.node_size(tie_counts[node], max_ties)
        w, h = label_box(str(data.get("name", "")) or f"#{node}", size)
        boxes[int(node)] = (w, h, h / 2 - size)  # width, height, drop of the box centre below the node
    stated = nx.Graph()
    stated.add_nodes_from(int(n) for n in graph.nodes)
    for u, v, data in graph.edges(data=True):
        if u == v or str(data.get("family", "")) in hidden_families:
            continue
        w = stated.get_edge_data(u, v, {"weight": 0.0})["weight"]
        stated.add_edge(int(u), int(v), weight=w + math.log1p(int(data.get("evidence", 1))))
    pieces = sorted(nx.connected_components(stated), key=lambda c: (-len(c), min(c)))
    big = [c for c in pieces if len(c) > 2]
    small = [c for c in pieces if len(c) <= 2]

    def area(nodes: Collection[int]) -> float:
        return sum((boxes[n][0] + _GAP) * (boxes[n][1] + _GAP) for n in nodes)

    # the pieces share the window's width, and the loose nodes usually go underneath: each piece is shaped
    # for its part of the whole, so that everything together has about the window's shape
    big_area = sum(area(c) for c in big) or 1.0
    whole = _TARGET_ASPECT * (1 + _LOOSE_SHARE * sum(area(c) for c in small) / big_area)

    pos: dict[int, np.ndarray] = {}
    cursor = 0.0
    height = 0.0
    for i, nodes in enumerate(big):
        aspect = max(0.6, whole * area(nodes) / big_area)
        placed = _tidy_piece(stated.subgraph(nodes), boxes, seed + i, aspect)
        left, right, top, bottom = _bounds(placed, boxes)
        shift = np.array([cursor - left, -(top + bottom) / 2])
        for n, p in placed.items():
            pos[n] = p + shift
        cursor += right - left + 3 * _GAP
        height = max(height, bottom - top)

    # pairs and lone nodes: pairs first (side by side in a column), then lone nodes by kind and name, in columns
    # as tall as the network beside them
    kind_order = {str(k): i for i, k in enumerate(style.KINDS)}
    pairs = [sorted(c) for c in small if len(c) == 2]
    singles = sorted(
        (n for c in small if len(c) == 1 for n in c),
        key=lambda n: (kind_order.get(str(graph.nodes[n].get("kind", "")), 99),
                       str(graph.nodes[n].get("name", "")).casefold(), n),
    )
    loose = [n for pair in pairs for n in pair] + singles
    if loose:
        if pos:
            main = _bounds(pos, boxes)
        else:  # nothing but loose nodes: a grid of about the window's shape
            side = math.sqrt(area(loose) * 1.3 / _TARGET_ASPECT)
            main = (0.0, side * _TARGET_ASPECT, -3 * _GAP, -3 * _GAP)
        options = [_flow(loose, boxes, main, beside, stretch) for beside in (True, False) for stretch in _STRETCHES]
        # beside or below the network, whichever lets the whole drawing show largest in a typical window
        best = min(options, key=lambda placed: _fit_extent({**pos, **placed}, boxes))
        pos.update(best)

    if not pos:
        return {}
    left, right, top, bottom = _bounds(pos, boxes)
    centre = np.array([(left + right) / 2, (top + bottom) / 2])
    return {n: (round(float(p[0] - centre[0]), 1), round(float(p[1] - centre[1]), 1)) for n, p in pos.items()}


def grouped_layout(
    graph: nx.MultiDiGraph, hidden_families: Collection[str] = (), seed: int = 7
) -> dict[int, tuple[float, float]]:
    """Each community (the nodes' ``community`` attribute) laid out on its own, the groups packed in rows of about
    the window's shape, largest first: a group sits together, and the ties between groups do not pull it apart."""
    members: dict[int, list[int]] = {}
    for node, data in graph.nodes(data=True):
        members.setdefault(int(data.get("community", -1)), []).append(int(node))
    blocks = []
    for index, (_, nodes) in enumerate(sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0]))):
        sub = graph.subgraph(nodes)
        if len(nodes) <= MAX_TIDY_NODES:
            placed = tidy_layout(sub, hidden_families, seed + index)
        else:  # a big group: seeded spring positions (networkx needs scipy for more; then seeded random ones)
            spread = 62.0 * math.sqrt(len(nodes))
            try:
                raw = nx.spring_layout(nx.Graph(sub), seed=seed)
            except ImportError:
                raw = {n: (2 * x - 1, 2 * y - 1) for n, (x, y) in nx.random_layout(sub, seed=seed).items()}
            placed = {int(n): (float(x) * spread, float(y) * spread) for n, (x, y) in raw.items()}
        xs = [p[0] for p in placed.values()]
        ys = [p[1] for p in placed.values()]
        pad = style.LABEL_WIDTH / 2 + _GAP
        blocks.append((placed, min(xs) - pad, max(xs) + pad, min(ys) - pad, max(ys) + pad))
    if not blocks:
        return {}
    area = sum((right - left) * (bottom - top) for _, left, right, top, bottom in blocks)
    row_limit = max(math.sqrt(area * _TARGET_ASPECT), max(right - left for _, left, right, _t, _b in blocks))
    out: dict[int, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for placed, left, right, top, bottom in blocks:
        width, height = right - left, bottom - top
        if x > 0 and x + width > row_limit:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in placed.items():
            out[node] = (px - left + x, py - top + y)
        x += width
        row_height = max(row_height, height)
    mid_x = (min(p[0] for p in out.values()) + max(p[0] for p in out.values())) / 2
    mid_y = (min(p[1] for p in out.values()) + max(p[1] for p in out.values())) / 2
    return {n: (round(px - mid_x, 1), round(py - mid_y, 1)) for n, (px, py) in out.items()}
