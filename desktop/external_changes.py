"""Noticing articles or edits that another process (``entente extract --db``, ``entente edit``) added to the open
project, and offering a refresh.

SQLite's ``PRAGMA data_version`` changes when another connection commits; asking it is a read of a few bytes,
cheap enough for a timer on the GUI thread. Only then are the documents counted, and only a count that differs
from what the window shows, while the window itself is neither adding nor reading, is reported: the window's own
adds commit through another connection too, and must not be mistaken for someone else's.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from core.project import Project
from core.store import StoreError

log = logging.getLogger(__name__)


class ProjectWatcher(QObject):
    """Polls the open project; emits ``changed(count)`` with the stored document count when it differs from what the
    window shows, or when ``edited_elsewhere`` says the edit log is not the one the window shows."""

    changed = Signal(int)

    def __init__(
        self,
        project: Callable[[], Project | None],
        shown: Callable[[], int],
        idle: Callable[[], bool],
        interval_ms: int = 1500,
        parent: QObject | None = None,
        edited_elsewhere: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._project = project
        self._edited_elsewhere = edited_elsewhere
        self._reported_edits = False
        self._shown = shown
        self._idle = idle
        self._version: int | None = None
        self._reported: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        project = self._project()
        if project is None or not self._idle():
            return
        try:
            version = project.data_version()
            if version == self._version:
                return
            self._version = version
            count = project.document_count()
        except (StoreError, sqlite3.Error) as exc:  # a busy or vanished file: try again at the next tick
            log.info("could not poll the project: %s", exc)
            return
        if count != self._shown() and count != self._reported:
            self._reported = count
            self.changed.emit(count)
        elif count == self._shown():
            self._reported = None
            try:
                elsewhere = self._edited_elsewhere()
            except (StoreError, sqlite3.Error) as exc:
                log.info("could not read the edit log: %s", exc)
                return
            if elsewhere and not self._reported_edits:
                self._reported_edits = True
                self.changed.emit(count)
            self._reported_edits = elsewhere


class RefreshBar(QFrame):
    """A quiet strip: "N new articles were added to this project elsewhere. [Refresh]"."""

    refresh = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setProperty("level", "info")
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton("Refresh")
        self.button.setObjectName("refreshButton")
        self.button.clicked.connect(self._clicked)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Dismiss")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        row.addWidget(close)
        self.hide()

    def offer(self, stored: int, shown: int) -> None:
        difference = stored - shown
        if difference > 0:
            what = f"{difference} new article{'s' if difference != 1 else ''} {'were' if difference != 1 else 'was'}"
            self.text.setText(f"{what} added to this project by another program.")
        else:
            self.text.setText("This project was changed by another program.")
        self.show()

    def _clicked(self) -> None:
        self.hide()
        self.refresh.emit()
