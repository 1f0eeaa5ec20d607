"""A painted stand-in with the NetworkView API, for window tests that do not need QtWebEngine."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class FakeNetworkView(QWidget):
    nodeClicked = Signal(int)
    nodeDoubleClicked = Signal(int)
    edgeClicked = Signal(int)
    backgroundClicked = Signal()
    contextMenuRequested = Signal(str, int, QPoint)
    drawn = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph = nx.MultiDiGraph()
        self.highlight: set[int] = set()
        self.filters: tuple[set[str], set[str], int] | None = None
        self.selected: int | None = None
        self.fits = 0
        self.shown = 0  # show_graph calls
        self.setAcceptDrops(False)
        self.setMinimumSize(200, 200)

    def show_graph(
        self, graph: nx.MultiDiGraph, highlight: Iterable[int] = (), positions: dict | None = None
    ) -> None:
        self.graph = graph
        self.given_positions = positions
        self.highlight = set(highlight)
        self.shown += 1
        self.update()
        QTimer.singleShot(0, lambda: self.drawn.emit(graph.number_of_nodes()))

    def select_node(self, entity_id: int) -> None:
        self.selected = entity_id

    def set_filters(self, kinds: set[str], families: set[str], min_evidence: int) -> None:
        self.filters = (set(kinds), set(families), min_evidence)

    def fit(self) -> None:
        self.fits += 1

    def show_path(self, nodes: list[int], edges: list[int]) -> None:
        self.path = (list(nodes), list(edges))

    def _pos(self, node: int) -> QPointF:
        nodes = sorted(self.graph.nodes)
        i = nodes.index(node)
        angle = 2 * math.pi * i / max(1, len(nodes))
        r = 0.4 * min(self.width(), self.height())
        return QPointF(self.width() / 2 + r * math.cos(angle), self.height() / 2 + r * math.sin(angle))

    def node_view_position(self, entity_id: int, done: Callable[[QPoint], None]) -> None:
        QTimer.singleShot(0, lambda: done(self._pos(entity_id).toPoint()))

    def edge_view_position(self, relation_id: int, done: Callable[[QPoint], None]) -> None:
        for u, v, key in self.graph.edges(keys=True):
            if key == relation_id:
                mid = (self._pos(u) + self._pos(v)) / 2
                point = mid.toPoint()
                QTimer.singleShot(0, lambda p=point: done(p))
                return

    def mousePressEvent(self, event: QMouseEvent) -> None:
        p = event.position()
        right = event.button() == Qt.MouseButton.RightButton
        where = self.mapToGlobal(p.toPoint())
        for node in self.graph.nodes:
            if (self._pos(node) - p).manhattanLength() < 4:
                self.contextMenuRequested.emit("node", node, where) if right else self.nodeClicked.emit(node)
                return
        for u, v, key in self.graph.edges(keys=True):
            if ((self._pos(u) + self._pos(v)) / 2 - p).manhattanLength() < 3:
                self.contextMenuRequested.emit("edge", key, where) if right else self.edgeClicked.emit(key)
                return
        self.contextMenuRequested.emit("background", -1, where) if right else self.backgroundClicked.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#11151c"))
        painter.setPen(QColor("#5b8def"))
        for node in self.graph.nodes:
            painter.drawEllipse(self._pos(node), 3, 3)

    def export_png(self, path: Path, scale: int, done: Callable[[bool], None]) -> None:
        ok = self.grab().scaled(self.width() * scale, self.height() * scale).save(str(path), "PNG")
        QTimer.singleShot(0, lambda: done(ok))

    def export_svg(self, path: Path, done: Callable[[bool], None] | None = None) -> None:
        Path(path).write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
        if done is not None:
            QTimer.singleShot(0, lambda: done(True))

    def click_target(self) -> QWidget:
        return self

    def positions(self, done: Callable[[dict[int, tuple[float, float]]], None]) -> None:
        done({n: (self._pos(n).x(), self._pos(n).y()) for n in self.graph.nodes})

    def blocked_requests(self) -> int:
        return 0
