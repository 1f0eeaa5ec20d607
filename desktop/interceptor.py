"""Blocks, and counts, every request of the network page that is not served from inside the app.

The page draws hostile article text; even if something slipped past the escaping, it must not be able to
fetch or beacon anything. One interceptor on the view's profile sees every request Chromium makes.
"""

from __future__ import annotations

import logging
from collections import deque

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

log = logging.getLogger(__name__)

KEEP_BLOCKED = 20  # the last blocked URLs kept for diagnosis; the count covers all of them
_Type = QWebEngineUrlRequestInfo.ResourceType
# data: URLs are inline bytes, never a request to anywhere; still, only as pictures and fonts
DATA_TYPES = frozenset({_Type.ResourceTypeImage, _Type.ResourceTypeFontResource, _Type.ResourceTypeFavicon})


def allowed(url: QUrl, resource_type: QWebEngineUrlRequestInfo.ResourceType) -> bool:
    """Our own scheme; qrc: only for Qt's web channel script; data: only for images and fonts."""
    scheme = url.scheme().lower()
    if scheme == "entente":
        return True
    if scheme == "qrc":
        return url.path().startswith("/qtwebchannel/")
    if scheme == "data":
        return resource_type in DATA_TYPES
    return False


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Lets through what ``allowed`` accepts; blocks and counts the rest."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked_count = 0
        self.blocked: deque[str] = deque(maxlen=KEEP_BLOCKED)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if allowed(url, info.resourceType()):
            return
        info.block(True)
        self.blocked_count += 1
        # the URL may carry article text (an injected src=...): log it cut short, never follow it
        shown = url.toString()[:200]
        self.blocked.append(shown)
        log.warning("blocked a non-local request from the network page: %s", shown)
