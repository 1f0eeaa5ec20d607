"""The window's extraction-processes setting, the reader naming the PDF page of a sentence, and the window's
command line echoing nothing raw."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from core import parallel
from core.project import Project
from desktop.app import gui_parser
from desktop.settings import Settings
from tests.core.test_long_documents import pdf_with_pages
from tests.desktop.conftest import open_last_evidence


def _meta(window) -> str:
    return window.reader.findChild(QLabel, "readerMeta").text()


def test_reader_names_the_page_of_the_sentence(make_window, qtbot, tmp_path: Path) -> None:
    pages = ["Panel of Experts report", "Cuba sold oil to Venezuela.", "", "Russia armed Venezuela."]
    pdf = pdf_with_pages(tmp_path / "report.pdf", pages)
    db = tmp_path / "pages.entente"
    with Project.open(db) as project:
        project.add_all([pdf], jobs=1)
        russia = next(r for r in project.relations() if "Russia" in r.evidence[0].text)
    window = make_window(db, real_view=False)
    window.show_relation(russia.id)
    open_last_evidence(qtbot, window, russia)
    assert _meta(window).endswith("report.pdf · page 4")
    # a whole document opened from the list has no sentence, so no page
    window.open_document(russia.evidence[0].doc_id)
    assert _meta(window).endswith("report.pdf")


def test_extraction_processes_menu_sets_the_jobs_of_the_next_add(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    asked: list[int | None] = []
    real = parallel.workers_for
    monkeypatch.setattr(parallel, "workers_for", lambda documents, jobs: asked.append(jobs) or real(documents, jobs))
    window = make_window(tmp_path / "p.entente", real_view=False)
    project_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Project")
    jobs_menu = next(a.menu() for a in project_menu.actions() if a.text() == "Extraction processes")
    assert jobs_menu.choices[None].isChecked(), "automatic until chosen"

    one = jobs_menu.choices[1]
    jobs_menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(jobs_menu.isVisible)
    qtbot.mouseClick(jobs_menu, Qt.MouseButton.LeftButton, pos=jobs_menu.actionGeometry(one).center())
    assert one.isChecked() and Settings().jobs() == 1

    article = tmp_path / "a.txt"
    article.write_text("Talks\n\nCuba sold oil to Venezuela on Monday.\n", encoding="utf-8")
    with qtbot.waitSignal(window.addFinished, timeout=60_000):
        window.add_paths([article])
    assert asked == [1]
    assert Settings().jobs() == 1, "kept for the next start"


def test_the_window_command_line_escapes_what_it_echoes(capsys) -> None:
    with pytest.raises(SystemExit):
        gui_parser().parse_args(["--bogus\x1b[2J\u202e"])
    err = capsys.readouterr().err
    assert "--bogus\\x1b[2J\\u202e" in err
    assert not [ch for ch in err if unicodedata.category(ch) in {"Cc", "Cf"} and ch != "\n"]
