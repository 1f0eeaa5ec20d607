"""The console script's routing, hostile article text, and the last-resort error handler."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

import resources
from core.project import Project
from desktop import cli
from desktop.reader import article_html

SCRIPT = "<script>alert('pwned')</script>"
IMG = '<img src="https://evil.example/x.png" onerror="alert(1)">'


def test_extract_goes_to_core(capsys):
    corpus = sorted(resources.corpus_dir().glob("*.txt"))[:1]
    assert cli.main(["extract", str(corpus[0]), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["entities"] and data["documents"]


def test_export_graph_format_goes_to_core(tmp_path):
    corpus = sorted(resources.corpus_dir().glob("*.txt"))[:1]
    out = tmp_path / "net.graphml"
    assert cli.main(["export", str(corpus[0]), "--out", str(out)]) == 0
    assert "<graphml" in out.read_text(encoding="utf-8")


def test_export_png_is_drawn_by_the_headless_view(tmp_path, qapp):
    corpus = sorted(resources.corpus_dir().glob("*.txt"))[:1]
    out = tmp_path / "net.png"
    assert cli.main(["export", str(corpus[0]), "--out", str(out)]) == 0
    image = QImage(str(out))
    assert image.width() > 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
    assert len(colours) > 8


def test_a_png_into_a_missing_folder_is_one_line_like_the_other_formats(tmp_path, capsys, corpus_project):
    # it printed the view's own log line, then 'entente: could not write …' without the reason
    for name in ("net.png", "net.json"):
        out = tmp_path / "missing" / name
        assert cli.main(["export", "--db", str(corpus_project), "--out", str(out)]) == 1
        err = capsys.readouterr().err
        assert err.splitlines() == [f"entente: No such file or directory: {out}"], err


def test_bad_usage_is_one_line_not_a_traceback(capsys):
    assert cli.main(["export", "nothing-here.txt"]) == 1  # --out missing
    assert "Traceback" not in capsys.readouterr().err


def test_article_html_escapes_everything():
    text = f"Title {SCRIPT}\n\nBody {IMG} & more"
    cut = article_html(text, [(1, 0, 5)], (7, 20))  # a highlight that cuts through the tag
    assert "<script" not in cut and "<img" not in cut
    whole = article_html(text, [(1, 0, 5)])
    assert "&lt;script&gt;" in whole and "&lt;img" in whole


def test_hostile_article_shows_as_literal_text(make_window, qtbot, project_copy, tmp_path):
    name = "<img src=x onerror=alert(1)>.txt"
    article = tmp_path / name
    article.write_text(
        f"{SCRIPT} Navy seizes tanker\n\nThe {IMG} Iranian navy seized a tanker near Oman.\n", encoding="utf-8"
    )
    with Project.open(project_copy) as project:
        report = project.add_all([article])
    assert report.added
    window = make_window(project_copy, real_view=False)
    titles = window.doc_list.titles()
    assert any(SCRIPT in t for t in titles), titles
    doc = next(d for d in window.documents.values() if Path(d.path).name == name)
    window.open_document(doc.id)
    assert window.reader._title.full_title().startswith(SCRIPT)
    assert name in window.reader._meta.text()
    text = window.reader.plain_text()
    assert SCRIPT in text and IMG in text
    html = window.reader.browser.toHtml()
    assert "<script" not in html and "<img" not in html


def test_excepthook_logs_and_tells_the_user_without_blocking(qtbot, tmp_path, monkeypatch):
    from desktop import app

    log_file = tmp_path / "entente.log"
    app.setup_logging(log_file)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app.install_excepthook(log_file)
    try:
        raise ValueError("disk on fire <b>x.txt</b>\nsecond line")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and not boxes[0].isModal()
    assert boxes[0].text() == "Something went wrong: disk on fire <b>x.txt</b>"
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText  # Qt's default would render the <b>
    shown = [lbl.text() for lbl in boxes[0].findChildren(QLabel) if lbl.textFormat() == Qt.TextFormat.PlainText]
    assert boxes[0].text() in shown
    assert "Traceback" in log_file.read_text(encoding="utf-8")
    for box in boxes:
        box.close()
    for handler in list(logging.getLogger().handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == log_file:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_progress_label_shows_a_marked_up_file_name_as_text(make_window, project_copy):
    from core.project import Progress

    window = make_window(project_copy, real_view=False)
    window._progress(Progress(0, 0, "Reading <b>bold</b>.txt"))
    assert window.progress_label.textFormat() == Qt.TextFormat.PlainText
    assert window.progress_label.text() == "Reading <b>bold</b>.txt"
    assert window.counts_label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("argv", [["--help"]])
def test_gui_help_exits_cleanly(argv, capsys):
    from desktop.app import gui_parser

    with pytest.raises(SystemExit) as stop:
        gui_parser().parse_args(argv)
    assert stop.value.code == 0
    assert "--screenshot" in capsys.readouterr().out
