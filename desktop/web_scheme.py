"""The ``entente:`` URL scheme: serves the network page and its assets from the package, never the network.

Loading through a scheme (not ``setHtml``) lifts the 2 MB page limit and gives the page a real origin, so its
Content-Security-Policy can allow our scheme and nothing else.
"""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlScheme, QWebEngineUrlSchemeHandler

from core.page import app_page
from resources import web_dir

SCHEME = b"entente"
HOST = "app"
PAGE_URL = "entente://app/index.html"

_TYPES = {
    ".html": b"text/html",
    ".js": b"text/javascript",
    ".css": b"text/css",
    ".woff2": b"font/woff2",
    ".svg": b"image/svg+xml",
    ".png": b"image/png",
}


def register_scheme() -> None:
    """Declare the scheme to Chromium; Qt requires this before the QApplication exists (idempotent)."""
    engine_flags()
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    # Local: the page may load qrc:///qtwebchannel/qwebchannel.js; Secure: a trustworthy origin
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)


def engine_flags() -> None:
    """Let the page ask for a garbage collection (``gc()``) once it is idle: V8 collects lazily, and after a big
    network is built or moved around its heap held several hundred MB of garbage for minutes. Only our own page
    runs script in this engine; flags the user set for the engine are kept, and ``--js-flags`` is not overridden."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if "--js-flags" not in flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --js-flags=--expose-gc").strip()


class WebSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers ``entente://app/<path>``: the page is built from the template, other paths are files in web/."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = web_dir().resolve()

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        if url.host() != HOST or job.requestMethod() != b"GET":
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        path = url.path().lstrip("/") or "index.html"
        if path == "index.html":
            self._reply(job, b"text/html", app_page().encode("utf-8"))
            return
        file = (self._root / path).resolve()
        # no way out of the web folder (../, symlinks): only shipped assets are served
        if not file.is_relative_to(self._root) or not file.is_file():
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        self._reply(job, _mime(file), file.read_bytes())

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, mime: bytes, data: bytes) -> None:
        buffer = QBuffer(job)  # owned by the job: lives exactly as long as Chromium reads it
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime, buffer)


def _mime(file: Path) -> bytes:
    known = _TYPES.get(file.suffix.lower())
    if known:
        return known
    guessed, _ = mimetypes.guess_type(file.name)
    return (guessed or "application/octet-stream").encode("ascii")
