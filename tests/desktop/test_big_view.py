"""A big network in the page: drawn where the project's layout says, physics off, names by importance and zoom."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

import core.page
from core import big_layout, edits
from core.big_layout import overview_layout
from core.page import graph_payload
from desktop import workers
from desktop.network_view import NetworkView
from tests.core.test_big_layout import planted
from tests.desktop.test_network_view import DRAW_TIMEOUT, click, close_view, describe, js, open_view, wait_result


@pytest.fixture
def view(qtbot) -> Iterator[NetworkView]:
    widget = open_view(qtbot)
    yield widget
    close_view(widget)


def _labels(qtbot, view: NetworkView) -> dict[str, Any]:
    return json.loads(js(qtbot, view, "window.entente.labels()"))


def test_big_graph_is_drawn_at_the_given_places_without_physics(qtbot, view: NetworkView) -> None:
    graph = planted()
    # moved off the layout's own centre, so the places seen can only come from what was given
    given = {n: (x + 5000.5, y - 777.25) for n, (x, y) in overview_layout(graph).items()}
    with qtbot.waitSignal(view.drawn, timeout=DRAW_TIMEOUT) as drawn:
        view.show_graph(graph, positions=given)
    assert drawn.args == [graph.number_of_nodes()]
    for node in (1, 77, 200, 10_001):
        seen = describe(qtbot, view, node)
        assert (seen["x"], seen["y"]) == given[node]
    state = json.loads(js(qtbot, view, "window.entente.view()"))
    assert state["physics"] is False

    # names by importance: the whole network in view shows some names, the most tied first, not all of them
    top = min(graph_payload(graph, positions=given)["nodes"], key=lambda n: n["rank"])["id"]
    overview = _labels(qtbot, view)
    assert overview["big"] is True
    assert overview["drawn"] and overview["drawn"][0] == top
    assert len(overview["drawn"]) < graph.number_of_nodes()

    # a real wheel turn zooms in: there is room for names the overview had to leave out
    target = view.click_target()
    centre = QPoint(target.width() // 2, target.height() // 2)
    for _ in range(3):
        wheel = QWheelEvent(
            QPointF(centre), QPointF(target.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 360),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
        )
        QApplication.sendEvent(target, wheel)
    qtbot.waitUntil(lambda: bool(set(_labels(qtbot, view)["drawn"]) - set(overview["drawn"])), timeout=10_000)


def test_a_click_on_a_big_network_node_reports_it_and_focuses_its_neighbours(qtbot, view: NetworkView) -> None:
    graph = planted()
    with qtbot.waitSignal(view.drawn, timeout=DRAW_TIMEOUT):
        view.show_graph(graph, positions=overview_layout(graph))
    node = max(graph.nodes, key=graph.degree)
    point = wait_result(qtbot, lambda done: view.node_view_position(node, done))
    with qtbot.waitSignal(view.nodeClicked, timeout=10_000) as clicked:
        click(qtbot, view, point)
    assert clicked.args == [node]
    # in focus only the node and its neighbours are named
    around = set(graph.predecessors(node)) | set(graph.successors(node)) | {node}
    qtbot.waitUntil(lambda: _labels(qtbot, view)["drawn"][:1] == [node], timeout=10_000)
    assert set(_labels(qtbot, view)["drawn"]) <= around


def test_reading_a_big_project_lays_it_out_once(tmp_path: Path, monkeypatch) -> None:
    """The window's reader brings the cached layout; a second read computes nothing."""
    from bench.big_project import generate
    from core import big_layout

    path = tmp_path / "big.entente"
    made = generate(path, stories=18)
    assert made["entities"] > 200
    first = workers.read_snapshot(path)
    assert first.positions is not None and set(first.positions) == set(first.graph.nodes)

    def no_layout(*_args, **_kwargs):
        raise AssertionError("laid out again")

    monkeypatch.setattr(big_layout, "overview_layout", no_layout)
    monkeypatch.setattr(big_layout, "extend_layout", no_layout)
    again = workers.read_snapshot(path)
    assert again.positions == first.positions


def test_a_click_on_a_tie_of_a_big_network_opens_it(qtbot, view: NetworkView) -> None:
    """Ties of a big network are drawn by the page itself, and still answer a click."""
    graph = planted()
    u, v, key = next(
        (u, v, k) for u, v, k, d in graph.edges(keys=True, data=True) if d["family"] != "ASSOCIATION" and u != v
    )
    # the two ends set apart to the right of everything, so that nothing else lies on the middle of their tie
    positions = overview_layout(graph)
    right = max(x for x, _ in positions.values())
    positions[u], positions[v] = (right + 2000.0, 0.0), (right + 2600.0, 300.0)
    with qtbot.waitSignal(view.drawn, timeout=DRAW_TIMEOUT):
        view.show_graph(graph, positions=positions)
    point = wait_result(qtbot, lambda done: view.edge_view_position(key, done))
    with qtbot.waitSignal(view.edgeClicked, timeout=10_000) as clicked:
        click(qtbot, view, point)
    assert clicked.args == [key]


def test_the_page_can_collect_its_garbage_when_idle(qtbot, view: NetworkView) -> None:
    """The engine starts with gc() exposed (V8 alone let a big network's garbage pile up to hundreds of MB)."""
    assert js(qtbot, view, "typeof window.gc") == "function"


def test_the_window_draws_a_big_project_from_its_cached_layout_and_answers_a_click(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from bench.big_project import generate
    from core.project import Project

    path = tmp_path / "big.entente"
    generate(path, stories=18)
    with Project.open(path) as project:
        graph = project.graph()
        cached, how = project.network_layout(graph)  # laid out before the window opens: the window reuses it
    assert how == "computed"
    window = make_window(path)
    assert window.drawn_count == graph.number_of_nodes()
    view = window.view
    node = max(graph.nodes, key=graph.degree)
    seen = describe(qtbot, view, node)
    assert (seen["x"], seen["y"]) == cached[node]
    assert json.loads(js(qtbot, view, "window.entente.view()"))["physics"] is False
    point = wait_result(qtbot, lambda done: view.node_view_position(node, done))
    click(qtbot, view, point)
    qtbot.waitUntil(lambda: window.details.node.entity_id == node, timeout=10_000)


    # an edit on the big network: nothing is laid out again, nobody moves, the renamed node keeps its place
    def no_layout(*_args, **_kwargs):
        raise AssertionError("laid out again")

    monkeypatch.setattr(core.page, "overview_layout", no_layout)
    monkeypatch.setattr(big_layout, "overview_layout", no_layout)
    other = next(n for n in sorted(graph.nodes) if n != node and graph.degree(n) > 0)
    window.drawn_count = -1
    window.editor.apply(lambda: edits.rename(window.entities[other], "Renamed by the analyst"))
    qtbot.waitUntil(lambda: window.drawn_count == graph.number_of_nodes(), timeout=30_000)
    assert window.entities[other].name == "Renamed by the analyst"
    for n in (node, other):
        seen = describe(qtbot, view, n)
        assert (seen["x"], seen["y"]) == cached[n]


def test_every_node_of_a_path_keeps_its_name_when_two_sit_close(qtbot, view: NetworkView) -> None:
    """A path's end beside a busier node lost its name (the label below was taken): it goes above instead."""
    graph = planted()
    positions = overview_layout(graph)
    right = max(x for x, _ in positions.values())
    busy, quiet, far = 1, 2, 3  # the chain 1 - 2 - 3, with 1 and 2 nearly on top of each other on screen
    positions[busy], positions[quiet], positions[far] = (right + 1000.0, 0.0), (right + 1004.0, -12.0), \
        (right + 5000.0, 3000.0)
    with qtbot.waitSignal(view.drawn, timeout=DRAW_TIMEOUT):
        view.show_graph(graph, positions=positions)
    view.show_path([busy, quiet, far], [])
    qtbot.waitUntil(lambda: not js(qtbot, view, "window.entente.isAnimating()"), timeout=10_000)
    qtbot.waitUntil(lambda: {busy, quiet, far} <= set(_labels(qtbot, view)["drawn"]), timeout=10_000)
