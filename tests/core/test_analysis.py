"""Questions to the network on small hand-made graphs whose answers are known."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core import analysis, edits
from core.analysis import AnalysisError, View
from core.model import Family, Kind
from tests.core.small_net import graph, make_project

# two triangles joined through node 4: 1-2-3 triangle, 3-4, 4-5, 5-6-7 triangle
BRIDGE = [(1, 2), (2, 3), (1, 3), (3, 4), (4, 5), (5, 6), (6, 7), (5, 7)]


def test_path_lengths_and_the_hops_carry_their_relations() -> None:
    g = graph(BRIDGE)
    found = analysis.paths(g, 1, 7)
    assert [len(p) for p in found] == [4, 5, 5], "shortest first: 1-3-4-5-7, then the two one-longer detours"
    first = found[0]
    assert [(h.source, h.target) for h in first] == [(1, 3), (3, 4), (4, 5), (5, 7)]
    assert [h.relations for h in first] == [(3,), (4,), (5,), (8,)], "each hop names the relation tying it"
    assert len({tuple((h.source, h.target) for h in p) for p in found}) == 3, "the paths are distinct"


def test_no_path_is_an_empty_answer_and_bad_questions_are_errors() -> None:
    g = graph([(1, 2), (3, 4)])
    assert analysis.paths(g, 1, 4) == []
    with pytest.raises(AnalysisError):
        analysis.paths(g, 1, 1)
    with pytest.raises(AnalysisError):
        analysis.paths(g, 1, 99)


def test_paths_use_stated_ties_unless_co_occurrence_is_asked_for_and_direction_only_when_asked() -> None:
    g = graph([(1, 2), (2, 3), (1, 3)], families={(1, 3): Family.ASSOCIATION})
    assert [len(p) for p in analysis.paths(g, 1, 3, limit=1)] == [2], "the same-sentence tie is not stated"
    assert [len(p) for p in analysis.paths(g, 1, 3, limit=1, all_ties=True)] == [1]
    g = graph([(2, 1), (2, 3)])  # 1 <- 2 -> 3
    assert len(analysis.paths(g, 1, 3)) == 1
    assert analysis.paths(g, 1, 3, directed=True) == [], "against the stated direction there is no way"
    assert len(analysis.paths(g, 2, 3, directed=True)) == 1


def test_betweenness_puts_the_broker_first() -> None:
    scores = analysis.measure(graph(BRIDGE), "betweenness")
    order = analysis.ranking(scores)
    assert order[0] == 4, "every path between the triangles crosses 4"
    assert set(order[1:3]) == {3, 5}
    assert scores[1] == scores[2] == scores[6] == scores[7] == 0.0


def test_ties_weighted_mentions_and_pagerank() -> None:
    g = graph([(1, 2), (1, 3), (1, 4), (2, 3)], evidence={(2, 3): 9}, nodes=5)
    assert analysis.measure(g, "ties") == {1: 3, 2: 2, 3: 2, 4: 1, 5: 0}
    weighted = analysis.measure(g, "weighted")
    assert weighted[2] == weighted[3] == 10 and weighted[1] == 3
    assert analysis.measure(g, "mentions")[5] == 5  # node i has i mentions in the helper
    pagerank = analysis.measure(g, "pagerank")
    assert analysis.ranking(pagerank)[0] in (2, 3) and pagerank[5] < pagerank[4]
    assert abs(sum(pagerank.values()) - 1) < 1e-6
    with pytest.raises(AnalysisError):
        analysis.measure(g, "fame")


def test_communities_find_the_two_groups_and_are_the_same_every_time() -> None:
    g = graph([*BRIDGE[:3], (8, 9), (9, 10), (8, 10), (3, 8)])  # two triangles and a weak link, 4..7 alone
    groups = analysis.communities(g)
    assert groups[1] == groups[2] == groups[3]
    assert groups[8] == groups[9] == groups[10]
    assert groups[1] != groups[8]
    assert len({groups[n] for n in (1, 2, 3, 8, 9, 10)}) == 2
    assert analysis.communities(g) == groups, "seeded: the same network gives the same groups"


def test_focus_hops() -> None:
    g = graph(BRIDGE)
    assert analysis.focus_nodes(g, [(1, 1)]) == {1, 2, 3}
    assert analysis.focus_nodes(g, [(1, 2)]) == {1, 2, 3, 4}
    assert analysis.focus_nodes(g, [(1, 3)]) == {1, 2, 3, 4, 5}
    assert analysis.focus_nodes(g, [(1, 1), (5, 1)]) == {1, 2, 3, 4, 5, 6, 7}, "an expanded neighbour adds its own"
    assert analysis.focus_nodes(g, [(6, 0), (7, 0)]) == {6, 7}, "a group: its members alone"


def test_top_n_keeps_the_focus_centre_and_hide_isolated() -> None:
    g = graph(BRIDGE, nodes=9)
    top = analysis.narrow(g, View(top=3, measure="betweenness"))
    assert set(top.nodes) == {3, 4, 5}
    focused = analysis.narrow(g, View(focus=((1, 2),), top=2, measure="betweenness"))
    assert set(focused.nodes) == {1, 4}, "the centre stays, the rest are the most important around it"
    assert set(analysis.narrow(g, View(hide_isolated=True)).nodes) == set(range(1, 8))


def test_period_and_months() -> None:
    from core.records import DocumentInfo

    docs = [DocumentInfo(i, "", "", "", p, "") for i, p in enumerate(["2019-01-05", "2019-03-31", None, "2020-01-01"])]
    assert analysis.documents_in_period(docs, date(2019, 1, 1), date(2019, 3, 31)) == {0, 1, 2}
    assert analysis.documents_in_period(docs, date(2019, 2, 1), None, undated=False) == {1, 3}
    months = analysis.months(docs)
    assert next(iter(months)) == "2019-01" and list(months)[-1] == "2020-01" and len(months) == 13
    assert months["2019-03"] == 1 and months["2019-06"] == 0
    assert analysis.parse_day("2016") == date(2016, 1, 1)
    with pytest.raises(AnalysisError):
        analysis.parse_day("May 2016")


def _timeline(path: Path):
    o, s, p = Kind.OFFICIAL, Kind.STATE, Kind.PARTY
    return make_project(path, [
        {"published": "2013-04-02", "entities": [("Ri Il Kyu", o), ("North Korea", s), ("Cuba", s)],
         "ties": [(0, 1, "serves", Family.MEMBERSHIP), (1, 2, "visits", Family.DIPLOMACY)]},
        {"published": "2016-11-20", "entities": [("Ri Il Kyu", o), ("South Korea", s), ("Cuba", s)],
         "ties": [(0, 1, "defects to", Family.DEFECTION), (0, 2, "posted to", Family.DIPLOMACY),
                  (1, 2, "talks with", Family.DIPLOMACY)]},
        {"published": "2019-05-09", "entities": [("Ri Il Kyu", o), ("Workers' Party", p), ("Venezuela", s)],
         "ties": [(0, 1, "criticises", Family.HOSTILITY), (2, 1, "hosts", Family.DIPLOMACY)]},
        {"published": None, "entities": [("Ri Il Kyu", o), ("Japan", s)],
         "ties": [(0, 1, "visits", Family.DIPLOMACY)]},
    ])  # fmt: skip


def test_focus_time_and_top_compose(tmp_path: Path) -> None:
    with _timeline(tmp_path / "t.entente") as project:
        ri = project.find_entity("Ri Il Kyu").id
        names = lambda g: {g.nodes[n]["name"] for n in g}  # noqa: E731
        everything = project.view_graph(View(focus=((ri, 1),)))
        assert names(everything) == {"Ri Il Kyu", "North Korea", "South Korea", "Cuba", "Workers' Party", "Japan"}
        period = View(focus=((ri, 1),), since=date(2013, 1, 1), until=date(2016, 12, 31), undated=False)
        assert names(project.view_graph(period)) == {"Ri Il Kyu", "North Korea", "South Korea", "Cuba"}
        with_undated = View(focus=((ri, 1),), since=date(2013, 1, 1), until=date(2016, 12, 31))
        assert "Japan" in names(project.view_graph(with_undated))
        top = View(focus=((ri, 2),), since=date(2013, 1, 1), until=date(2016, 12, 31), undated=False, top=2)
        assert names(project.view_graph(top)) == {"Ri Il Kyu", "Cuba"}, "Cuba has the most ties in 2013-2016"
        two_hops = project.view_graph(View(focus=((ri, 2),), since=date(2019, 1, 1)))
        assert "Venezuela" in names(two_hops) and "North Korea" not in names(two_hops)


def test_measures_are_cached_in_the_project_until_the_network_changes(tmp_path: Path, monkeypatch) -> None:
    with _timeline(tmp_path / "c.entente") as project:
        first = project.measure("betweenness")
        groups = project.communities()
        calls = []
        real = analysis.measure
        monkeypatch.setattr(analysis, "measure", lambda *a, **k: calls.append(a) or real(*a, **k))
        assert project.measure("betweenness") == first and not calls, "read back, not computed again"
        assert project.communities() == groups
        project._store._db.execute("DELETE FROM relations WHERE id = (SELECT MIN(id) FROM relations)")
        project.measure("betweenness")
        assert calls, "another network: computed again"


def test_find_entity(tmp_path: Path) -> None:
    with _timeline(tmp_path / "f.entente") as project:
        assert project.find_entity("ri il kyu").name == "Ri Il Kyu"
        assert project.find_entity(f"e{project.find_entity('Cuba').id}").name == "Cuba"
        assert project.find_entity("Venez").name == "Venezuela"
        with pytest.raises(LookupError, match="several"):
            project.find_entity("Korea")
        with pytest.raises(LookupError, match="no entity"):
            project.find_entity("Atlantis")
        # two entities answering to one name: refused with both ids, never the busier one picked silently
        japan, cuba = project.find_entity("Japan"), project.find_entity("Cuba")
        project.apply(edits.rename(japan, "Cuba"))
        with pytest.raises(LookupError, match=f"names 2 entities: e{min(japan.id, cuba.id)} Cuba; "
                                              f"e{max(japan.id, cuba.id)} Cuba; use an id"):
            project.find_entity("cuba")
        assert project.find_entity(f"e{japan.id}").name == "Cuba"


def test_a_damaged_cache_entry_is_computed_again(tmp_path: Path) -> None:
    with _timeline(tmp_path / "d.entente") as project:
        first = project.measure("pagerank")
        project._store._db.execute("UPDATE analysis_cache SET value = '[\"not\", \"a map\"]'")
        assert project.measure("pagerank") == first
        project._store._db.execute("UPDATE analysis_cache SET value = '{not json'")
        assert project.measure("pagerank") == first


def test_the_page_sizes_nodes_by_the_view_measure_and_colours_groups() -> None:
    from core import style
    from core.page import graph_payload

    g = graph([(1, 2), (2, 3)])
    for node, score in {1: 0.0, 2: 1.0, 3: 0.5}.items():
        g.nodes[node]["score"] = score
        g.nodes[node]["community"] = 0 if node < 3 else 1
    g.graph["colour_by_group"] = True
    payload = graph_payload(g)
    size = {n["id"]: n["size"] for n in payload["nodes"]}
    assert size[2] > size[3] > size[1]
    colour = {n["id"]: n["color"]["background"] for n in payload["nodes"]}
    assert colour[1] == colour[2] == style.group_colour(0) and colour[3] == style.group_colour(1)
    assert {k["color"] for k in payload["legend"]["kinds"]} == {style.SMALL_GROUP}, "kind colours would mislead"


def test_grouped_layout_keeps_each_group_together() -> None:
    from core.layout import grouped_layout

    g = graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)])
    groups = analysis.communities(g)
    for node in g:
        g.nodes[node]["community"] = groups[node]
    pos = grouped_layout(g)
    assert set(pos) == set(g.nodes)

    def spread(nodes: list[int]) -> float:
        return max(abs(pos[a][0] - pos[b][0]) + abs(pos[a][1] - pos[b][1]) for a in nodes for b in nodes)

    a, b = [n for n in g if groups[n] == groups[1]], [n for n in g if groups[n] != groups[1]]
    box_a = (min(pos[n][0] for n in a), max(pos[n][0] for n in a), min(pos[n][1] for n in a), max(pos[n][1] for n in a))
    assert not any(box_a[0] <= pos[n][0] <= box_a[1] and box_a[2] <= pos[n][1] <= box_a[3] for n in b), (
        "no node of another group inside a group's area"
    )
    assert spread(a) > 0 and spread(b) > 0
