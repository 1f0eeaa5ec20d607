"""Starting the desktop application: environment, QApplication, theme, error handling, the main window.

The environment must be set before Qt loads: QtWebEngine's sandbox cannot run as root, and the custom URL
scheme of the network page must be registered before the QApplication exists.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

log = logging.getLogger("entente")


def prepare_environment() -> None:
    """Environment QtWebEngine reads at start-up; anything the user set stays as it is."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start its sandbox as root (containers, CI); run without it there
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags.split():
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --no-sandbox").strip()
    if (
        sys.platform.startswith("linux")
        and "QT_QPA_PLATFORM" not in os.environ
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen: still able to render (screenshots, exports)


def setup_logging(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def make_application(argv: Sequence[str]) -> object:
    """The QApplication with names, icon and theme; registers the page scheme first, as Qt requires."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from desktop import network_view
    from desktop.settings import APP_NAME, ORG_NAME

    network_view.register_scheme()
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "entente", *argv])
    app.setApplicationDisplayName(APP_NAME)
    apply_theme(app)
    icon = window_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app


def apply_theme(app: object) -> None:
    """A dark Fusion palette matching the network page, so the window reads as one surface."""
    from PySide6.QtGui import QColor, QFont, QPalette
    from PySide6.QtWidgets import QApplication

    from core import style

    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: style.PANEL,
        QPalette.ColorRole.WindowText: style.TEXT,
        QPalette.ColorRole.Base: style.PANEL,
        QPalette.ColorRole.AlternateBase: "#202838",
        QPalette.ColorRole.Text: style.TEXT,
        QPalette.ColorRole.Button: "#222a38",
        QPalette.ColorRole.ButtonText: style.TEXT,
        QPalette.ColorRole.ToolTipBase: "#222a38",
        QPalette.ColorRole.ToolTipText: style.TEXT,
        QPalette.ColorRole.PlaceholderText: style.TEXT_MUTED,
        QPalette.ColorRole.Highlight: "#2d4f8f",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8db4ff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(style.TEXT_MUTED))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setFamilies(["Fira Sans", "Inter", "Segoe UI", "Helvetica Neue", "Noto Sans", "DejaVu Sans"])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)


def window_icon() -> object | None:
    from PySide6.QtGui import QIcon

    import resources

    folder = resources.icons_dir()
    for name in ("entente.svg", "entente.png", "icon.svg", "icon.png"):
        if (folder / name).is_file():
            return QIcon(str(folder / name))
    found = sorted(folder.glob("*.png")) + sorted(folder.glob("*.svg")) if folder.is_dir() else []
    return QIcon(str(found[0])) if found else None


_open_boxes: list[object] = []  # error boxes on screen, kept alive until dismissed


def install_excepthook(log_file: Path) -> None:
    """No traceback reaches the user: log it, say one line in the window, keep running."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

        message = f"Something went wrong: {str(exc).splitlines()[0] if str(exc) else kind.__name__}"
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)), None)
        if window is not None:
            window.statusBar().showMessage(message, 10_000)
        box = QMessageBox(QMessageBox.Icon.Warning, "Entente", message, QMessageBox.StandardButton.Ok, window)
        # exception text can carry article names and file names: shown as text, never as rich text
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(f"Details were written to {log_file}.")
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # with no window to own it, Python would collect the box the moment this hook returns
        _open_boxes.append(box)
        box.finished.connect(lambda _result, b=box: _open_boxes.remove(b) if b in _open_boxes else None)
        box.show()

    sys.excepthook = hook


def gui_parser() -> argparse.ArgumentParser:
    from core.cli import SafeParser  # what is typed is echoed in errors: escaped, never raw

    ap = SafeParser(
        prog="entente",
        description="Entente: who is tied to whom, from news articles. With no command, opens the window.",
        epilog="commands without the window:\n"
        "  entente extract PATH... [--format json|table] [--db FILE] [--jobs N]\n"
        "  entente export PATH... --out FILE.{json,gexf,graphml,csv,png} [--db FILE] [--jobs N]\n"
        "  entente --self-test",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--project", type=Path, help="the project file to open (created if missing)")
    ap.add_argument("--screenshot", type=Path, help="draw the window, save it to this PNG and exit")
    return ap


def run(argv: Sequence[str] | None = None) -> int:
    """Run the window until it closes; the exit status of the application."""
    args, qt_args = gui_parser().parse_known_args(list(sys.argv[1:] if argv is None else argv))
    prepare_environment()
    if args.screenshot is not None:
        with tempfile.TemporaryDirectory(prefix="entente-screenshot-") as scratch:
            return _screenshot_run(args, qt_args, Path(scratch))
    from desktop.settings import Settings, data_dir, default_project_path, log_path

    data_dir().mkdir(parents=True, exist_ok=True)
    setup_logging(log_path())
    app = make_application(qt_args)
    install_excepthook(log_path())

    from desktop.main_window import MainWindow

    window = MainWindow(args.project or default_project_path(), Settings())
    window.show()
    return app.exec()


def _screenshot_run(args: argparse.Namespace, qt_args: Sequence[str], scratch: Path) -> int:
    """``--screenshot``: a window whose settings, log and (with no ``--project``) default project live in
    ``scratch``, so that a picture taken for docs or CI never touches the user's own recent list, window
    geometry or default project."""
    from PySide6.QtCore import QSettings

    from desktop.settings import Settings

    setup_logging(scratch / "entente.log")
    app = make_application(qt_args)
    from desktop.main_window import MainWindow

    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(args.project or scratch / "default.entente", settings)
    window.show()
    return screenshot(app, window, args.screenshot)


def screenshot(app: object, window: object, path: Path, timeout_ms: int = 120_000) -> int:
    """Wait until the network is drawn (and any first-start add is done), save the window, quit."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.main_window import MainWindow

    assert isinstance(window, MainWindow)
    loop = QEventLoop()
    status = {"code": 1, "saving": False}

    def ready() -> bool:
        # a project refused on opening (not a project, a newer one, no such folder) draws nothing: the window
        # with its one-line reason is the picture, taken at once rather than after the whole timeout
        return (window.drawn_count >= 0 or window.project is None) and not window.busy

    def capture() -> None:
        if status["saving"] or not ready():
            return
        status["saving"] = True
        # let the page paint the frame it just laid out before grabbing it
        QTimer.singleShot(600, save)

    def save() -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        status["code"] = 0 if window.grab().save(str(path), "PNG") else 1
        if window.project is None:
            print(f"entente: {window.message_bar.text.text()}", file=sys.stderr)
            status["code"] = 1
        loop.quit()

    def give_up() -> None:
        print(f"entente: the network was not drawn within {timeout_ms // 1000} s", file=sys.stderr)
        loop.quit()

    window.graphDrawn.connect(lambda _n: capture())
    window.addFinished.connect(lambda _r: capture())
    QTimer.singleShot(timeout_ms, give_up)
    QTimer.singleShot(0, capture)
    loop.exec()
    window.close()
    return status["code"]
