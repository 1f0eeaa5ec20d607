"""A network of ~160 entities seen whole: vis-network's own names are too small to draw, the most tied are named."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from core.layout import MAX_TIDY_NODES
from core.page import graph_payload
from desktop.network_view import NetworkView
from tests.core.test_big_layout import planted
from tests.desktop.test_big_view import _labels
from tests.desktop.test_network_view import DRAW_TIMEOUT, close_view, js, open_view

DRAW_THRESHOLD = 8  # vis-network draws no name smaller than this on screen (core.page.vis_options)


@pytest.fixture
def view(qtbot) -> Iterator[NetworkView]:
    widget = open_view(qtbot)
    yield widget
    close_view(widget)


def _scale(qtbot, view: NetworkView) -> float:
    return json.loads(js(qtbot, view, "window.entente.view()"))["scale"]


def test_whole_small_network_names_its_hubs_and_zooming_in_hands_names_back(qtbot, view: NetworkView) -> None:
    graph = planted(groups=8, size=20)
    assert graph.number_of_nodes() <= MAX_TIDY_NODES  # the small page, where vis-network draws names itself
    font = {n["id"]: n["font"]["size"] for n in graph_payload(graph)["nodes"]}
    with qtbot.waitSignal(view.drawn, timeout=DRAW_TIMEOUT):
        view.show_graph(graph)

    # the whole network in view: most names are under vis-network's threshold; the most tied of those are named
    scale = _scale(qtbot, view)
    unnamed = [i for i in sorted(font, key=lambda i: -font[i]) if font[i] * scale < DRAW_THRESHOLD]
    assert len(unnamed) > graph.number_of_nodes() // 2
    qtbot.waitUntil(lambda: bool(_labels(qtbot, view)["drawn"]), timeout=10_000)
    seen = _labels(qtbot, view)
    assert seen["big"] is False
    assert set(seen["drawn"]) <= set(unnamed)  # a name vis-network draws itself is not drawn twice
    assert font[seen["drawn"][0]] == font[unnamed[0]]  # the most tied first
    assert len(seen["drawn"]) < len(unnamed)  # only as many as fit without overlap

    # real wheel turns zoom in until vis-network draws the first of them itself: it hands that name back
    first = seen["drawn"][0]
    target = view.click_target()
    centre = QPoint(target.width() // 2, target.height() // 2)
    for _ in range(30):
        if font[first] * _scale(qtbot, view) >= DRAW_THRESHOLD:
            break
        before = _scale(qtbot, view)
        wheel = QWheelEvent(
            QPointF(centre), QPointF(target.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
        )
        QApplication.sendEvent(target, wheel)
        qtbot.waitUntil(lambda before=before: _scale(qtbot, view) > before, timeout=5_000)
    assert font[first] * _scale(qtbot, view) >= DRAW_THRESHOLD
    qtbot.waitUntil(lambda: first not in _labels(qtbot, view)["drawn"], timeout=10_000)
