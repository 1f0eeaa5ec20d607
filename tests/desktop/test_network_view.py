"""The real network view: drawing, real mouse clicks, hostile names, request blocking, PNG and SVG export."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import QApplication

from core.graph import build_graph
from core.model import Family, Kind
from core.records import EntityInfo, RelationInfo, TextRef
from desktop.network_view import NetworkView, register_scheme
from tests.desktop.conftest import page_js

register_scheme()  # idempotent; the conftest already did it before the QApplication existed

HOSTILE = "<img src=x onerror=alert(1)><script>window.pwned=1</script>"
SHOTS = Path(__file__).resolve().parents[2] / ".notes" / "shots"
DRAW_TIMEOUT = 30_000


def _ref(doc: int = 1) -> TextRef:
    return TextRef(doc, 0, 4, "text")


def small_graph(extra: bool = False) -> nx.MultiDiGraph:
    """Four entities, one of them named with markup; parallel and undirected ties."""
    entities = [
        EntityInfo(1, "Cuba", Kind.STATE, ("Republic of Cuba",), (_ref(), _ref(2))),
        EntityInfo(2, "Communist Party of Cuba", Kind.PARTY, ("PCC",), (_ref(),)),
        EntityInfo(3, HOSTILE, Kind.OFFICIAL, (HOSTILE + " alias",), (_ref(),)),
        EntityInfo(4, "Wise Honest", Kind.VESSEL, (), (_ref(),)),
    ]
    relations = [
        RelationInfo(10, 3, 2, "leads", Family.LEADERSHIP, (_ref(), _ref(), _ref())),
        RelationInfo(11, 2, 1, "governs", Family.LEADERSHIP, (_ref(),)),
        RelationInfo(12, 4, 1, "flagged in", Family.MEMBERSHIP, (_ref(),)),
        RelationInfo(13, 3, 1, "met", Family.ASSOCIATION, (_ref(),)),
        RelationInfo(14, 3, 1, "visited", Family.DIPLOMACY, (_ref(), _ref())),
    ]
    if extra:
        entities.append(EntityInfo(5, "Venezuela", Kind.STATE, (), (_ref(),)))
        relations.append(RelationInfo(15, 5, 1, "allied with", Family.ALLIANCE, (_ref(),)))
    return build_graph(entities, relations)


def open_view(qtbot, test_hooks: bool = True) -> NetworkView:
    widget = NetworkView(test_hooks=test_hooks)
    widget.resize(900, 600)
    widget.show()
    if not widget.is_ready():
        with qtbot.waitSignal(widget.ready, timeout=DRAW_TIMEOUT):
            pass
    return widget


def close_view(widget: NetworkView) -> None:
    widget.close()
    # delete now, not at exit: Chromium warns when pages outlive the end of the application
    shiboken6.delete(widget)


@pytest.fixture
def view(qtbot) -> Iterator[NetworkView]:
    widget = open_view(qtbot)
    yield widget
    close_view(widget)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("network_shots")


def draw(qtbot, view: NetworkView, graph: nx.MultiDiGraph, highlight: tuple[int, ...] = ()) -> int:
    with qtbot.waitSignal(view.drawn, timeout=DRAW_TIMEOUT) as blocker:
        view.show_graph(graph, highlight)
    return blocker.args[0]


def wait_result(qtbot, start: Callable[[Callable[[Any], None]], None]) -> Any:
    box: list[Any] = []
    start(box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def js(qtbot, view: NetworkView, code: str) -> Any:
    return page_js(qtbot, view, code)


def describe(qtbot, view: NetworkView, node: int) -> dict[str, Any]:
    return json.loads(js(qtbot, view, f"window.entente.describe({int(node)})"))


def click(qtbot, view: NetworkView, point: QPoint) -> None:
    assert point.x() >= 0 and point.y() >= 0, "item not on screen"
    target = view.click_target()
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(view, point))


def save_shot(qtbot, view: NetworkView, folder: Path, name: str, publish: bool = False) -> Path:
    """Grab the view once Chromium has handed Qt a frame with the network in it."""
    shot: list[QImage] = []

    def painted() -> bool:
        image = view.grab().toImage()
        shot[:] = [image]
        # look away from the legend (bottom left), which is painted before the network
        drawing = image.copy(image.width() // 3, 0, image.width() * 2 // 3, image.height() * 2 // 3)
        return distinct_colours(drawing, step=5) > 12

    qtbot.waitUntil(painted, timeout=10_000)
    path = folder / name
    assert shot[0].save(str(path))
    if publish:
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, SHOTS / name)
    return path


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_draws_and_reports_node_count(qtbot, view: NetworkView, shots: Path) -> None:
    assert draw(qtbot, view, small_graph()) == 4
    counts = wait_result(qtbot, view.counts)
    assert counts == {"nodes": 4, "edges": 4}  # the co-occurrence tie waits until a filter asks for it
    view.set_filters({str(k) for k in Kind}, {str(f) for f in Family}, 0)
    qtbot.waitUntil(lambda: wait_result(qtbot, view.counts) == {"nodes": 4, "edges": 5}, timeout=10_000)
    save_shot(qtbot, view, shots, "network_small.png")


def test_real_click_on_node_and_edge(qtbot, view: NetworkView) -> None:
    draw(qtbot, view, small_graph())
    node_point = wait_result(qtbot, lambda done: view.node_view_position(2, done))
    with qtbot.waitSignal(view.nodeClicked, timeout=10_000) as clicked:
        click(qtbot, view, node_point)
    assert clicked.args == [2]

    edge_point = wait_result(qtbot, lambda done: view.edge_view_position(12, done))
    with qtbot.waitSignal(view.edgeClicked, timeout=10_000) as clicked:
        click(qtbot, view, edge_point)
    assert clicked.args == [12]

    with qtbot.waitSignal(view.backgroundClicked, timeout=10_000):
        click(qtbot, view, QPoint(view.width() - 5, 5))


def test_hostile_name_is_shown_as_text_and_runs_nothing(qtbot, view: NetworkView, shots: Path) -> None:
    draw(qtbot, view, small_graph())
    described = describe(qtbot, view, 3)
    assert described["label"] == HOSTILE
    assert HOSTILE in described["tooltip"]
    assert set(described["tooltipTags"]) <= {"div", "span", "strong"}  # our own elements only: no <img>

    # hover the node for real so vis-network puts the tooltip into the document
    point = wait_result(qtbot, lambda done: view.node_view_position(3, done))
    target = view.click_target()
    qtbot.mouseMove(target, target.mapFrom(view, point + QPoint(1, 1)))
    qtbot.mouseMove(target, target.mapFrom(view, point))
    qtbot.waitUntil(
        lambda: js(qtbot, view, "(document.querySelector('div.vis-tooltip') || {}).textContent || ''").find(HOSTILE)
        >= 0,
        timeout=10_000,
    )
    save_shot(qtbot, view, shots, "network_tooltip.png")
    assert js(qtbot, view, "typeof window.pwned") == "undefined"
    assert js(qtbot, view, "document.querySelectorAll('img, script:not([src]):not([type])').length") == 0
    assert view.blocked_requests() == 0


def test_no_request_leaves_the_app(qtbot, view: NetworkView) -> None:
    draw(qtbot, view, small_graph())
    assert view.blocked_requests() == 0
    # the interceptor really sits on the view's profile: a remote load through it is refused and counted
    probe = QWebEnginePage(view._profile, view.web_view())
    probe.load(QUrl("http://example.invalid/beacon"))
    qtbot.waitUntil(lambda: view.blocked_requests() == 1, timeout=10_000)


def test_png_export_has_real_resolution(qtbot, view: NetworkView, tmp_path: Path) -> None:
    draw(qtbot, view, small_graph())
    images = {}
    for scale in (1, 2):
        path = tmp_path / f"net@{scale}x.png"
        ok = wait_result(qtbot, lambda done, p=path, s=scale: view.export_png(p, s, done))
        assert ok
        image = QImage(str(path))
        assert not image.isNull()
        assert distinct_colours(image) > 8  # background, node colours, labels, legend: not a blank frame
        images[scale] = image
    one, two = images[1], images[2]
    assert (two.width(), two.height()) == (2 * one.width(), 2 * one.height())
    assert one.width() == view.web_view().width()
    # real extra detail, not an upscale: the 2× image holds more distinct colours (antialiased edges, text)
    assert distinct_colours(two, step=3) > distinct_colours(one, step=3)


def test_svg_export_same_layout_escaped(qtbot, view: NetworkView, tmp_path: Path) -> None:
    draw(qtbot, view, small_graph())
    path = tmp_path / "net.svg"
    assert wait_result(qtbot, lambda done: view.export_svg(path, done))
    text = path.read_text(encoding="utf-8")
    assert "<img" not in text and "&lt;img src=x" in text
    root = ET.fromstring(text.encode("utf-8"))
    ns = "{http://www.w3.org/2000/svg}"
    labels = ["".join(t.itertext()) for t in root.find(f"{ns}g[@id='labels']")]
    assert HOSTILE in labels and "Cuba" in labels
    assert root.find(f".//{ns}g[@id='legend']") is not None

    # a filtered view exports what it shows
    view.set_filters({"STATE", "PARTY", "OFFICIAL"}, {str(f) for f in Family}, 0)
    filtered = tmp_path / "filtered.svg"
    assert wait_result(qtbot, lambda done: view.export_svg(filtered, done))
    texts = ["".join(t.itertext()) for t in ET.fromstring(filtered.read_bytes()).iter(f"{ns}text")]
    assert "Cuba" in texts and "Wise Honest" not in texts and "Vessel" not in texts


def test_filters_hide_kinds_families_and_weak_ties(qtbot, view: NetworkView) -> None:
    draw(qtbot, view, small_graph())
    all_kinds = {str(k) for k in Kind}
    all_families = {str(f) for f in Family}
    view.set_filters(all_kinds - {"VESSEL"}, all_families, 0)
    qtbot.waitUntil(lambda: wait_result(qtbot, view.counts) == {"nodes": 3, "edges": 4}, timeout=10_000)
    view.set_filters(all_kinds, all_families - {"ASSOCIATION"}, 2)
    qtbot.waitUntil(lambda: wait_result(qtbot, view.counts) == {"nodes": 4, "edges": 2}, timeout=10_000)
    view.set_filters(all_kinds, all_families, 0)
    qtbot.waitUntil(lambda: wait_result(qtbot, view.counts) == {"nodes": 4, "edges": 5}, timeout=10_000)


def test_select_node_fades_the_rest(qtbot, view: NetworkView) -> None:
    draw(qtbot, view, small_graph())
    view.select_node(4)  # the vessel: neighbour of Cuba only
    faded = "window.entente.describe(2) && JSON.parse(window.entente.nodeStyle(2)).faded"
    qtbot.waitUntil(lambda: js(qtbot, view, faded) is True, timeout=10_000)
    assert js(qtbot, view, "JSON.parse(window.entente.nodeStyle(1)).faded") is False


def test_update_keeps_positions_of_shown_nodes(qtbot, view: NetworkView) -> None:
    draw(qtbot, view, small_graph())
    before = wait_result(qtbot, view.positions)
    assert draw(qtbot, view, small_graph(extra=True), highlight=(5,)) == 5
    after = wait_result(qtbot, view.positions)
    assert set(after) == {1, 2, 3, 4, 5}
    for node, (x, y) in before.items():
        assert after[node] == pytest.approx((x, y), abs=0.5)


def test_corpus_network_screenshot(qtbot, view: NetworkView, corpus_project: Path, shots: Path) -> None:
    from core.project import Project

    with Project.open(corpus_project) as project:
        graph = project.graph()
    view.resize(1400, 900)
    assert draw(qtbot, view, graph) == graph.number_of_nodes()
    assert view.blocked_requests() == 0
    save_shot(qtbot, view, shots, "network_corpus.png", publish=True)
    hub = max(graph.nodes, key=graph.degree)
    view.select_node(hub)
    qtbot.waitUntil(lambda: js(qtbot, view, f"JSON.parse(window.entente.nodeStyle({hub})).faded") is False)
    qtbot.waitUntil(lambda: js(qtbot, view, "window.entente.isAnimating()") is False, timeout=10_000)
    save_shot(qtbot, view, shots, "network_corpus_selected.png", publish=True)


def test_headless_render_png_at_4x(tmp_path: Path) -> None:
    from desktop.headless import render_png

    path = tmp_path / "headless.png"
    render_png(small_graph(), path, scale=4, size=(400, 300))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1600, 1200)
    assert distinct_colours(image) > 8


def _scale(qtbot, view: NetworkView) -> float:
    return json.loads(js(qtbot, view, "window.entente.view()"))["scale"]


def test_view_refits_on_resize_until_the_user_zooms(qtbot, view: NetworkView) -> None:
    draw(qtbot, view, small_graph())
    before = _scale(qtbot, view)
    view.resize(450, 300)  # half the size: the whole network must still be in view, so smaller
    qtbot.waitUntil(lambda: _scale(qtbot, view) < before * 0.8, timeout=10_000)
    fitted = _scale(qtbot, view)
    for node in (1, 2, 3, 4):
        point = wait_result(qtbot, lambda done, n=node: view.node_view_position(n, done))
        assert view.rect().contains(point), node

    # a real wheel turn over the canvas is the user's zoom: from then on a resize leaves the view alone
    target = view.click_target()
    centre = QPoint(target.width() // 2, target.height() // 2)
    wheel = QWheelEvent(
        QPointF(centre), QPointF(target.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(target, wheel)
    qtbot.waitUntil(lambda: _scale(qtbot, view) > fitted * 1.05, timeout=10_000)
    assert _view(qtbot, view)["userMoved"] is True
    with qtbot.waitSignal(view.drawn, timeout=DRAW_TIMEOUT):
        view.resize(600, 400)
        view.show_graph(small_graph())  # a redraw after the resize, so the page has seen the new size
    kept = _scale(qtbot, view)
    # Fit frames the whole network again, at a scale the resize did not choose by itself
    view.fit()
    qtbot.waitUntil(lambda: not js(qtbot, view, "window.entente.isAnimating()") and _scale(qtbot, view) != kept,
                    timeout=10_000)
    assert _view(qtbot, view)["userMoved"] is False


def _view(qtbot, view: NetworkView) -> dict[str, Any]:
    return json.loads(js(qtbot, view, "window.entente.view()"))


def test_a_graph_after_an_empty_one_is_framed_whole(qtbot, view: NetworkView) -> None:
    assert draw(qtbot, view, nx.MultiDiGraph()) == 0
    assert draw(qtbot, view, small_graph()) == 4
    for node in (1, 2, 3, 4):
        point = wait_result(qtbot, lambda done, n=node: view.node_view_position(n, done))
        assert view.rect().contains(point), node


def page_eval(qtbot, view: NetworkView, code: str) -> Any:
    """Evaluate constant JavaScript in any view's page, with or without test hooks (test-only access)."""
    return wait_result(qtbot, lambda done: view._page.runJavaScript(code, 0, done))


def test_a_shipped_page_has_no_test_hooks(qtbot) -> None:
    shipped = open_view(qtbot, test_hooks=False)
    try:
        draw(qtbot, shipped, small_graph())
        exposed = page_eval(qtbot, shipped, "JSON.stringify(Object.keys(window.entente).sort())")
        assert not {"describe", "view", "nodeStyle", "isAnimating"} & set(json.loads(exposed))
        assert "setGraph" in json.loads(exposed)
        with pytest.raises(RuntimeError):
            shipped.run_js("1", lambda _r: None)
    finally:
        close_view(shipped)


# what QWebChannel publishes of any QObject, beyond our slot; QObject's own members cannot be taken off
# (a page's deleteLater is ignored by the bridge), the rest are the JS wrapper's own fields
QT_BRIDGE_INTERNALS = {
    "__id__", "__objectSignals__", "__propertyCache__", "unwrapQObject", "unwrapProperties", "propertyUpdate",
    "signalEmitted", "objectName", "objectNameChanged", "objectNameChanged(QString)", "destroyed", "destroyed()",
    "destroyed(QObject*)", "deleteLater", "deleteLater()",
}


def test_bridge_publishes_only_its_slot(qtbot, view: NetworkView) -> None:
    draw(qtbot, view, small_graph())
    keys = json.loads(js(qtbot, view, "window.entente.bridgeKeys()"))
    ours = set(keys) - QT_BRIDGE_INTERNALS
    assert ours == {"receive", "receive(QString)"}, sorted(ours)  # the slot, by name and by signature
    assert "message" not in keys  # no Python-side signal on the published object
    # the page cannot delete the bridge: the view still hears clicks afterwards
    js(qtbot, view, "window.entente.bridgeCall('deleteLater')")
    qtbot.waitUntil(lambda: js(qtbot, view, "1") == 1)  # the call has reached Qt's side
    assert shiboken6.isValid(view._bridge)
    node_point = wait_result(qtbot, lambda done: view.node_view_position(2, done))
    with qtbot.waitSignal(view.nodeClicked, timeout=10_000) as clicked:
        click(qtbot, view, node_point)
    assert clicked.args == [2]


def test_malformed_bridge_messages_are_logged_not_raised(qtbot, view: NetworkView, caplog) -> None:
    draw(qtbot, view, small_graph())
    seen: list[object] = []
    view.nodeClicked.connect(seen.append)
    view.edgeClicked.connect(seen.append)
    bridge = view._bridge
    for text in ("not json", "[1, 2]", '{"type": "nodeClick"}', '{"type": "nodeClick", "id": "3"}',
                 '{"type": "edgeClick", "id": true}', '{"type": "edgeClick", "id": 1.5}', '{"type": "evil"}',
                 '{"type": "drawn", "nodes": "x"}'):
        bridge.receive(text)  # must not raise
    assert seen == []
    assert sum("network page" in r.getMessage() for r in caplog.records) >= 7
    bridge.receive('{"type": "nodeClick", "id": 3}')
    assert seen == [3]


def test_page_navigates_nowhere_but_itself(qtbot, view: NetworkView) -> None:
    page = view._page
    nav = QWebEnginePage.NavigationType.NavigationTypeLinkClicked
    assert page.acceptNavigationRequest(view._url, nav, True)
    for other in ("entente://app/network.js", "entente://app/index.html#x", "entente://other/index.html",
                  "http://203.0.113.9/", "javascript:alert(1)", "data:text/html,hi"):
        assert not page.acceptNavigationRequest(QUrl(other), nav, True), other


def test_interceptor_allows_data_and_qrc_only_where_needed(qtbot, view: NetworkView) -> None:
    from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo

    from desktop.interceptor import KEEP_BLOCKED, allowed

    kind = QWebEngineUrlRequestInfo.ResourceType
    assert allowed(QUrl("data:image/png;base64,AAAA"), kind.ResourceTypeImage)
    assert allowed(QUrl("data:font/woff2;base64,AAAA"), kind.ResourceTypeFontResource)
    assert not allowed(QUrl("data:text/html,<script>1</script>"), kind.ResourceTypeMainFrame)
    assert not allowed(QUrl("data:text/javascript,1"), kind.ResourceTypeScript)
    assert allowed(QUrl("qrc:///qtwebchannel/qwebchannel.js"), kind.ResourceTypeScript)
    assert not allowed(QUrl("qrc:///other/thing.js"), kind.ResourceTypeScript)
    assert allowed(QUrl("entente://app/network.js"), kind.ResourceTypeScript)
    assert not allowed(QUrl("http://203.0.113.9/x.png"), kind.ResourceTypeImage)
    # for real: a data: page in the view's profile is refused and counted; the record of URLs is bounded
    probe = QWebEnginePage(view._profile, view.web_view())
    probe.load(QUrl("data:text/html,<b>x</b>"))
    qtbot.waitUntil(lambda: view.blocked_requests() == 1, timeout=10_000)
    assert view._interceptor.blocked.maxlen == KEEP_BLOCKED
