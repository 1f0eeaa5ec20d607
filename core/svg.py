"""The network as a vector SVG: same shapes, colours, curves and legend as the page, for print and papers.

Positions come from the page (what the user arranged) or, without a page, from ``core.page.layout``.
The document is built with ElementTree, so names and aliases are always escaped as XML text.
"""

from __future__ import annotations

import math
import re
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping

import networkx as nx

from core import style
from core.layout import stated_ties
from core.page import edge_curves, layout

_RGBA = re.compile(r"rgba\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*([\d.]+)\s*\)")
_MARGIN = 40.0
_LEGEND_COL = 128.0
_LEGEND_ROW = 20.0


def _paint(color: str) -> tuple[str, float]:
    """``#rrggbb`` and an opacity: SVG 1.1 readers (Inkscape, Illustrator) do not all read rgba()."""
    m = _RGBA.fullmatch(color.strip())
    if m:
        r, g, b, a = m.groups()
        return f"#{int(r):02x}{int(g):02x}{int(b):02x}", float(a)
    return color, 1.0


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _shape_points(shape: str, x: float, y: float, r: float) -> list[tuple[float, float]] | None:
    """Polygon corners as vis-network draws them; None for a circle."""
    if shape == "diamond":
        return [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
    if shape == "triangle":
        side = 2 * r
        inner = math.sqrt(3) / 6 * side
        height = math.sqrt(side * side - r * r)
        return [(x, y - (height - inner)), (x + r, y + inner), (x - r, y + inner)]
    if shape == "hexagon":
        return [(x + r * math.cos(i * math.pi / 3), y + r * math.sin(i * math.pi / 3)) for i in range(6)]
    if shape == "square":
        return [(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)]
    return None


def _shape(parent: ET.Element, shape: str, x: float, y: float, r: float, fill: str, **attrs: str) -> ET.Element:
    color, opacity = _paint(fill)
    points = _shape_points(shape, x, y, r)
    if points is None:
        el = ET.SubElement(parent, "circle", cx=_fmt(x), cy=_fmt(y), r=_fmt(r), fill=color, **attrs)
    else:
        el = ET.SubElement(
            parent, "polygon", points=" ".join(f"{_fmt(px)},{_fmt(py)}" for px, py in points), fill=color, **attrs
        )
    if opacity < 1:
        el.set("fill-opacity", f"{opacity:.2f}")
    return el


def _via(x1: float, y1: float, x2: float, y2: float, curve: Mapping[str, object]) -> tuple[float, float] | None:
    """The quadratic control point of vis-network's curvedCW / curvedCCW edges (None: straight)."""
    roundness = float(curve.get("roundness", 0) or 0)
    if roundness == 0:
        return None
    dx, dy = x2 - x1, y1 - y2
    radius = math.hypot(dx, dy)
    factor = roundness if curve.get("type") == "curvedCW" else -roundness
    angle = (math.atan2(dy, dx) + (0.5 * factor + 0.5) * math.pi) % (2 * math.pi)
    reach = (0.5 * roundness + 0.5) * radius
    return x1 + reach * math.sin(angle), y1 + reach * math.cos(angle)


def label_lines(name: str, font: float) -> list[str]:
    """A long name broken into lines about as wide as the page's label width limit."""
    per_line = max(12, int(style.LABEL_WIDTH / (font * 0.52)))
    # whitespace is kept at the line ends so that the lines joined give the name back exactly
    return textwrap.wrap(name, per_line, break_on_hyphens=False, drop_whitespace=False) or [name]


def render_svg(
    graph: nx.MultiDiGraph,
    positions: Mapping[int, tuple[float, float]] | None = None,
    only_nodes: Iterable[int] | None = None,
    only_edges: Iterable[int] | None = None,
    families: Iterable[str] | None = None,
) -> str:
    """SVG text of ``graph`` drawn at ``positions`` (page coordinates) with a legend under the drawing.

    ``only_nodes`` / ``only_edges`` restrict the drawing to what a filtered view shows; sizes and widths
    still come from the whole graph, so they match the page. Without ``only_edges``, ties of ``families`` are
    drawn (by default the families the page shows first: co-occurrence ties stay out, as on screen).
    """
    tie_counts = stated_ties(graph)
    max_ties = max(tie_counts.values(), default=0)
    sizes = {n: style.node_size(t, max_ties) for n, t in tie_counts.items()}
    max_evidence = max((int(d.get("evidence", 1)) for _, _, d in graph.edges(data=True)), default=1)
    curves = edge_curves(graph)
    # laid out before filtering, like the page: a filter hides nodes and ties, it does not move anything
    whole_layout = layout(graph) if not positions else {}
    if only_edges is None:
        shown_families = set(style.default_families() if families is None else families)
        only_edges = [k for _, _, k, d in graph.edges(keys=True, data=True) if str(d.get("family")) in shown_families]
    if only_nodes is not None or only_edges is not None:
        keep_nodes = set(graph.nodes) if only_nodes is None else {int(n) for n in only_nodes}
        keep_edges = {int(e) for e in only_edges}
        shown = nx.MultiDiGraph()
        shown.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if n in keep_nodes)
        shown.add_edges_from(
            (u, v, k, d)
            for u, v, k, d in graph.edges(keys=True, data=True)
            if u in keep_nodes and v in keep_nodes and (keep_edges is None or k in keep_edges)
        )
        graph = shown
    given = positions or whole_layout
    pos = {int(n): (float(given[n][0]), float(given[n][1])) if n in given else (0.0, 0.0) for n in graph.nodes}

    if pos:
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        pad = style.NODE_SIZE_MAX + 60  # room for labels running past the outermost nodes
        min_x, max_x = min(xs) - pad, max(xs) + pad
        min_y, max_y = min(ys) - style.NODE_SIZE_MAX - 10, max(ys) + style.NODE_SIZE_MAX + 30
    else:
        min_x, max_x, min_y, max_y = 0.0, 400.0, 0.0, 200.0
    kinds_present = [k for k in style.legend()["kinds"] if any(graph.nodes[n].get("kind") == k["key"] for n in graph)]
    families_in = {str(d.get("family")) for _, _, d in graph.edges(data=True)}
    families_present = [f for f in style.legend()["families"] if f["key"] in families_in]
    if any(_analyst(d) for _, d in graph.nodes(data=True)) or any(_analyst(d) for *_, d in graph.edges(data=True)):
        kinds_present += [{}] * (len(kinds_present) % 2)  # its long label gets a row of its own
        kinds_present.append({**style.legend()["analyst"], "shape": "analyst"})
    legend_rows = 2 + math.ceil(len(kinds_present) / 2) + math.ceil(len(families_present) / 2)
    legend_h = legend_rows * _LEGEND_ROW + 24
    legend_w = 2 * _LEGEND_COL + 24

    width = max(max_x - min_x, legend_w) + 2 * _MARGIN
    height = (max_y - min_y) + 2 * _MARGIN + legend_h + 20
    ox, oy = _MARGIN - min_x, _MARGIN - min_y

    root = ET.Element(
        "svg",
        xmlns="http://www.w3.org/2000/svg",
        width=_fmt(width),
        height=_fmt(height),
        viewBox=f"0 0 {_fmt(width)} {_fmt(height)}",
        **{"font-family": style.FONT_STACK},
    )
    ET.SubElement(root, "title").text = "Entente network"
    ET.SubElement(root, "rect", width=_fmt(width), height=_fmt(height), fill=style.BACKGROUND)

    edges_g = ET.SubElement(root, "g", id="edges", fill="none")
    for u, v, key, data in graph.edges(keys=True, data=True):
        look = style.family_style(str(data.get("family", "")))
        color, opacity = _paint(look.color)
        width_px = style.edge_width(int(data.get("evidence", 1)), max_evidence)
        (x1, y1), (x2, y2) = pos[int(u)], pos[int(v)]
        x1, y1, x2, y2 = x1 + ox, y1 + oy, x2 + ox, y2 + oy
        via = _via(x1, y1, x2, y2, curves[int(key)]) if u != v else None
        # the line stops at the target's rim so the arrow point touches it, as on the page
        tx, ty = via if via else (x1, y1)
        length = math.hypot(x2 - tx, y2 - ty) or 1.0
        ux, uy = (x2 - tx) / length, (y2 - ty) / length
        rim = sizes[int(v)] + 1
        arrow = 7 + 1.6 * width_px if look.directed else 0
        ex, ey = x2 - ux * (rim + arrow), y2 - uy * (rim + arrow)
        d = f"M{_fmt(x1)},{_fmt(y1)} " + (
            f"Q{_fmt(via[0])},{_fmt(via[1])} {_fmt(ex)},{_fmt(ey)}" if via else f"L{_fmt(ex)},{_fmt(ey)}"
        )
        group = ET.SubElement(edges_g, "g", **{"data-relation": str(key)})
        ET.SubElement(group, "title").text = f"{data.get('type', '')} ({look.label})"
        if _analyst(data):  # the analyst's mark: a faint glow under the line
            glow, _ = _paint(style.ANALYST_GLOW)
            under = ET.SubElement(group, "path", d=d, stroke=glow, **{"stroke-width": _fmt(width_px + 5)})
            under.set("stroke-opacity", "0.28")  # no blur in SVG: a pale band, fainter than the page's glow
            under.set("stroke-linecap", "round")
        path = ET.SubElement(
            group, "path", d=d, stroke=color, **{"stroke-width": _fmt(width_px), "stroke-linecap": "round"}
        )
        if opacity < 1:
            path.set("stroke-opacity", f"{opacity:.2f}")
        if look.dashed:
            path.set("stroke-dasharray", " ".join(str(n) for n in style.DASH))
        if look.directed:
            tipx, tipy = x2 - ux * rim, y2 - uy * rim
            half = arrow * 0.45
            bx, by = tipx - ux * arrow, tipy - uy * arrow
            points = [(tipx, tipy), (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half)]
            head = ET.SubElement(group, "polygon", points=" ".join(f"{_fmt(a)},{_fmt(b)}" for a, b in points))
            head.set("fill", color)
            if opacity < 1:
                head.set("fill-opacity", f"{opacity:.2f}")

    nodes_g = ET.SubElement(root, "g", id="nodes")
    # a dark halo under each label keeps it readable across edges; drawn as its own text rather than with
    # paint-order, which several SVG readers ignore
    halos_g = ET.SubElement(
        root,
        "g",
        id="label-halos",
        fill=style.LABEL_STROKE,
        stroke=style.LABEL_STROKE,
        **{"stroke-width": "4", "stroke-linejoin": "round", "text-anchor": "middle", "aria-hidden": "true"},
    )
    labels_g = ET.SubElement(root, "g", id="labels", fill=style.TEXT, **{"text-anchor": "middle"})
    for node, data in graph.nodes(data=True):
        n = int(node)
        x, y = pos[n][0] + ox, pos[n][1] + oy
        look = style.kind_style(str(data.get("kind", "")))
        name = str(data.get("name", "")) or f"#{n}"
        group = ET.SubElement(nodes_g, "g", **{"data-entity": str(n)})
        ET.SubElement(group, "title").text = f"{name} ({look.label})"
        _shape(group, look.shape, x, y, sizes[n], look.color, stroke=look.color)
        if _analyst(data):
            _ring(group, x, y, sizes[n] + 3.5)
        font = style.label_size(sizes[n])
        lines = label_lines(name, font)
        for group_el in (halos_g, labels_g):
            # one <text> per line (wrapped as the page wraps long names): tspan placement is not read everywhere
            label = ET.SubElement(group_el, "g", **{"font-size": str(font)})
            for i, line in enumerate(lines):
                y_line = y + sizes[n] + 4 + font * 0.8 + i * font * 1.15
                ET.SubElement(label, "text", x=_fmt(x), y=_fmt(y_line)).text = line

    _legend(root, kinds_present, families_present, _MARGIN, height - legend_h - _MARGIN / 2, legend_w, legend_h)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _analyst(data: Mapping[str, object]) -> bool:
    return data.get("origin") == "analyst" or bool(data.get("confirmed"))


def _ring(parent: ET.Element, x: float, y: float, r: float) -> None:
    """The quiet mark of what the analyst made or confirmed: a dashed pale ring."""
    ET.SubElement(
        parent, "circle", cx=_fmt(x), cy=_fmt(y), r=_fmt(r), fill="none", stroke=style.ANALYST,
        **{"stroke-width": "1.8", "stroke-dasharray": "3 2.5"},
    )


def _legend(
    root: ET.Element,
    kinds: list[dict[str, object]],
    families: list[dict[str, object]],
    x0: float,
    y0: float,
    w: float,
    h: float,
) -> None:
    g = ET.SubElement(root, "g", id="legend")
    ET.SubElement(
        g, "rect", x=_fmt(x0), y=_fmt(y0), width=_fmt(w), height=_fmt(h), rx="10", fill=style.PANEL,
        stroke=style.PANEL_BORDER,
    )
    y = y0 + 12 + _LEGEND_ROW / 2

    def head(text: str) -> None:
        nonlocal y
        t = ET.SubElement(g, "text", x=_fmt(x0 + 12), y=_fmt(y + 4), fill=style.TEXT_MUTED)
        t.set("font-size", "10.5")
        t.set("font-weight", "500")
        t.set("letter-spacing", "0.8")
        t.text = text.upper()
        y += _LEGEND_ROW

    def label(text: str, x: float, yy: float) -> None:
        t = ET.SubElement(g, "text", x=_fmt(x + 30), y=_fmt(yy + 4.5), fill=style.TEXT)
        t.set("font-size", "13")
        t.text = text

    head("Entities")
    for i, k in enumerate(kinds):
        x = x0 + 12 + (i % 2) * _LEGEND_COL
        yy = y + (i // 2) * _LEGEND_ROW
        if not k:
            continue
        if k["shape"] == "analyst":
            _ring(g, x + 8, yy, 5.5)
        else:
            _shape(g, str(k["shape"]), x + 8, yy, 6.0, str(k["color"]))
        label(str(k["label"]), x, yy)
    y += math.ceil(len(kinds) / 2) * _LEGEND_ROW
    head("Relations")
    for i, f in enumerate(families):
        x = x0 + 12 + (i % 2) * _LEGEND_COL
        yy = y + (i // 2) * _LEGEND_ROW
        color, opacity = _paint(str(f["color"]))
        end = x + (18 if f["directed"] else 24)
        line = ET.SubElement(
            g, "line", x1=_fmt(x), y1=_fmt(yy), x2=_fmt(end), y2=_fmt(yy), stroke=color, **{"stroke-width": "2.2"}
        )
        if opacity < 1:
            line.set("stroke-opacity", f"{opacity:.2f}")
        if f["dashed"]:
            line.set("stroke-dasharray", "4 3")
        if f["directed"]:
            tip = [(x + 17, yy - 3.5), (x + 24, yy), (x + 17, yy + 3.5)]
            head_el = ET.SubElement(g, "polygon", points=" ".join(f"{_fmt(a)},{_fmt(b)}" for a, b in tip))
            head_el.set("fill", color)
            if opacity < 1:
                head_el.set("fill-opacity", f"{opacity:.2f}")
        label(str(f["label"]), x, yy)
