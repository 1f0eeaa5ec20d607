"""Render a network to a PNG file with an off-screen view: ``entente export --out x.png`` needs no window.

Works with or without a running QApplication; when there is none it makes one (off-screen platform,
sandbox off when running as root) after registering our URL scheme, which Qt requires in that order.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import networkx as nx
from PySide6.QtCore import QEventLoop, QTimer

from desktop.web_scheme import register_scheme

DEFAULT_SIZE = (1600, 1000)
TIMEOUT_MS = 60_000


class RenderError(RuntimeError):
    """The page did not draw or the image could not be written."""


def _application():  # -> QApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start its sandbox as root
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --no-sandbox").strip()
    register_scheme()
    return QApplication(sys.argv[:1])


def _wait(loop: QEventLoop, what: str) -> None:
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: loop.exit(1))
    timer.start(TIMEOUT_MS)
    if loop.exec() != 0:
        raise RenderError(f"timed out waiting for the network page to {what}")
    timer.stop()


def render_png(
    graph: nx.MultiDiGraph, path: str | Path, scale: int = 1, size: tuple[int, int] = DEFAULT_SIZE
) -> None:
    """Draw ``graph`` off screen at ``size`` CSS pixels and write it to ``path`` at ``scale``× resolution."""
    _application()
    from desktop.network_view import NetworkView  # after the scheme is registered

    view = NetworkView(background_layout=False)  # nothing else runs meanwhile: lay out in line
    view.resize(*size)
    view.show()  # an unshown view has no size, and the page would lay out into nothing
    try:
        loop = QEventLoop()
        view.drawn.connect(lambda _count: loop.exit(0))
        view.show_graph(graph)
        _wait(loop, "draw")
        result: list[bool] = []
        loop = QEventLoop()

        def finished(ok: bool) -> None:
            result.append(ok)
            loop.exit(0)

        view.export_png(Path(path), scale, finished)
        _wait(loop, "export")
        if not result or not result[0]:
            raise RenderError(f"could not write {path}")
    finally:
        view.close()
        view.deleteLater()
