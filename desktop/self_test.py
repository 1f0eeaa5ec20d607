"""``entente --self-test``: prove that a build works end to end, headless, and say where it breaks.

A packaged app fails in ways tests of the source tree never see: a data file left out, a Qt plugin missing,
the language model not found. This walks the path a user takes (shipped corpus → new project → language
model → network page → PNG export) in a throw-away folder, one printed line per step, and exits non-zero
with the reason at the first step that fails. It also prints how long the bundle took from launch to the
first drawn network, so start-up time is measured where it matters.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

_IMPORTED_AT = time.monotonic()
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MIN_COLOURS = 8  # background, four kind colours, edges, labels: a blank or broken page has one or two
DRAW_TIMEOUT_S = 120
EXPORT_TIMEOUT_S = 60
JOBS = 2  # extraction in worker processes, as on any machine with two cores or more


class SelfTestError(Exception):
    """A step failed; the message is the one-line reason shown to the user."""


def seconds_since_launch() -> float:
    """Time since this process started (Linux: from /proc, so it includes the bootloader and Python start)."""
    try:
        stat = Path("/proc/self/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22, counted after the command name
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT  # elsewhere: from the import of this module


def _say(step: str, message: str) -> None:
    print(f"self-test: {step:<8} {message}  [t+{seconds_since_launch():.2f} s]", flush=True)


def _headless_environment() -> None:
    """Always offscreen (a self-test must not need a display); Chromium's sandbox cannot run as root."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags.split():
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --no-sandbox").strip()


def check_assets() -> list[Path]:
    """The shipped files the app reads at run time; returns the default corpus."""
    import resources

    corpus = sorted(resources.corpus_dir().glob("*.txt"))
    if not corpus:
        raise SelfTestError(f"no default corpus in {resources.corpus_dir()}")
    web = resources.web_dir()
    for name in ("network.html", "network.css", "vendor/vis-network.min.js"):
        if not (web / name).is_file():
            raise SelfTestError(f"page asset missing: {web / name}")
    if not any(resources.icons_dir().glob("entente*")):
        raise SelfTestError(f"no icon in {resources.icons_dir()}")
    _say("assets", f"ok: {len(corpus)} articles, page assets, icons")
    return corpus


def build_project(folder: Path, corpus: list[Path]) -> Any:
    """A new project on the default corpus: runs the language model and the whole extraction, in ``JOBS`` worker
    processes (a frozen app starts them through ``multiprocessing.freeze_support`` in its entry point)."""
    from core.project import Project

    started = time.monotonic()
    project = Project.open(folder / "self-test.entente")
    report = project.add_all(corpus, jobs=JOBS)
    if report.problems:
        project.close()
        raise SelfTestError(f"could not read {report.problems[0]}")
    graph = project.graph()
    if len(report.added) != len(corpus) or graph.number_of_nodes() == 0 or graph.number_of_edges() == 0:
        project.close()
        raise SelfTestError(
            f"extraction gave {len(report.added)} documents, {graph.number_of_nodes()} entities, "
            f"{graph.number_of_edges()} relations"
        )
    _say(
        "extract",
        f"ok: {len(report.added)} documents, {graph.number_of_nodes()} entities, "
        f"{graph.number_of_edges()} relations in {time.monotonic() - started:.2f} s with {JOBS} worker processes",
    )
    return project


def _wait(until: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until ``until()`` holds or the time is up (no sleeping, no busy thread)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if until() else None)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    poll.start()
    if not until():
        loop.exec()
    poll.stop()
    return until()


def distinct_colours(path: Path) -> tuple[int, int, int]:
    """``(width, height, colours)`` of a PNG, colours counted on a sampling grid."""
    from PySide6.QtGui import QImage

    if path.read_bytes()[:8] != PNG_SIGNATURE:
        raise SelfTestError(f"{path.name} is not a PNG file")
    image = QImage(str(path))
    if image.isNull():
        raise SelfTestError(f"{path.name} cannot be decoded")
    step_x, step_y = max(1, image.width() // 200), max(1, image.height() // 200)
    colours = {image.pixel(x, y) for y in range(0, image.height(), step_y) for x in range(0, image.width(), step_x)}
    return image.width(), image.height(), len(colours)


def check_icon() -> None:
    """The window and menu icon is an SVG: drawing it needs Qt's SVG plugins in the bundle."""
    from PySide6.QtGui import QIcon

    import resources

    pixmap = QIcon(str(resources.icons_dir() / "entente.svg")).pixmap(64, 64)
    if pixmap.isNull() or len({pixmap.toImage().pixel(x, 32) for x in range(64)}) < 3:
        raise SelfTestError("the SVG icon does not render (Qt's SVG plugins are missing)")
    _say("icon", "ok: the SVG icon renders")


def draw_and_export(graph: Any, folder: Path) -> None:
    """Draw the network in the real view, export it as a PNG and check the picture is not blank."""
    from desktop.network_view import NetworkView, register_scheme

    register_scheme()  # before the QApplication, as Qt requires
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "entente", "--self-test"])
    check_icon()
    view = NetworkView()
    try:
        view.resize(1200, 800)
        view.show()
        drawn: list[int] = []
        view.drawn.connect(drawn.append)
        started = time.monotonic()
        view.show_graph(graph)
        if not _wait(lambda: bool(drawn), DRAW_TIMEOUT_S):
            raise SelfTestError(f"the network was not drawn within {DRAW_TIMEOUT_S} s")
        if drawn[0] <= 0:
            raise SelfTestError("the page drew an empty network")
        launch = seconds_since_launch()
        _say("draw", f"ok: {drawn[0]} nodes drawn in {time.monotonic() - started:.2f} s")
        print(f"self-test: launch to first drawn network: {launch:.2f} s", flush=True)

        png = folder / "network.png"
        written: list[bool] = []
        view.export_png(png, 1, written.append)
        if not _wait(lambda: bool(written), EXPORT_TIMEOUT_S):
            raise SelfTestError(f"the PNG export did not finish within {EXPORT_TIMEOUT_S} s")
        if not written[0] or not png.is_file():
            raise SelfTestError("the PNG export failed")
        width, height, colours = distinct_colours(png)
        if colours < MIN_COLOURS:
            raise SelfTestError(f"the exported PNG looks blank ({colours} distinct colours)")
        _say("export", f"ok: {png.name} {width}x{height}, {png.stat().st_size // 1024} KiB, {colours} colours")

        if view.blocked_requests():
            raise SelfTestError(f"the page tried {view.blocked_requests()} non-local requests")
        _say("offline", "ok: no request left the machine")
        check_isolation()
    finally:
        view.close()
        view.deleteLater()  # the page must go before its profile and the app, or QtWebEngine crashes at exit
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()


def check_isolation() -> None:
    """In a bundle, nothing may come from a Python installed on the machine: every module and library loaded so
    far (Qt and the model included) is the bundle's own, or a system library."""
    if not _frozen():
        _say("bundle", "skipped: running from source")
        return
    root = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)).resolve()
    files = {Path(m.__file__) for m in list(sys.modules.values()) if getattr(m, "__file__", None)}
    try:
        maps = Path("/proc/self/maps").read_text().splitlines()
        files |= {Path(line.split(None, 5)[5]) for line in maps if len(line.split(None, 5)) == 6 and "/" in line}
    except OSError:
        pass  # not Linux: the modules alone
    inside = {f for f in files if f.resolve().is_relative_to(root)}
    foreign = sorted(
        str(f) for f in files - inside if "python" in str(f).lower() or "site-packages" in str(f) or ".venv" in str(f)
    )
    if foreign:
        raise SelfTestError(f"loaded from outside the bundle: {foreign[0]} and {len(foreign) - 1} more")
    _say("bundle", f"ok: {len(inside)} modules and libraries loaded, all from the bundle")


def run() -> None:
    """All steps; raises ``SelfTestError`` at the first that fails."""
    _headless_environment()
    _say("start", f"Entente self-test, Python {sys.version.split()[0]}, {'bundle' if _frozen() else 'source'}")
    corpus = check_assets()
    with tempfile.TemporaryDirectory(prefix="entente-self-test-") as tmp:
        folder = Path(tmp)
        project = build_project(folder, corpus)
        try:
            graph = project.graph()
        finally:
            project.close()
        draw_and_export(graph, folder)


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def main(argv: Sequence[str] | None = None) -> int:
    """Exit status 0 when every step passed, 1 with the reason otherwise."""
    del argv  # the self-test takes no options; the parameter keeps the cli's calling convention
    try:
        run()
    except SelfTestError as exc:
        print(f"self-test: FAILED: {exc}", flush=True)
        return 1
    except Exception as exc:  # a broken bundle shows up as any error at all: one line, details on stderr
        traceback.print_exc()
        print(f"self-test: FAILED: {type(exc).__name__}: {exc}", flush=True)
        return 1
    print(f"self-test: passed in {seconds_since_launch():.2f} s since launch", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
