"""The layout of big networks: seeded, groups kept apart, cached in the project, extended without moving anyone."""

from __future__ import annotations

import math
import random
from pathlib import Path

import networkx as nx
import pytest

from core import big_layout
from core.graph import build_graph
from core.layout import MAX_TIDY_NODES
from core.model import Family, Kind
from core.project import Project
from core.records import EntityInfo, RelationInfo, TextRef

GROUPS = 8
PER_GROUP = 40


def planted(groups: int = GROUPS, size: int = PER_GROUP, seed: int = 5, extra: int = 0) -> nx.MultiDiGraph:
    """``groups`` stories of ``size`` entities, dense inside, a few ties between stories, some loose entities.

    With ``extra``, that many more entities (ids after the others), each tied to two of the first story's.
    """
    rng = random.Random(seed)
    ref = TextRef(1, 0, 4, "text")
    n = groups * size
    entities = [EntityInfo(i, f"Name {i}", rng.choice(list(Kind)), (), (ref,)) for i in range(1, n + 1 + extra)]
    entities += [EntityInfo(10_000 + k, f"Loose {k}", Kind.STATE, (), (ref,)) for k in range(1, 6)]
    relations = []
    rid = 0
    for g in range(groups):
        members = list(range(g * size + 1, (g + 1) * size + 1))
        for _ in range(size * 4):
            a, b = rng.sample(members, 2)
            rid += 1
            relations.append(RelationInfo(rid, a, b, "met", rng.choice(list(Family)), (ref,)))
        for _ in range(2):  # a couple of ties to the next story
            rid += 1
            other = rng.randint(((g + 1) % groups) * size + 1, ((g + 1) % groups + 1) * size)
            relations.append(RelationInfo(rid, rng.choice(members), other, "met", Family.DIPLOMACY, (ref,)))
    for k in range(extra):
        for target in (1 + k % size, 1 + (k * 7) % size):
            rid += 1
            relations.append(RelationInfo(rid, n + 1 + k, target, "met", Family.DIPLOMACY, (ref,)))
    return build_graph(entities, relations)


def _mean_distance(pos: dict[int, tuple[float, float]], a: list[int], b: list[int]) -> float:
    pairs = [(u, v) for u in a for v in b if u != v]
    return sum(math.dist(pos[u], pos[v]) for u, v in pairs) / len(pairs)


def test_the_same_graph_gets_the_same_positions_whatever_the_order_it_was_built_in() -> None:
    graph = planted()
    assert graph.number_of_nodes() > MAX_TIDY_NODES
    first = big_layout.overview_layout(graph)
    shuffled = nx.MultiDiGraph()
    nodes = list(graph.nodes(data=True))
    random.Random(1).shuffle(nodes)
    shuffled.add_nodes_from(nodes)
    edges = list(graph.edges(keys=True, data=True))
    random.Random(2).shuffle(edges)
    shuffled.add_edges_from(edges)
    assert big_layout.overview_layout(shuffled) == first
    assert set(first) == set(graph.nodes)
    assert len(set(first.values())) == len(first), "two nodes on one spot"


def test_groups_stay_together_and_apart_from_each_other() -> None:
    """No ball: a story's entities sit much closer to one another than to another story's."""
    graph = planted()
    pos = big_layout.overview_layout(graph)
    stories = [list(range(g * PER_GROUP + 1, (g + 1) * PER_GROUP + 1)) for g in range(GROUPS)]
    within = sum(_mean_distance(pos, s, s) for s in stories) / GROUPS
    between = sum(_mean_distance(pos, stories[i], stories[j]) for i in range(GROUPS) for j in range(i)) / (
        GROUPS * (GROUPS - 1) / 2
    )
    assert between > 2.0 * within, (within, between)
    # and no square: the drawing is about as wide as it is tall, not a filled box of random points
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    assert 0.4 < (max(xs) - min(xs)) / (max(ys) - min(ys)) < 2.5


@pytest.fixture
def project(tmp_path: Path):
    with Project.open(tmp_path / "big.entente") as opened:
        yield opened


def test_layout_is_cached_in_the_project_and_reused_on_reopen(tmp_path: Path, monkeypatch) -> None:
    graph = planted()
    path = tmp_path / "big.entente"
    with Project.open(path) as project:
        computed, how = project.network_layout(graph)
    assert how == "computed" and set(computed) == set(graph.nodes)

    def no_layout(*_args, **_kwargs):
        raise AssertionError("laid out again")

    monkeypatch.setattr(big_layout, "overview_layout", no_layout)
    monkeypatch.setattr(big_layout, "extend_layout", no_layout)
    with Project.open(path) as project:
        cached, how = project.network_layout(graph)
    assert how == "cached" and cached == computed


def test_an_add_places_only_the_new_entities_and_moves_nobody_seen(project: Project, monkeypatch) -> None:
    before = planted()
    old, _ = project.network_layout(before)
    after = planted(extra=12)  # twelve new entities tied into the first story
    calls: list[str] = []
    overview = big_layout.overview_layout
    monkeypatch.setattr(big_layout, "overview_layout", lambda *a, **k: calls.append("all") or overview(*a, **k))
    new_pos, how = project.network_layout(after)
    assert how == "extended"
    kept = [n for n in after.nodes if n in old]
    assert kept and all(new_pos[n] == old[n] for n in kept)
    fresh = [n for n in after.nodes if n not in old and after.degree(n) > 0]
    assert len(fresh) == 12 and calls == []  # tied to seen nodes: placed beside them, no new overview
    spread = max(math.dist(p, q) for p in old.values() for q in list(old.values())[:20])
    for node in fresh:
        neighbours = [m for m in nx.all_neighbors(after, node) if m in old]
        nearest = min(math.dist(new_pos[node], old[m]) for m in neighbours)
        assert nearest < spread / 6, "a new node was placed far from its neighbours"
    taken = {old[n] for n in kept}
    assert not taken & {new_pos[n] for n in fresh}
    # the project now holds the extended layout: the next open draws it as it is
    again, how = project.network_layout(after)
    assert how == "cached" and again == new_pos


def test_a_new_piece_with_no_tie_to_anything_seen_goes_beside_the_drawing(project: Project) -> None:
    before = planted()
    old, _ = project.network_layout(before)
    island = planted(groups=1, size=30, seed=9)
    offset = 20_000
    combined = nx.union(before, nx.relabel_nodes(island, {n: n + offset for n in island.nodes}))
    placed, how = project.network_layout(combined)
    assert how == "extended"
    right = max(x for x, _ in old.values())
    new = [n for n in combined.nodes if n not in old]
    assert all(placed[n][0] > right for n in new)
    assert all(placed[n] == old[n] for n in old)


def test_an_add_lays_a_big_network_out_as_its_last_step(tmp_path: Path, monkeypatch) -> None:
    import core.project as project_module

    monkeypatch.setattr(project_module, "MAX_TIDY_NODES", 2)  # these few articles make a "big" network here
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Cuba and Venezuela signed an oil deal in Havana. Russia welcomed it.\n")
    (folder / "b.txt").write_text("China and Iran held talks in Beijing. Russia sent its foreign minister.\n")
    path = tmp_path / "p.entente"
    with Project.open(path) as project:
        steps: list[str] = []
        project.add_all([folder / "a.txt"], progress=lambda step: steps.append(step.message))
        assert steps[-1] == "Laying out the network"
        first, how = project.network_layout(project.graph())
        assert how == "cached", "the add kept the layout: the window draws at once"
        project.add_all([folder / "b.txt"])  # the next add places only the new entities
        second, how = project.network_layout(project.graph())
        assert how == "cached" and all(second[n] == first[n] for n in first)
        assert set(second) > set(first)
    with Project.open(tmp_path / "small.entente") as small:  # a small network is laid out by the view itself
        small.add_all([folder / "a.txt"], lay_out=False)
        assert small.network_layout(small.graph())[1] == "computed"


def test_a_layout_stops_when_asked_and_the_project_keeps_nothing(project: Project) -> None:
    graph = planted()
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 3  # a few steps in, the user presses Cancel

    with pytest.raises(big_layout.Stopped):
        project.network_layout(graph, stop=stop)
    assert len(asked) == 4
    assert project._store.layout()[2] == {}
    positions, how = project.network_layout(graph)  # the next open lays it out in full
    assert how == "computed" and set(positions) == set(graph.nodes)


def test_cancel_during_an_adds_layout_step_keeps_the_documents(tmp_path: Path, monkeypatch) -> None:
    import core.project

    monkeypatch.setattr(core.project, "MAX_TIDY_NODES", 0)  # a tiny add counts as big: it reaches the layout step
    article = tmp_path / "a.txt"
    article.write_text("Cuba and Venezuela signed a trade agreement in Havana. Iran praised Cuba.\n", encoding="utf-8")
    steps: list[str] = []
    with Project.open(tmp_path / "p.entente") as opened:
        report = opened.add_all(
            [article],
            progress=lambda step: steps.append(step.message),
            cancel=lambda: bool(steps) and steps[-1] == "Laying out the network",
        )
        assert steps[-1] == "Laying out the network"
        assert report.cancelled and len(report.added) == 1
        assert opened.graph().number_of_nodes() >= 3 and opened._store.layout()[2] == {}
