"""The network page: graph → vis-network data (built with pyvis; a compact form for big graphs), our own HTML
template, safe JS calls.

Article text is hostile. It reaches the page only as JSON data: inside a ``<script type="application/json">``
element (with ``<``, ``>`` and ``&`` escaped so no ``</script>`` can close it) or as a JSON argument of a
JavaScript call built by ``js_call``. The page script renders it with ``textContent`` and canvas text only.
The same template serves the desktop view (assets from the ``entente:`` scheme) and the standalone export
(assets inlined, scripts allowed by hash), so both look the same and neither makes a network request.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from core import style
from core.big_layout import overview_layout
from core.layout import MAX_TIDY_NODES, grouped_layout, stated_ties, tidy_layout

_MARK_HEAD = "<!--ENTENTE:HEAD-->"
_MARK_DATA = "<!--ENTENTE:DATA-->"
_MARK_SCRIPTS = "<!--ENTENTE:SCRIPTS-->"
_MARK_CSP = "ENTENTE_CSP"
_MARK_TITLE = "ENTENTE_TITLE"

APP_CSP = (
    "default-src 'none'; script-src entente: qrc:; style-src entente: 'unsafe-inline'; "
    "img-src entente: data:; font-src entente: data:; connect-src 'none'"
)

_JS_NAME = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")
_PARALLEL_STEP = 0.22  # curvature between successive parallel edges of one pair


def _web_dir() -> Path:
    from resources import web_dir  # resources is a plain package; imported late so core stays light

    return web_dir()


# -- data ------------------------------------------------------------------------------------------


def json_text(value: Any) -> str:
    """JSON that is also safe inside HTML script elements and JavaScript source."""
    text = json.dumps(value, ensure_ascii=True, allow_nan=False, separators=(",", ":"))
    # ensure_ascii already escapes U+2028/U+2029; these three stop an HTML parser ever seeing markup
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def js_call(function: str, *args: Any) -> str:
    """``function(arg, ...)`` with every argument as a JSON literal: the only way Python builds page calls."""
    if not _JS_NAME.fullmatch(function):
        raise ValueError(f"not a JavaScript function name: {function!r}")
    return f"{function}({','.join(json_text(a) for a in args)})"


def layout(graph: nx.MultiDiGraph, seed: int = 7) -> dict[int, tuple[float, float]]:
    """Positions in page units, the same for the same graph: ``core.layout`` for small graphs, ``core.big_layout``
    (groups kept together, no physics needed) for big ones."""
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    if graph.graph.get("colour_by_group"):
        return grouped_layout(graph, style.HIDDEN_FAMILIES, seed)
    if n <= MAX_TIDY_NODES:
        return tidy_layout(graph, style.HIDDEN_FAMILIES, seed)
    return overview_layout(graph, seed)


def edge_curves(graph: nx.MultiDiGraph) -> dict[int, dict[str, Any]]:
    """Per edge ``smooth`` option: straight for a lone edge, fanned curves for parallel ones."""
    pairs: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
    for u, v, key in graph.edges(keys=True):
        pairs.setdefault((min(u, v), max(u, v)), []).append((int(key), u, v))
    curves: dict[int, dict[str, Any]] = {}
    for (low, _high), members in pairs.items():
        for i, (key, u, _v) in enumerate(sorted(members)):
            step = (i + 1) // 2
            side_cw = i % 2 == 1
            if u != low:  # seen from the other end, clockwise is the other side
                side_cw = not side_cw
            curves[key] = {
                "enabled": True,
                "type": "curvedCW" if side_cw else "curvedCCW",
                "roundness": round(step * _PARALLEL_STEP, 3),
            }
    return curves


def graph_payload(
    graph: nx.MultiDiGraph,
    highlight: Iterable[int] = (),
    positions: Mapping[int, tuple[float, float]] | None = None,
) -> dict[str, Any]:
    """The vis-network nodes and edges for ``graph`` (built through pyvis), plus legend and theme.

    With ``positions`` (every node's place: what the user arranged, or the project's layout cache) the page
    draws exactly those, new nodes included. A big graph gets a compact payload (see ``big_payload``).
    """
    fresh = {int(h) for h in highlight}
    pos = dict(positions) if positions is not None else layout(graph)
    if graph.number_of_nodes() > MAX_TIDY_NODES:
        return big_payload(graph, fresh, pos, placed=positions is not None)
    from pyvis.network import Network  # heavy import (pulls IPython); only when a page is built

    net = Network(directed=True, cdn_resources="local")
    tie_counts = stated_ties(graph)
    max_ties = max(tie_counts.values(), default=0)
    # a view may size nodes by another measure ("score" on each node) and colour them by "community"
    scored = all("score" in attrs for _, attrs in graph.nodes(data=True)) and graph.number_of_nodes() > 0
    max_score = max((float(a["score"]) for _, a in graph.nodes(data=True)), default=0.0) if scored else 0.0
    by_group = bool(graph.graph.get("colour_by_group"))
    for node, attrs in graph.nodes(data=True):
        kind = str(attrs.get("kind", ""))
        look = style.kind_style(kind)
        if by_group:
            look = dataclasses.replace(look, color=style.group_colour(int(attrs.get("community", -1))))
        if scored:
            size = style.node_size(float(attrs["score"]) * 1000 / max_score if max_score else 0, 1000)
        else:
            size = style.node_size(tie_counts[node], max_ties)
        name = str(attrs.get("name", "")) or f"#{node}"
        extra: dict[str, Any] = {}
        analyst = attrs.get("origin") == "analyst" or bool(attrs.get("confirmed"))
        if analyst:
            extra["shapeProperties"] = {"borderDashes": [3, 3]}
        if int(node) in pos:
            extra["x"], extra["y"] = pos[int(node)]
        net.add_node(
            int(node),
            label=name,
            shape=look.shape,
            color={
                "background": look.color,
                "border": style.ACCENT if int(node) in fresh else (style.ANALYST if analyst else look.color),
                "highlight": {"background": look.color, "border": style.TEXT},
                "hover": {"background": look.color, "border": style.TEXT},
            },
            borderWidth=3 if int(node) in fresh or analyst else 1,
            size=size,
            font={"size": style.label_size(size)},
            kind=kind,
            aliases=[str(a) for a in attrs.get("aliases", ())],
            mentions=int(attrs.get("mentions", 0)),
            documents=int(attrs.get("documents", 0)),
            ties=tie_counts[node],
            fresh=int(node) in fresh,
            origin=str(attrs.get("origin", "machine")),
            confirmed=bool(attrs.get("confirmed", False)),
            analyst=analyst,
            **extra,
        )
    max_evidence = max((int(d.get("evidence", 1)) for _, _, d in graph.edges(data=True)), default=1)
    curves = edge_curves(graph)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        family = str(attrs.get("family", ""))
        look = style.family_style(family)
        evidence = int(attrs.get("evidence", 1))
        curve = curves[int(key)]
        analyst = attrs.get("origin") == "analyst" or bool(attrs.get("confirmed"))
        mark = {"shadow": {"enabled": True, "color": style.ANALYST_GLOW, "size": 12, "x": 0, "y": 0}} if analyst else {}
        net.add_edge(
            int(u),
            int(v),
            id=int(key),
            type=str(attrs.get("type", "")),
            family=family,
            evidence=evidence,
            noted=attrs.get("origin") == "analyst" and not evidence,
            documents=int(attrs.get("documents", 0)),
            width=style.edge_width(evidence, max_evidence) + (1.5 if analyst else 0),
            dashes=list(style.DASH) if look.dashed else False,
            arrows={"to": {"enabled": look.directed}},
            color={"color": look.color, "highlight": look.color, "hover": look.color, "inherit": False},
            smooth=curve,
            # one spring per pair of nodes: parallel edges would otherwise pull the pair into a knot
            physics=curve["roundness"] == 0,
            origin=str(attrs.get("origin", "machine")),
            confirmed=bool(attrs.get("confirmed", False)),
            analyst=analyst,
            **mark,
        )
    nodes, edges, *_ = net.get_network_data()
    return {
        "nodes": nodes,
        "edges": edges,
        "legend": _legend(by_group),
        "theme": style.theme(),
        "options": vis_options(len(nodes)),
        # positions the user already saw, or a finished layout: draw them as they are, no physics
        "settled": positions is not None or len(nodes) <= MAX_TIDY_NODES,
        # a new arrangement (groups gathered or released): the page takes these positions, not the ones it shows
        "relayout": bool(graph.graph.get("relayout")),
        "placed": positions is not None,
        # what the page shows before anyone sets a filter (the exported page, the headless PNG)
        "families": style.default_families(),
    }


def _legend(by_group: bool) -> dict[str, list[dict[str, object]]]:
    """The legend; coloured by group, the kinds keep their shapes and lose their colours (groups have them)."""
    legend = style.legend()
    if by_group:
        for kind in legend["kinds"]:
            kind["color"] = style.SMALL_GROUP
    return legend


# -- big graphs: a compact payload the page expands, labels drawn by importance and zoom --------------


def big_payload(
    graph: nx.MultiDiGraph, fresh: set[int], pos: Mapping[int, tuple[float, float]], placed: bool
) -> dict[str, Any]:
    """The payload of a big graph: per node and edge only what differs between them (the page takes colours,
    shapes, dashes and arrows from the legend), no per-item tooltip (built on hover), straight lines except
    between parallel ties, and a rank per node: the page draws the labels of the most tied nodes first, as
    many as fit on screen without overlapping, so zooming in shows more names.

    Built without pyvis: its ``add_edge`` scans every node per edge, which alone took seconds at this size.
    """
    tie_counts = stated_ties(graph)
    max_ties = max(tie_counts.values(), default=0)
    # as in the small page: a view may size nodes by another measure and colour them by group
    scored = all("score" in attrs for _, attrs in graph.nodes(data=True)) and graph.number_of_nodes() > 0
    max_score = max((float(a["score"]) for _, a in graph.nodes(data=True)), default=0.0) if scored else 0.0
    by_group = bool(graph.graph.get("colour_by_group"))
    ranked = sorted(
        graph.nodes(data=True),
        key=lambda it: (-tie_counts[it[0]], -int(it[1].get("mentions", 0)), str(it[1].get("name", "")), it[0]),
    )
    nodes = []
    for rank, (node, attrs) in enumerate(ranked):
        item: dict[str, Any] = {
            "id": int(node),
            "name": str(attrs.get("name", "")) or f"#{node}",
            "kind": str(attrs.get("kind", "")),
            "size": (
                style.node_size(float(attrs["score"]) * 1000 / max_score if max_score else 0, 1000)
                if scored
                else style.node_size(tie_counts[node], max_ties)
            ),
            "rank": rank,
            "aliases": [str(a) for a in attrs.get("aliases", ())],
            "mentions": int(attrs.get("mentions", 0)),
            "documents": int(attrs.get("documents", 0)),
            "ties": tie_counts[node],
            "fresh": int(node) in fresh,
        }
        if by_group:
            item["fill"] = style.group_colour(int(attrs.get("community", -1)))
        if attrs.get("origin") == "analyst" or attrs.get("confirmed"):
            item["analyst"] = True
        if int(node) in pos:
            item["x"], item["y"] = pos[int(node)]
        nodes.append(item)
    max_evidence = max((int(d.get("evidence", 1)) for _, _, d in graph.edges(data=True)), default=1)
    curves = edge_curves(graph)
    edges = []
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        evidence = int(attrs.get("evidence", 1))
        item = {
            "id": int(key),
            "from": int(u),
            "to": int(v),
            "type": str(attrs.get("type", "")),
            "family": str(attrs.get("family", "")),
            "evidence": evidence,
            "documents": int(attrs.get("documents", 0)),
            "width": style.edge_width(evidence, max_evidence),
        }
        if attrs.get("origin") == "analyst" or attrs.get("confirmed"):
            item["analyst"] = True
        if attrs.get("origin") == "analyst" and not evidence:
            item["noted"] = True  # known from outside the articles: the analyst's note, not sentences
        if curves[int(key)]["roundness"]:
            item["smooth"] = curves[int(key)]
        edges.append(item)
    options = vis_options(len(nodes))
    options["edges"]["smooth"] = False  # a straight line is far cheaper to draw than a curve
    options["edges"]["arrows"]["to"]["enabled"] = True  # most ties are directed: the others say so themselves
    return {
        "nodes": nodes,
        "edges": edges,
        "compact": True,
        "dash": list(style.DASH),
        "labels": "zoom",
        "legend": _legend(by_group),
        "theme": style.theme(),
        "options": options,
        "settled": True,
        "placed": placed,
        "families": style.default_families(),
    }


def vis_options(node_count: int) -> dict[str, Any]:
    """vis-network options: physics only to settle a layout, a bounded number of iterations."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "nodes": {
            "borderWidthSelected": 3,
            "widthConstraint": {"maximum": style.LABEL_WIDTH},  # long names wrap, not run over neighbours
            "font": {
                "face": style.FONT_FACE,
                "color": style.TEXT,
                "size": 14,
                "strokeWidth": 4,
                "strokeColor": style.LABEL_STROKE,
            },
            # semantic zoom: zoomed far out, only labels that stay legible (hubs have larger ones) are drawn
            "scaling": {"label": {"enabled": False, "drawThreshold": 8}},
            "chosen": {"label": False},
        },
        "edges": {
            "arrows": {"to": {"scaleFactor": 0.5}},
            "selectionWidth": 1.5,
            "hoverWidth": 0.6,
            "arrowStrikethrough": False,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": node_count > MAX_TIDY_NODES,
            "hideEdgesOnZoom": node_count > MAX_TIDY_NODES,
            "keyboard": False,
            "navigationButtons": False,
            "multiselect": False,
            "zoomSpeed": 0.7,
        },
        "physics": {
            "enabled": False,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -55,
                "centralGravity": 0.015,
                "springLength": 95,
                "springConstant": 0.06,
                "damping": 0.6,
                "avoidOverlap": 0.6,
            },
            "minVelocity": 1.0,
            "maxVelocity": 40,
            "timestep": 0.4,
            "stabilization": {
                "enabled": True,
                "iterations": stabilization_iterations(node_count),
                "updateInterval": 50,
                "fit": False,
            },
        },
    }


def stabilization_iterations(node_count: int) -> int:
    """Fewer iterations for big graphs: the seeded layout is already close and each tick costs O(n log n)."""
    return max(60, min(250, 40000 // max(node_count, 1)))


# -- pages -----------------------------------------------------------------------------------------


def _template() -> str:
    return (_web_dir() / "network.html").read_text(encoding="utf-8")


def _fill(template: str, *, csp: str, head: str, data: str, scripts: str, title: str) -> str:
    out = template
    for mark, value in (
        (_MARK_CSP, csp),
        (_MARK_TITLE, title),
        (_MARK_HEAD, head),
        (_MARK_DATA, data),
        (_MARK_SCRIPTS, scripts),
    ):
        if out.count(mark) != 1:
            raise ValueError(f"page template must hold {mark} exactly once")
        out = out.replace(mark, value)
    return out


def _data_element(payload: Mapping[str, Any]) -> str:
    return f'<script type="application/json" id="entente-data">{json_text(payload)}</script>'


def app_page() -> str:
    """The page the desktop view loads from ``entente://app/``; the graph arrives later via ``js_call``."""
    head = '<link rel="stylesheet" href="network.css">'
    scripts = (
        '<script src="qrc:///qtwebchannel/qwebchannel.js"></script>\n'
        '<script src="vendor/vis-network.min.js"></script>\n'
        '<script src="network.js"></script>'
    )
    return _fill(_template(), csp=APP_CSP, head=head, data="", scripts=scripts, title="Entente network")


def _inline_script(source: str) -> tuple[str, str]:
    if re.search(r"</script|<!--", source, re.IGNORECASE):
        raise ValueError("script text would end the inline element early")
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return f"<script>{source}</script>", f"'sha256-{digest}'"


def _inline_css() -> str:
    web = _web_dir()
    css = (web / "network.css").read_text(encoding="utf-8")

    def font_uri(match: re.Match[str]) -> str:
        data = base64.b64encode((web / match.group(1)).read_bytes()).decode("ascii")
        return f'url("data:font/woff2;base64,{data}")'

    return re.sub(r'url\("?(fonts/[\w.-]+\.woff2)"?\)', font_uri, css)


def standalone_page(
    graph: nx.MultiDiGraph,
    title: str = "Entente network",
    positions: Mapping[int, tuple[float, float]] | None = None,
) -> str:
    """One self-contained HTML file (vis-network, styles and fonts inlined) that opens offline anywhere.

    With ``positions`` (``NetworkView.positions``) the page opens with the layout the user arranged.
    """
    web = _web_dir()
    payload = graph_payload(graph, positions=positions)
    scripts, hashes = [], []
    for name in ("vendor/vis-network.min.js", "network.js"):
        tag, digest = _inline_script((web / name).read_text(encoding="utf-8"))
        scripts.append(tag)
        hashes.append(digest)
    csp = (
        f"default-src 'none'; script-src {' '.join(hashes)}; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; connect-src 'none'"
    )
    return _fill(
        _template(),
        csp=csp,
        head=f"<style>{_inline_css()}</style>",
        data=_data_element(payload),
        scripts="\n".join(scripts),
        title=_html_text(title),
    )


def _html_text(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))
