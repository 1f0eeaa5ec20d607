"""The page builder: escaping of hostile text, the vis data, the offline standalone page."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import networkx as nx
import pytest

from core import page, style
from core.graph import build_graph
from core.model import Family, Kind
from core.records import EntityInfo, RelationInfo, TextRef

HOSTILE = "</script><img src=x onerror=alert(1)><script>window.pwned=1</script>"


def _ref() -> TextRef:
    return TextRef(1, 0, 4, "text")


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    entities = [
        EntityInfo(1, "Cuba", Kind.STATE, ("Republic of Cuba",), (_ref(), _ref())),
        EntityInfo(2, HOSTILE, Kind.OFFICIAL, ("a & b", "\u2028line"), (_ref(),)),
        EntityInfo(3, "Wise Honest", Kind.VESSEL, (), (_ref(),)),
    ]
    relations = [
        RelationInfo(7, 2, 1, "visited", Family.DIPLOMACY, (_ref(), _ref(), _ref())),
        RelationInfo(8, 2, 1, "met", Family.ASSOCIATION, (_ref(),)),
        RelationInfo(9, 1, 2, "expelled", Family.HOSTILITY, (_ref(),)),
        RelationInfo(10, 3, 1, "flagged in", Family.MEMBERSHIP, (_ref(),)),
    ]
    return build_graph(entities, relations)


def test_json_text_cannot_close_a_script_element() -> None:
    text = page.json_text({"name": HOSTILE, "amp": "a & b", "sep": "\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"name": HOSTILE, "amp": "a & b", "sep": "\u2028"}


def test_js_call_quotes_every_argument_and_checks_the_name() -> None:
    code = page.js_call("window.entente.select", HOSTILE, 3, [1, 2])
    assert code.startswith("window.entente.select(")
    assert "<" not in code
    args = json.loads("[" + code[len("window.entente.select(") : -1] + "]")
    assert args == [HOSTILE, 3, [1, 2]]
    for bad in ("alert(1);x", "a b", "", "x.y()"):
        with pytest.raises(ValueError):
            page.js_call(bad)


def test_payload_encodes_kind_family_evidence_and_direction(graph: nx.MultiDiGraph) -> None:
    payload = page.graph_payload(graph, highlight=[3])
    nodes = {n["id"]: n for n in payload["nodes"]}
    edges = {e["id"]: e for e in payload["edges"]}
    assert set(nodes) == {1, 2, 3} and set(edges) == {7, 8, 9, 10}
    assert nodes[1]["shape"] == style.KINDS[Kind.STATE].shape
    assert nodes[1]["color"]["background"] == style.KINDS[Kind.STATE].color
    assert nodes[2]["label"] == HOSTILE and "title" not in nodes[2]  # tooltips are built in the page
    assert nodes[1]["ties"] == 2 and nodes[1]["size"] > nodes[3]["size"]  # Cuba has the most ties
    assert nodes[3]["fresh"] and nodes[3]["color"]["border"] == style.ACCENT
    assert (edges[7]["from"], edges[7]["to"]) == (2, 1)
    assert edges[7]["width"] > edges[8]["width"]  # three sentences against one
    assert edges[8]["dashes"] and edges[8]["arrows"]["to"]["enabled"] is False  # association: undirected
    assert edges[7]["arrows"]["to"]["enabled"] is True and edges[7]["dashes"] is False
    # three ties between Cuba and the official: one straight, two curved to either side
    rounds = sorted((edges[k]["smooth"]["roundness"], edges[k]["physics"]) for k in (7, 8, 9))
    assert rounds[0] == (0.0, True) and all(r > 0 and not phys for r, phys in rounds[1:])
    assert payload["options"]["physics"]["stabilization"]["iterations"] <= 250
    assert payload["options"]["physics"]["enabled"] is False  # switched on only to settle


def test_layout_is_seeded_and_spread(graph: nx.MultiDiGraph) -> None:
    first = page.layout(graph)
    assert first == page.layout(graph)
    assert set(first) == {1, 2, 3}
    assert len({p for p in first.values()}) == 3


def test_standalone_page_is_offline_and_escaped(graph: nx.MultiDiGraph) -> None:
    html = page.standalone_page(graph, title="Cuba <&> network")
    assert HOSTILE not in html and "<img" not in html
    assert "<title>Cuba &lt;&amp;&gt; network</title>" in html
    # no external resource at all: no src/href attribute in the markup, no url() other than data:
    markup = re.sub(r"<script[^>]*>.*?</script>", "<script></script>", html, flags=re.S)
    assert not re.search(r"\s(src|href)\s*=", markup)
    assert not re.search(r"url\((?!\"?data:)", markup)
    # the data element parses back to the original names
    data = re.search(r'<script type="application/json" id="entente-data">(.*?)</script>', html, re.S)
    assert data is not None
    names = {n["label"] for n in json.loads(data.group(1))["nodes"]}
    assert HOSTILE in names
    # every inline script is allowed by its hash and nothing else is
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "connect-src 'none'" in csp
    for script in re.findall(r"<script>(.*?)</script>", html, re.S):
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_app_page_loads_only_local_assets() -> None:
    html = page.app_page()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(s.startswith("qrc:///") or "://" not in s for s in sources)
    assert 'id="entente-data"' not in html


def test_empty_graph_builds() -> None:
    payload = page.graph_payload(nx.MultiDiGraph())
    assert payload["nodes"] == [] and payload["edges"] == []
    assert "entente-data" in page.standalone_page(nx.MultiDiGraph())


def test_layout_keeps_labels_apart_and_loose_nodes_close() -> None:
    from core.layout import label_box, stated_ties

    ref = _ref()
    names = ["North Korea", "Cuba", "Venezuela", "Ministry of Foreign Affairs of North Korea", "Ri Il-kyu"]
    entities = [EntityInfo(i + 1, n, Kind.STATE, (), (ref,)) for i, n in enumerate(names)]
    entities += [EntityInfo(10 + i, f"Lonely Party {i}", Kind.PARTY, (), (ref,)) for i in range(6)]
    relations = [RelationInfo(100 + i, 1, i + 2, "visited", Family.DIPLOMACY, (ref,)) for i in range(4)]
    relations.append(RelationInfo(200, 10, 1, "met", Family.ASSOCIATION, (ref,)))  # co-occurrence only
    g = build_graph(entities, relations)
    pos = page.layout(g)
    assert pos == page.layout(g) and set(pos) == set(g.nodes)
    tie_counts = stated_ties(g)
    assert tie_counts[1] == 4 and tie_counts[10] == 0  # sizes rest on the ties drawn, not on co-occurrence
    boxes = {}
    for n in g:
        size = style.node_size(tie_counts[n], max(tie_counts.values()))
        w, h = label_box(g.nodes[n]["name"], size)
        boxes[n] = (pos[n][0] - w / 2, pos[n][0] + w / 2, pos[n][1] - size, pos[n][1] - size + h)
    for a in g:
        for b in g:
            if a < b:  # no two node-plus-label boxes overlap
                A, B = boxes[a], boxes[b]
                assert A[1] <= B[0] or B[1] <= A[0] or A[3] <= B[2] or B[3] <= A[2], (a, b)
    # the tie-less nodes sit in a grid next to the network, not scattered far away
    width = max(b[1] for b in boxes.values()) - min(b[0] for b in boxes.values())
    height = max(b[3] for b in boxes.values()) - min(b[2] for b in boxes.values())
    assert max(width / height, height / width) < 3
    loose_xs = {pos[10 + i][0] for i in range(6)}
    loose_ys = {pos[10 + i][1] for i in range(6)}
    assert min(len(loose_xs), len(loose_ys)) <= 3  # lined up in rows or columns, not strewn about
