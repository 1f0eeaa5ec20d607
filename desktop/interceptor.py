"""Blocks, and counts, every request of the network page that is not served from inside the app.

The page draws hostile article text; even if something slipped past the escaping, it must not be able to
fetch or beacon anything. One interceptor on the view's profile sees every request Chromium makes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

log = logging.getLogger(__name__)

ALLOWED_SCHEMES = frozenset({"entente", "qrc", "data"})


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Lets through our scheme, qrc: (the web channel script) and data: URLs; blocks the rest."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme().lower() in ALLOWED_SCHEMES:
            return
        info.block(True)
        # the URL may carry article text (an injected src=...): log it cut short, never follow it
        shown = url.toString()[:200]
        self.blocked.append(shown)
        log.warning("blocked a non-local request from the network page: %s", shown)
