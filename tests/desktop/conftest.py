"""Desktop test set-up: offscreen Qt without the Chromium sandbox, and one corpus project built once."""

from __future__ import annotations

import os

# QtWebEngine reads these when it loads, so they are set before anything imports Qt
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
os.environ["ENTENTE_TEST_HOOKS"] = "1"  # the window's network views offer the page's test-only inspection calls

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import resources
from core.project import Project

try:
    from desktop import network_view as _network_view

    _network_view.register_scheme()  # must precede the QApplication that pytest-qt creates
except ImportError:  # D1's view not there yet: window tests fall back to the painted stand-in
    _network_view = None


@pytest.fixture(scope="session")
def corpus_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default corpus extracted once (NLP is the slow part); copy it before changing it."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.entente"
    with Project.open(path) as project:
        report = project.add_all([resources.corpus_dir()])
    assert report.added and not report.problems
    return path


@pytest.fixture
def project_copy(corpus_project: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.entente"
    shutil.copy(corpus_project, target)
    return target


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Default project, settings and log of every test live in its own folder."""
    folder = tmp_path / "data"
    folder.mkdir()  # as desktop.app.run does before the window opens
    monkeypatch.setenv("ENTENTE_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session", autouse=True)
def _theme(qapp: object) -> None:
    from desktop.app import apply_theme

    apply_theme(qapp)


def real_view_available() -> bool:
    return _network_view is not None


@pytest.fixture
def make_window(qtbot: object) -> Iterator[Callable[..., object]]:
    """Open a MainWindow on a project and wait until its network is drawn."""
    from desktop.main_window import MainWindow
    from desktop.settings import Settings

    windows = []

    def make(path: Path, real_view: bool = True, add_default_corpus: bool = False, wait: bool = True) -> MainWindow:
        factory = None
        if not (real_view and real_view_available()):
            from tests.desktop.fake_view import FakeNetworkView

            factory = FakeNetworkView
        window = MainWindow(path, Settings(), view_factory=factory, add_default_corpus=add_default_corpus)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        if wait:
            qtbot.waitUntil(lambda: window.drawn_count >= 0 and not window.busy, timeout=90_000)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()  # with a worker running, the window closes once the worker has finished
        qtbot.waitUntil(lambda w=window: not w.busy, timeout=90_000)


def open_last_evidence(qtbot: object, window: object, relation: object) -> None:
    """Click the last evidence sentence of the tie shown in the edge panel; the reader must open it."""
    from PySide6.QtCore import Qt

    panel = window.details.edge
    assert window.details.currentWidget() is panel
    items = panel.evidence_items()
    assert len(items) == len(relation.evidence)
    chosen = items[-1]
    ref = chosen.data(0, Qt.ItemDataRole.UserRole + 1)
    panel.evidence.scrollToItem(chosen)
    qtbot.mouseClick(
        panel.evidence.viewport(), Qt.MouseButton.LeftButton, pos=panel.evidence.visualItemRect(chosen).center()
    )
    assert window.reader.doc_id == ref.doc_id
    # selected_text turns Qt's line separators into newlines, and an article's own U+2028 with them
    assert window.reader.selected_text() == ref.text.replace("\u2028", "\n")


def page_js(qtbot: object, view: object, code: str) -> object:
    """The result of constant JavaScript run in a test-hooks network view's page."""
    box: list[object] = []
    view.run_js(code, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


@pytest.fixture
def failing_add(monkeypatch: pytest.MonkeyPatch) -> Callable[[Exception], None]:
    """Make every ``Project.add`` fail with ``error`` at its first step, as a broken model or disk would."""

    def install(error: Exception) -> None:
        from core.project import Project as CoreProject

        def broken_add(self, paths, batch_size=1, cancel=None, jobs=None):
            yield from ()
            raise error

        monkeypatch.setattr(CoreProject, "add", broken_add)

    return install
