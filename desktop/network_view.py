"""The network as an interactive web page inside the window: vis-network in a locked-down QWebEngineView.

Python talks to the page only through ``core.page.js_call`` (JSON arguments); the page talks back through
one QWebChannel slot (``bridge.receive``) taking a JSON message. Calls made before the page says "ready" wait
in a queue.
"""

from __future__ import annotations

import atexit
import base64
import binascii
import json
import logging
import os
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import networkx as nx
import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget
from superqt.utils import create_worker

from core import svg
from core.page import graph_payload, js_call
from desktop.interceptor import LocalOnlyInterceptor
from desktop.web_scheme import PAGE_URL, SCHEME, WebSchemeHandler
from desktop.web_scheme import register_scheme as register_scheme

log = logging.getLogger(__name__)

__all__ = ["NetworkView", "register_scheme"]

_live_views: weakref.WeakSet[NetworkView] = weakref.WeakSet()


@atexit.register
def _release_views() -> None:
    # QtWebEngine releases its profiles when the application goes; a page still alive then makes it warn
    # ("Expect troubles") or crash, so views nobody deleted are deleted here, while the application exists
    for view in list(_live_views):
        if shiboken6.isValid(view):
            shiboken6.delete(view)


TEST_HOOKS_ENV = "ENTENTE_TEST_HOOKS"
# what the page may say; anything else is logged and dropped
MESSAGE_TYPES = frozenset(
    {"ready", "drawn", "nodeClick", "nodeDoubleClick", "edgeClick", "backgroundClick", "contextMenu", "error"}
)


def _set_graph_call(
    graph: nx.MultiDiGraph, fresh: list[int], positions: dict[int, tuple[float, float]] | None
) -> str:
    """The page call that draws ``graph``, built whole on the worker: for a big graph even the JSON text of
    the call takes a noticeable while."""
    return js_call("window.entente.setGraph", graph_payload(graph, fresh, positions))


def _is_id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class _Bridge(QObject):
    """The one object the page sees: a single slot receiving JSON messages.

    QWebChannel publishes every public member of the object's class, so it declares nothing else: the
    receiver is a plain Python callback, not a signal the page could see. What QObject itself brings along
    (``objectName``, ``objectNameChanged``, ``destroyed``, ``deleteLater``) cannot be taken off; a page
    calling ``deleteLater`` is ignored (``event`` below), the rest are harmless.
    """

    def __init__(self, receive: Callable[[dict], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._receive = receive

    def event(self, e: QEvent) -> bool:
        # the page can call the published deleteLater; the bridge goes only with its view (a direct delete)
        if e.type() == QEvent.Type.DeferredDelete:
            log.warning("the network page asked to delete the bridge; ignored")
            return True
        return super().event(e)

    @Slot(str)
    def receive(self, text: str) -> None:  # not named "event": that would override QObject.event
        try:
            data = json.loads(text)
        except (ValueError, TypeError):
            log.warning("unreadable message from the network page")
            return
        if isinstance(data, dict):
            self._receive(data)
        else:
            log.warning("malformed message from the network page")


class _Page(QWebEnginePage):
    """Stays on our page: no navigation elsewhere, no new windows, console messages go to the log."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject, url: QUrl) -> None:
        super().__init__(profile, parent)
        self._url = url

    def acceptNavigationRequest(self, url: QUrl, nav_type: QWebEnginePage.NavigationType, main: bool) -> bool:
        return url == self._url

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:
        log.info("page console (%s:%d): %s", source, line, message)


class NetworkView(QWidget):
    """The interactive network: draws a graph, reports clicks, exports PNG and SVG."""

    nodeClicked = Signal(int)
    nodeDoubleClicked = Signal(int)
    edgeClicked = Signal(int)
    backgroundClicked = Signal()
    contextMenuRequested = Signal(str, int, QPoint)  # 'node', 'edge' or 'background'; id (-1); global point
    drawn = Signal(int)
    ready = Signal()

    def __init__(
        self, parent: QWidget | None = None, test_hooks: bool | None = None, background_layout: bool = True
    ) -> None:
        """``test_hooks`` (default: the ``ENTENTE_TEST_HOOKS=1`` environment) adds the page's inspection calls
        (``describe``, ``view``, ``nodeStyle``, ``isAnimating``) and ``run_js``; a shipped window has neither.

        ``background_layout`` computes each graph's layout and page data on a worker thread so the window's
        event loop never waits for it (up to seconds for big graphs); a headless render, which waits for the
        drawing anyway, may do it in line.
        """
        super().__init__(parent)
        self._background_layout = background_layout
        # show_graph requests are numbered: only the newest one's result is drawn, older ones are dropped
        self._generation = 0
        self._delivered = 0  # generation of the newest graph handed to the page
        self._worker: Any = None  # the layout being computed, if any
        # the newest one asked for: generation, graph, highlighted ids, given positions
        self._next_layout: tuple[int, nx.MultiDiGraph, list[int], dict | None] | None = None
        # calls made while a layout is being computed wait for it, so they reach the page after its setGraph
        self._held: list[tuple[str, Callable[[Any], None] | None]] = []
        if test_hooks is None:
            test_hooks = os.environ.get(TEST_HOOKS_ENV) == "1"
        self._test_hooks = test_hooks
        self._url = QUrl(PAGE_URL + ("?hooks=1" if test_hooks else ""))
        self._ready = False
        self._queue: list[tuple[str, Callable[[Any], None] | None]] = []
        self._graph: nx.MultiDiGraph = nx.MultiDiGraph()
        self._positions: dict[int, tuple[float, float]] | None = None

        self._web = QWebEngineView(self)
        self._profile = QWebEngineProfile()  # off the record: nothing written to disk
        self._scheme = WebSchemeHandler(self._profile)
        self._profile.installUrlSchemeHandler(SCHEME, self._scheme)
        self._interceptor = LocalOnlyInterceptor(self._profile)
        self._profile.setUrlRequestInterceptor(self._interceptor)
        self._page = _Page(self._profile, self._web, self._url)
        # a profile must outlive its pages: owned by the page, it is deleted right after it, whoever
        # deletes the view and in whatever order Python finalises wrappers at exit
        self._profile.setParent(self._page)
        settings = self._page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanAccessClipboard, False)
        self._bridge = _Bridge(self._on_message, self)
        self._channel = QWebChannel(self._page)
        self._channel.registerObject("bridge", self._bridge)
        self._page.setWebChannel(self._channel)
        self._web.setPage(self._page)
        self._web.setAcceptDrops(False)  # drops belong to the main window (adding articles)
        self._web.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._page.loadFinished.connect(self._on_load_finished)
        self._page.renderProcessTerminated.connect(self._on_render_process_gone)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._web)
        self._web.load(self._url)
        _live_views.add(self)

    # -- plumbing --------------------------------------------------------------------------------

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            log.error("the network page failed to load")
        proxy = self._web.focusProxy()
        if proxy is not None:
            proxy.setAcceptDrops(False)

    def _on_render_process_gone(self, status: object, code: int) -> None:
        # Chromium's renderer died (out of memory, killed): start the page again and redraw what was shown
        log.error("the network page's renderer stopped (%s, exit code %s); reloading", status, code)
        self._ready = False
        self._queue = []
        self._web.load(self._url)
        self.show_graph(self._graph, positions=self._positions)

    def _on_message(self, data: dict) -> None:
        kind = data.get("type")
        if kind not in MESSAGE_TYPES:
            log.warning("unknown message from the network page: %.60r", kind)
            return
        if kind in ("nodeClick", "nodeDoubleClick", "edgeClick") and not _is_id(data.get("id")):
            log.warning("malformed %s message from the network page", kind)
            return
        if kind == "ready":
            self._ready = True
            queued, self._queue = self._queue, []
            for code, callback in queued:
                self._run(code, callback)
            self.ready.emit()
        elif kind == "drawn":
            nodes = data.get("nodes", 0)
            self.drawn.emit(nodes if _is_id(nodes) else 0)
        elif kind == "nodeClick":
            self.nodeClicked.emit(int(data["id"]))
        elif kind == "nodeDoubleClick":
            self.nodeDoubleClicked.emit(int(data["id"]))
        elif kind == "edgeClick":
            self.edgeClicked.emit(int(data["id"]))
        elif kind == "backgroundClick":
            self.backgroundClicked.emit()
        elif kind == "contextMenu":
            self._context_menu(data)
        elif kind == "error":
            log.error("network page script error: %s (line %s)", data.get("message"), data.get("line"))

    def _context_menu(self, data: dict) -> None:
        node, edge, x, y = (data.get(k) for k in ("node", "edge", "x", "y"))
        if not (_is_id(x) and _is_id(y)) or not all(v is None or _is_id(v) for v in (node, edge)):
            log.warning("malformed contextMenu message from the network page")
            return
        where = self._web.mapToGlobal(QPoint(x, y))
        if node is not None:
            self.contextMenuRequested.emit("node", node, where)
        elif edge is not None:
            self.contextMenuRequested.emit("edge", edge, where)
        else:
            self.contextMenuRequested.emit("background", -1, where)

    def _call(self, function: str, *args: Any, callback: Callable[[Any], None] | None = None) -> None:
        """Call ``window.entente.<function>`` with JSON arguments, now or once the page is ready."""
        code = js_call(f"window.entente.{function}", *args)
        if self.layout_pending():
            self._held.append((code, callback))
        elif self._ready:
            self._run(code, callback)
        else:
            self._queue.append((code, callback))

    def _run(self, code: str, callback: Callable[[Any], None] | None) -> None:
        if callback is None:
            self._page.runJavaScript(code, 0)
        else:
            self._page.runJavaScript(code, 0, callback)

    def _call_json(self, function: str, *args: Any, done: Callable[[Any], None]) -> None:
        # results cross as JSON text: runJavaScript hands back arrays and nested objects unreliably
        def parse(result: Any) -> None:
            done(json.loads(result) if isinstance(result, str) and result else None)

        self._call(function, *args, callback=parse)

    # -- API -------------------------------------------------------------------------------------

    def is_ready(self) -> bool:
        return self._ready

    def show_graph(
        self,
        graph: nx.MultiDiGraph,
        highlight: Iterable[int] = (),
        positions: dict[int, tuple[float, float]] | None = None,
    ) -> None:
        """Draw ``graph``; nodes already on screen keep their places, ``highlight`` ids get a ring.

        With ``positions`` (a big project's layout cache) every node is drawn exactly there, physics off.
        Returns at once: the layout is computed on a worker thread and drawn when ready (``drawn`` follows).
        Of several calls in quick succession only the last one's graph is drawn.
        """
        self._graph = graph
        self._positions = positions
        self._generation += 1
        fresh = [int(h) for h in highlight]
        if not self._background_layout:
            self._deliver(self._generation, _set_graph_call(graph, fresh, positions))
            return
        # the worker gets its own copy: the caller stays free to change or drop the graph it passed
        self._next_layout = (self._generation, graph.copy(), fresh, None if positions is None else dict(positions))
        if self._worker is None:
            self._start_layout()

    def _start_layout(self) -> None:
        # one layout at a time: a stale one cannot be stopped midway, and two would only share the same CPU
        # (and the GIL); requests made meanwhile collapse into the newest, started when this one ends
        if self._next_layout is None:
            return
        generation, graph, fresh, positions = self._next_layout
        self._next_layout = None
        worker = create_worker(_set_graph_call, graph, fresh, positions, _start_thread=False, _ignore_errors=True)
        worker.returned.connect(lambda code: self._deliver(generation, code))
        worker.errored.connect(lambda error: self._layout_failed(generation, error))
        worker.finished.connect(self._layout_finished)
        self._worker = worker
        worker.start()

    def _layout_finished(self) -> None:
        if shiboken6.isValid(self):
            self._worker = None
            self._start_layout()

    def layout_pending(self) -> bool:
        """True while the newest graph's layout is still being computed."""
        return self._generation != self._delivered

    def layout_busy(self) -> bool:
        """True while any layout runs or waits, stale ones included (tests wait for it)."""
        return self._worker is not None or self._next_layout is not None

    def _deliver(self, generation: int, code: str) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the view is gone, or a newer graph was asked for meanwhile: this one is stale
        self._delivered = generation
        if self._ready:
            self._run(code, None)
        else:
            self._queue.append((code, None))
        self._release_held()

    def _release_held(self) -> None:
        held, self._held = self._held, []
        for code, callback in held:
            if self._ready:
                self._run(code, callback)
            else:
                self._queue.append((code, callback))

    def _layout_failed(self, generation: int, error: BaseException) -> None:
        log.error("laying out the network failed", exc_info=(type(error), error, error.__traceback__))
        if shiboken6.isValid(self) and generation == self._generation:
            self._delivered = generation  # the page keeps what it showed; waiting calls go ahead
            self._release_held()

    def select_node(self, entity_id: int) -> None:
        self._call("select", int(entity_id))

    def set_filters(self, kinds: set[str], families: set[str], min_evidence: int) -> None:
        self._call("setFilters", sorted(kinds), sorted(families), int(min_evidence))

    def fit(self) -> None:
        self._call("fit")

    def show_path(self, nodes: list[int], edges: list[int]) -> None:
        """Bring ``nodes`` and ``edges`` (a path) into focus and view; empty lists clear the focus."""
        self._call("highlight", [int(n) for n in nodes], [int(e) for e in edges])

    def positions(self, done: Callable[[dict[int, tuple[float, float]]], None]) -> None:
        def convert(data: Any) -> None:
            data = data or {}
            done({int(k): (float(v["x"]), float(v["y"])) for k, v in data.items()})

        self._call_json("positions", done=convert)

    def node_view_position(self, entity_id: int, done: Callable[[QPoint], None]) -> None:
        self._call_json("nodePoint", int(entity_id), done=lambda p: done(self._to_widget(p)))

    def edge_view_position(self, relation_id: int, done: Callable[[QPoint], None]) -> None:
        self._call_json("edgePoint", int(relation_id), done=lambda p: done(self._to_widget(p)))

    def counts(self, done: Callable[[dict[str, int]], None]) -> None:
        """Visible nodes and edges after filtering."""
        self._call_json("counts", done=lambda c: done(c or {"nodes": 0, "edges": 0}))

    def _to_widget(self, point: dict | None) -> QPoint:
        if not point:
            return QPoint(-1, -1)
        zoom = self._web.zoomFactor()
        return QPoint(round(point["x"] * zoom), round(point["y"] * zoom))

    def click_target(self) -> QWidget:
        """The widget that receives mouse events (Chromium's render widget once the page has loaded)."""
        return self._web.focusProxy() or self._web

    def export_png(self, path: Path, scale: int, done: Callable[[bool], None]) -> None:
        """Write the current view at ``scale``× resolution (1, 2 or 4); ``done(ok)`` runs when written."""
        if scale not in (1, 2, 3, 4):
            raise ValueError("scale must be 1, 2, 3 or 4")
        target = Path(path)

        def write(url: Any) -> None:
            prefix = "data:image/png;base64,"
            if not isinstance(url, str) or not url.startswith(prefix):
                log.error("the page returned no image")
                done(False)
                return
            try:
                target.write_bytes(base64.b64decode(url[len(prefix) :], validate=True))
            except (OSError, binascii.Error) as error:
                log.error("could not write %s: %s", target, error)
                done(False)
                return
            done(True)

        self._call("exportPng", int(scale), callback=write)

    def export_svg(self, path: Path, done: Callable[[bool], None] | None = None) -> None:
        """Write an SVG of what the view shows (filters applied) at the places it shows it, with legend."""
        graph = self._graph
        target = Path(path)
        shown: dict[str, Any] = {}

        def write(positions: dict[int, tuple[float, float]]) -> None:
            nodes = {int(n) for n in shown.get("nodes", ())}
            edges = {int(e) for e in shown.get("edges", ())}
            try:
                text = svg.render_svg(graph, positions or None, only_nodes=nodes, only_edges=edges)
                target.write_text(text, encoding="utf-8")
            except OSError as error:
                log.error("could not write %s: %s", target, error)
                if done:
                    done(False)
                return
            if done:
                done(True)

        def got_visible(data: Any) -> None:
            shown.update(data or {})
            self.positions(write)

        self._call_json("visible", done=got_visible)

    def blocked_requests(self) -> int:
        """Non-local requests the page attempted and the interceptor refused (must stay 0)."""
        return self._interceptor.blocked_count

    def web_view(self) -> QWebEngineView:
        return self._web

    def run_js(self, code: str, done: Callable[[Any], None]) -> None:
        """Evaluate trusted, constant JavaScript (tests only: needs ``test_hooks``); never build ``code`` from data."""
        if not self._test_hooks:
            raise RuntimeError("run_js is for tests: make the view with test_hooks=True")
        self._run(code, done)
