"""The SVG export: valid XML, escaped names, the page's colours and positions, a legend."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from core import style, svg
from core.graph import build_graph
from core.model import Family, Kind
from core.records import EntityInfo, RelationInfo, TextRef

NS = "{http://www.w3.org/2000/svg}"
HOSTILE = "<img src=x onerror=alert(1)>&<script>window.pwned=1</script>"


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    ref = TextRef(1, 0, 4, "text")
    return build_graph(
        [
            EntityInfo(1, "Cuba", Kind.STATE, (), (ref,)),
            EntityInfo(2, HOSTILE, Kind.PARTY, (), (ref,)),
            EntityInfo(3, "Wise Honest", Kind.VESSEL, (), (ref,)),
        ],
        [
            RelationInfo(5, 2, 1, "governs", Family.LEADERSHIP, (ref, ref)),
            RelationInfo(6, 1, 2, "met", Family.ASSOCIATION, (ref,)),
            RelationInfo(7, 3, 1, "flagged in", Family.MEMBERSHIP, (ref,)),
        ],
    )


def parse(text: str) -> ET.Element:
    return ET.fromstring(text.encode("utf-8"))


def test_svg_parses_and_escapes_names(graph: nx.MultiDiGraph) -> None:
    text = svg.render_svg(graph)
    assert "<img" not in text and "<script" not in text
    root = parse(text)
    assert root.tag == f"{NS}svg"
    labels = ["".join(t.itertext()) for t in root.find(f"{NS}g[@id='labels']")]
    assert sorted(labels) == sorted(["Cuba", HOSTILE, "Wise Honest"])
    assert svg.label_lines(HOSTILE, 15) != [HOSTILE]  # long enough to be wrapped, and wrapped losslessly


def test_svg_uses_given_positions_and_style(graph: nx.MultiDiGraph) -> None:
    positions = {1: (0.0, 0.0), 2: (300.0, 0.0), 3: (0.0, 200.0)}
    root = parse(svg.render_svg(graph, positions, families=[str(f) for f in Family]))
    nodes = {g.get("data-entity"): g for g in root.find(f"{NS}g[@id='nodes']")}
    cuba = nodes["1"].find(f"{NS}polygon")  # a state is a hexagon
    assert cuba is not None and cuba.get("fill") == style.KINDS[Kind.STATE].color
    vessel = nodes["3"].find(f"{NS}polygon")
    party = nodes["2"].find(f"{NS}polygon")
    centre = lambda el: [tuple(map(float, p.split(","))) for p in el.get("points").split()]  # noqa: E731
    # relative placement survives the shift into the picture: party 300 right of Cuba, vessel 200 below
    cx = sum(x for x, _ in centre(cuba)) / 6
    px = sum(x for x, _ in centre(party)) / 4
    vy = sum(y for _, y in centre(vessel)) / 3
    cy = sum(y for _, y in centre(cuba)) / 6
    assert px - cx == pytest.approx(300, abs=1)
    assert vy - cy == pytest.approx(200, abs=8)  # a triangle's centroid sits a little below its centre

    edges = {g.get("data-relation"): g for g in root.find(f"{NS}g[@id='edges']")}
    association = edges["6"].find(f"{NS}path")
    assert association.get("stroke-dasharray") and edges["6"].find(f"{NS}polygon") is None  # dashed, no arrow
    assert edges["5"].find(f"{NS}polygon") is not None  # directed: an arrow head
    assert " Q" in edges["6"].find(f"{NS}path").get("d")  # second tie of the pair is curved
    assert float(edges["5"].find(f"{NS}path").get("stroke-width")) > float(association.get("stroke-width"))


def test_svg_legend_lists_kinds_and_families_present(graph: nx.MultiDiGraph) -> None:
    everything = [str(f) for f in Family]
    legend = parse(svg.render_svg(graph, families=everything)).find(f"{NS}g[@id='legend']")
    words = {t.text for t in legend.iter(f"{NS}text")}
    assert {"State", "Party", "Vessel", "Leadership", "Association", "Membership"} <= words
    assert "Official" not in words and "Hostility" not in words


def test_svg_leaves_co_occurrence_out_by_default(graph: nx.MultiDiGraph) -> None:
    root = parse(svg.render_svg(graph))
    drawn = {g.get("data-relation") for g in root.find(f"{NS}g[@id='edges']")}
    assert drawn == {"5", "7"}  # the stated ties; the "met" co-occurrence is one filter click away in the app
    words = {t.text for t in root.find(f"{NS}g[@id='legend']").iter(f"{NS}text")}
    assert "Association" not in words and "Leadership" in words


def test_empty_graph_is_still_an_svg() -> None:
    root = parse(svg.render_svg(nx.MultiDiGraph()))
    assert root.find(f"{NS}g[@id='nodes']") is not None


def test_svg_draws_only_what_a_filtered_view_shows(graph: nx.MultiDiGraph) -> None:
    whole = parse(svg.render_svg(graph))
    part = parse(svg.render_svg(graph, only_nodes=[1, 2], only_edges=[5]))
    assert len(part.find(f"{NS}g[@id='nodes']")) == 2
    assert [g.get("data-relation") for g in part.find(f"{NS}g[@id='edges']")] == ["5"]

    def width(root: ET.Element, node: str) -> float:
        group = next(g for g in root.find(f"{NS}g[@id='nodes']") if g.get("data-entity") == node)
        xs = [float(p.split(",")[0]) for p in group.find(f"{NS}polygon").get("points").split()]
        return max(xs) - min(xs)

    # sizes still follow the whole graph (Cuba keeps its two ties), as on the page
    assert width(part, "1") == pytest.approx(width(whole, "1"))
    assert len(whole.find(f"{NS}g[@id='nodes']")) == 3
