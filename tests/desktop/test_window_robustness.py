"""The window stays usable when reports are huge or projects are damaged, and reports reach the right project."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt


def damaged_copy(source: Path, target: Path, tables: tuple[str, ...] = ("relation_evidence", "entity_aliases")) -> Path:
    """``source`` with the leaf pages of ``tables`` overwritten: header, schema and documents stay readable."""
    with sqlite3.connect(source) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        marks = ",".join("?" * len(tables))
        pages = [
            row[0]
            for row in db.execute(f"SELECT pageno FROM dbstat WHERE name IN ({marks}) AND pagetype = 'leaf'", tables)
        ]
    db.close()
    assert pages and min(pages) > 1
    data = bytearray(source.read_bytes())
    for page in pages:
        start = (page - 1) * page_size
        data[start : start + page_size] = b"\xa5" * page_size
    target.write_bytes(bytes(data))
    return target


def test_a_report_of_hundreds_of_files_stays_a_few_lines(make_window, qtbot, tmp_path):
    window = make_window(tmp_path / "reports.entente", real_view=False)
    folder = tmp_path / "empties"
    folder.mkdir()
    for i in range(199):
        (folder / f"note{i:03}.txt").write_bytes(b"")
    (folder / "<img src=x>.txt").write_bytes(b"")  # a file name that looks like markup
    with qtbot.waitSignal(window.addFinished, timeout=60_000) as finished:
        window.add_paths([folder])
    report = finished.args[0]
    assert len(report.problems) == 200 and not report.added
    bar = window.message_bar
    qtbot.waitUntil(lambda: bar.isVisible() and 0 < bar.height() <= 120, timeout=5_000)
    assert window.minimumSizeHint().height() < 900
    text = bar.text.text()
    assert len(text.splitlines()) <= 4
    assert "200 files could not be read: empty" in text and "… and 197 more" in text
    assert "&lt;img src=x&gt;.txt" in bar.text.toolTip() and "<img" not in bar.text.toolTip()
    assert bar.details_button.isVisible()
    qtbot.mouseClick(bar.details_button, Qt.MouseButton.LeftButton)
    dialog = bar.details_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    listing = bar.details_listing.toPlainText().splitlines()
    assert len(listing) == 200 and any("<img src=x>.txt" in line for line in listing)


def test_a_long_message_is_cut_to_a_few_lines_with_the_rest_in_details(qtbot):
    from desktop.panels import MessageBar

    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_message("\n".join(f"line {i}" for i in range(50)))
    assert len(bar.text.text().splitlines()) == bar.MAX_LINES and "… and 47 more lines" in bar.text.text()
    assert bar.details_text.count("\n") == 49 and bar.details_button.isVisibleTo(bar)
    bar.show_message("short")
    assert not bar.details_button.isVisibleTo(bar) and not bar.text.toolTip()


def test_a_project_damaged_past_its_header_is_one_line_and_the_previous_one_stays(
    make_window, qtbot, project_copy, corpus_project, tmp_path
):
    window = make_window(project_copy, real_view=False)
    damaged = damaged_copy(corpus_project, tmp_path / "damaged.entente")
    with qtbot.captureExceptions() as exceptions:  # an exception in a slot would reach the excepthook's box
        window.open_project(damaged)
        qtbot.waitUntil(lambda: not window.loading and window.project.path == project_copy, timeout=30_000)
        qtbot.waitUntil(lambda: len(window.documents) == 5 and not window.loading, timeout=30_000)
    assert not exceptions, exceptions
    text = window.message_bar.text.text()
    assert window.message_bar.isVisible() and len(text.splitlines()) == 1
    # the check on opening finds the damage before the window lets go of the project it has
    assert text.startswith("Could not open damaged.entente: the project file is damaged"), text
    assert text.count("damaged.entente") == 1
    assert not window.busy and window.windowTitle().startswith("copy")


def test_a_damaged_project_at_start_is_refused_and_an_add_says_where_it_went(
    make_window, qtbot, corpus_project, tmp_path
):
    damaged = damaged_copy(corpus_project, tmp_path / "damaged.entente")
    before = damaged.read_bytes()
    article = tmp_path / "a.txt"
    article.write_text("Cuba and Venezuela signed a deal in Havana.", encoding="utf-8")
    reports = []
    with qtbot.captureExceptions() as exceptions:
        window = make_window(damaged, real_view=False, wait=False)  # no project before it: nothing to go back to
        window.addFinished.connect(reports.append)
        qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=30_000)
        assert "Could not open damaged.entente: the project file is damaged" in window.message_bar.text.text()
        assert window.project is None
        window.add_paths([article])
    assert not exceptions, exceptions
    assert not window.busy and not reports and window.isVisible()
    text = window.message_bar.text.text()
    assert text == "No project is open; open or create one first. Not added: a.txt.", text
    assert damaged.read_bytes() == before, "the refused project was written to"


def test_an_add_report_does_not_land_on_the_next_project(make_window, qtbot, project_copy, tmp_path, failing_add):
    failing_add(ValueError("the language model went missing"))
    window = make_window(project_copy, real_view=False)
    other = tmp_path / "other.entente"
    finished = window._add_finished

    def finish_then_switch():
        finished()  # the add's report now waits for the project to be re-read...
        assert window._after_load and not window.busy
        window.open_project(other)  # ...and the user switches meanwhile

    window._add_finished = finish_then_switch  # connected when the add starts
    reports = []
    window.addFinished.connect(reports.append)
    article = tmp_path / "a.txt"
    article.write_text("Cuba and Venezuela signed a deal.", encoding="utf-8")
    window.add_paths([article])
    qtbot.waitUntil(lambda: window.project.path == other and not window.loading and not window.busy, timeout=30_000)
    assert reports == [] and "language model" not in window.message_bar.text.text()
    assert not window._after_load and not window._known_entities


def test_an_open_error_names_the_file_once(make_window, project_copy, tmp_path):
    window = make_window(project_copy, real_view=False)
    bogus = tmp_path / "garbage.entente"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    assert not window.open_project(bogus)
    text = window.message_bar.text.text()
    assert text.startswith("Could not open garbage.entente: ") and text.count("garbage.entente") == 1
    assert str(tmp_path) not in text and "not an Entente project" in text
