"""The article reader: a document's text with entity mentions marked and one sentence highlighted.

Article text is hostile input. The body HTML is built only from ``markupsafe.escape``d slices of the text
and our own fixed tags; titles and paths go into plain-text labels. The browser loads no resources and
follows no links, so nothing in an article can reach out.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from markupsafe import Markup, escape
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from core.records import DocumentInfo
from desktop.panels import one_line, safe_tooltip

MENTION_STYLE = "color:#8db4ff; font-weight:600;"
FOCUS_STYLE = "color:#ffffff; font-weight:700; background-color:#2d4f8f;"
HIGHLIGHT_BG = "#ffd166"
HIGHLIGHT_FG = "#15181e"


def article_html(
    text: str,
    mentions: Iterable[tuple[int, int, int]] = (),
    highlight: tuple[int, int] | None = None,
    focus_entity: int | None = None,
) -> str:
    """HTML for ``text`` where every character maps to one character of the resulting QTextDocument.

    ``mentions`` are ``(entity_id, start, end)``; ``highlight`` is a ``(start, end)`` span. Spans may overlap,
    so the text is cut at every boundary and each piece gets one combined style.
    """
    n = len(text)
    spans: list[tuple[int, int, str]] = []
    for entity_id, start, end in mentions:
        spans.append((max(0, start), min(n, end), "focus" if entity_id == focus_entity else "mention"))
    if highlight is not None:
        spans.append((max(0, highlight[0]), min(n, highlight[1]), "highlight"))
    cuts = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    starts: dict[int, list[str]] = {}
    ends: dict[int, list[str]] = {}
    for start, end, what in spans:
        if start < end:
            starts.setdefault(start, []).append(what)
            ends.setdefault(end, []).append(what)
    active: dict[str, int] = {"mention": 0, "focus": 0, "highlight": 0}
    parts: list[str] = []
    for a, b in itertools.pairwise(cuts):
        for what in ends.get(a, ()):
            active[what] -= 1
        for what in starts.get(a, ()):
            active[what] += 1
        piece = escape(text[a:b])
        style = ""
        if active["focus"]:
            style += FOCUS_STYLE
        elif active["mention"]:
            style += MENTION_STYLE
        if active["highlight"]:
            style += f"background-color:{HIGHLIGHT_BG}; color:{HIGHLIGHT_FG};"
        parts.append(str(Markup('<span style="{}">{}</span>').format(style, piece) if style else piece))
    body = "".join(parts)
    return f'<html><body><div style="white-space:pre-wrap;">{body}</div></body></html>'


def qt_position(text: str, index: int) -> int:
    """The QTextDocument position of code point ``index`` of ``text``.

    Stored offsets count code points; Qt counts UTF-16 code units, so every emoji or other character
    outside the Basic Multilingual Plane before ``index`` shifts Qt's position by one.
    """
    head = text[:index]
    return index + sum(1 for ch in head if ord(ch) > 0xFFFF)


class _SafeBrowser(QTextBrowser):
    """A QTextBrowser that never loads anything: no images, no style sheets, no linked documents."""

    def loadResource(self, type: int, name: QUrl) -> object:
        return None


class _ElidedTitle(QLabel):
    """A one-line title that ends in "…" when the panel is narrow; the whole title is in its tooltip.

    A wrapped label inside the splitter can be given less height than its lines need and gets cut off.
    """

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_title(self, title: str) -> None:
        self._full = one_line(title)
        self.setToolTip(safe_tooltip(self._full))
        self._elide()

    def full_title(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 40)))


class Reader(QWidget):
    """Shows one stored document; ``show_document`` scrolls to and selects the highlighted span."""

    documentShown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc_id: int | None = None
        self._marks: tuple[tuple[int, int] | None, int | None, int | None] = (None, None, None)
        self._title = _ElidedTitle()
        self._title.setObjectName("readerTitle")
        self._meta = QLabel()
        self._meta.setTextFormat(Qt.TextFormat.PlainText)
        self._meta.setObjectName("readerMeta")
        self._meta.setWordWrap(True)
        self.browser = _SafeBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAcceptDrops(False)  # drops of files belong to the window
        self.browser.viewport().setAcceptDrops(False)
        self.browser.document().setDocumentMargin(14)
        # the text is laid out again when the panels around settle; until the user scrolls, the highlighted
        # sentence is kept in view through those re-layouts
        self._follow_selection = False
        bar = self.browser.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, _high: self._scroll_to_selection())
        bar.actionTriggered.connect(self._user_scrolled)
        palette = self.browser.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            # the selection is the highlighted sentence; keep it the same warm colour with or without focus
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor(HIGHLIGHT_BG))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(HIGHLIGHT_FG))
        self.browser.setPalette(palette)

        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        head = QWidget()
        head.setObjectName("readerHead")
        head_col = QVBoxLayout(head)
        head_col.setContentsMargins(14, 10, 14, 8)
        head_col.setSpacing(2)
        head_col.addWidget(self._title)
        head_col.addWidget(self._meta)
        col.addWidget(head)
        col.addWidget(self.browser, 1)

        hint = QWidget()
        hint.setObjectName("readerEmpty")
        hint_col = QVBoxLayout(hint)
        hint_col.setContentsMargins(28, 20, 28, 20)
        hint_col.addStretch(1)
        for text, name in (
            ("Reader", "emptyTitle"),
            ("Every tie in the network rests on sentences from your articles. They open here, highlighted.", "muted"),
            (
                "•  Click a node: its first mention\n•  Click a tie, then a sentence: the evidence in context\n"
                "•  Double-click a document on the left: the whole article",
                "muted",
            ),
        ):
            label = QLabel(text)
            label.setObjectName(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            hint_col.addWidget(label)
        hint_col.addStretch(2)

        self._stack = QStackedWidget()
        self._stack.addWidget(hint)
        self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def show_document(
        self,
        info: DocumentInfo,
        text: str,
        mentions: Iterable[tuple[int, int, int]] = (),
        highlight: tuple[int, int] | None = None,
        focus_entity: int | None = None,
        page: int | None = None,
    ) -> None:
        """``page``: the PDF page the highlighted span is on, named beside the path."""
        self.doc_id = info.id
        self._marks = (highlight, focus_entity, page)
        self._title.set_title(info.title or info.path)
        where = f"page {page}" if page is not None else None
        self._meta.setText(" · ".join(x for x in (info.published, info.path, where) if x))
        self.browser.setHtml(article_html(text, mentions, highlight, focus_entity))
        self._stack.setCurrentIndex(1)
        if highlight is not None:
            cursor = QTextCursor(self.browser.document())
            start, end = (max(0, min(i, len(text))) for i in highlight)
            cursor.setPosition(qt_position(text, start))
            cursor.setPosition(qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
            self.browser.setTextCursor(cursor)
            self._follow_selection = True
            self._scroll_to(cursor)
        else:
            self._follow_selection = False
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.documentShown.emit(info.id)

    def place(self) -> tuple[int, int, int, int] | None:
        """Where the reader is (document, scroll, selection), to come back there once an edit has redrawn it."""
        if self.doc_id is None:
            return None
        cursor = self.browser.textCursor()
        return self.doc_id, self.browser.verticalScrollBar().value(), cursor.anchor(), cursor.position()

    def reshow(self, place: tuple[int, int, int, int], info: DocumentInfo, text: str,
               mentions: Iterable[tuple[int, int, int]]) -> None:
        """The document of ``place`` again with its marks as an edit left them, scrolled and selected as it was."""
        _doc_id, scroll, anchor, position = place
        self.show_document(info, text, mentions, *self._marks)
        cursor = QTextCursor(self.browser.document())
        end = self.browser.document().characterCount() - 1
        cursor.setPosition(min(anchor, end))
        cursor.setPosition(min(position, end), QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self._follow_selection = False
        self.browser.verticalScrollBar().setValue(scroll)

    def clear(self) -> None:
        self.doc_id = None
        self.browser.clear()
        self._stack.setCurrentIndex(0)

    def selected_text(self) -> str:
        """The highlighted span as plain text (paragraph separators turned back into newlines)."""
        return self.browser.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n")

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def _user_scrolled(self, _action: int) -> None:
        self._follow_selection = False

    def _scroll_to_selection(self) -> None:
        if self._follow_selection and self.doc_id is not None and self.browser.textCursor().hasSelection():
            self._scroll_to(self.browser.textCursor())

    def _scroll_to(self, cursor: QTextCursor) -> None:
        # put the start of the sentence a third of the way down rather than at the very edge
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        rect = self.browser.cursorRect(start)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.browser.viewport().height() // 3)
