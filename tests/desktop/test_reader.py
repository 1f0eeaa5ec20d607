"""The reader maps stored offsets (code points) to Qt text positions (UTF-16 code units)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from core.records import DocumentInfo
from desktop.reader import Reader, qt_position

TEXT = "Flags 🇨🇺 and 🚢 at sea 😀.\nCuba met Venezuela in Havana. The tanker 𝔸 sailed on."
INFO = DocumentInfo(1, "0" * 64, "emoji.txt", "Emoji 🎉 title", None, "")


def test_qt_position_counts_utf16_units():
    assert qt_position("a😀b", 2) == 3 and qt_position("abc", 2) == 2 and qt_position("😀😀", 2) == 4


def test_highlight_after_emoji_selects_the_right_sentence(qtbot):
    reader = Reader()
    qtbot.addWidget(reader)
    start = TEXT.index("Cuba met")
    end = TEXT.index("Havana.") + len("Havana.")
    reader.show_document(INFO, TEXT, highlight=(start, end))
    assert reader.selected_text() == TEXT[start:end]


def test_mention_after_emoji_is_selected_and_marked(qtbot):
    reader = Reader()
    qtbot.addWidget(reader)
    start = TEXT.index("tanker")
    end = start + len("tanker")
    mentions = [(7, TEXT.index("Cuba"), TEXT.index("Cuba") + 4), (9, start, end)]
    reader.show_document(INFO, TEXT, mentions, highlight=(start, end), focus_entity=9)
    assert reader.selected_text() == "tanker"
    # the mark sits on the mention's own characters: bold inside, normal weight just before and after
    cursor = QTextCursor(reader.browser.document())
    weights = []
    for index in (start - 2, start + 1, end - 1, end + 1):
        cursor.setPosition(qt_position(TEXT, index) + 1)  # the format of the character before the position
        weights.append(cursor.charFormat().fontWeight())
    assert weights[1] > weights[0] and weights[2] > weights[3]
    cuba = qt_position(TEXT, TEXT.index("Cuba"))
    cursor.setPosition(cuba)
    cursor.setPosition(cuba + 4, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Cuba"


def test_a_long_title_is_one_elided_line_with_the_whole_title_as_literal_tooltip(qtbot):
    from core.records import DocumentInfo
    from desktop.reader import Reader

    reader = Reader()
    qtbot.addWidget(reader)
    reader.resize(320, 400)
    reader.show()
    title = "North Korean Diplomat Defects to South Korea from Cuba in a <b>High-Profile</b> Escape " * 2
    info = DocumentInfo(1, "x", "a.txt", title, None, "2026-01-01")
    reader.show_document(info, "Some text.")
    label = reader._title
    qtbot.waitUntil(lambda: label.text().endswith("…"))
    assert title.strip().startswith(label.text().removesuffix("…"))
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert "&lt;b&gt;High-Profile&lt;/b&gt;" in label.toolTip()
