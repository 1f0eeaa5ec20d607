"""The window and the command line on one project at once: neither corrupts it, and the window offers a refresh."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

ROOT = Path(__file__).resolve().parents[2]


def test_articles_added_by_the_command_line_are_offered_to_the_open_window(make_window, qtbot, project_copy, tmp_path):
    window = make_window(project_copy, real_view=False)
    assert len(window.documents) == 5 and window.refresh_bar.isHidden()
    article = tmp_path / "new.txt"
    article.write_text("Peru and Chile signed a trade agreement in Lima on Monday.\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cli = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "extract", str(article), "--db", str(project_copy), "--format", "json"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    # the window keeps running its event loop while the other process writes, and notices the new article
    qtbot.waitUntil(lambda: cli.poll() is not None, timeout=120_000)
    out, err = cli.communicate()
    assert cli.returncode == 0, err
    assert '"new.txt"' in out or "new.txt" in out
    qtbot.waitUntil(lambda: window.refresh_bar.isVisible(), timeout=10_000)
    assert window.refresh_bar.text.text() == "1 new article was added to this project by another program."
    assert len(window.documents) == 5, "nothing changes on screen before the analyst asks"
    qtbot.mouseClick(window.refresh_bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.documents) == 6 and not window.loading, timeout=30_000)
    assert window.refresh_bar.isHidden()
    assert {"Peru", "Chile"} <= {e.name for e in window.entities.values()}
    with sqlite3.connect(project_copy) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_windows_own_add_is_not_offered_as_someone_elses(make_window, qtbot, project_copy, tmp_path):
    window = make_window(project_copy, real_view=False)
    article = tmp_path / "own.txt"
    article.write_text("Peru and Chile held talks in Lima.\n", encoding="utf-8")
    reports = []
    window.addFinished.connect(reports.append)
    window.add_paths([article])
    qtbot.waitUntil(lambda: bool(reports) and not window.busy and not window.loading, timeout=120_000)
    assert len(window.documents) == 6
    window.watcher.poll()
    assert window.refresh_bar.isHidden()


def test_an_edit_made_by_the_command_line_is_offered_to_the_open_window(make_window, qtbot, project_copy):
    window = make_window(project_copy, real_view=False)
    entity = max(window.entities.values(), key=lambda e: len(e.mentions))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "edit", "--db", str(project_copy), "rename", f"e{entity.id}",
         "Renamed elsewhere"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.refresh_bar.isVisible(), timeout=10_000)
    assert window.refresh_bar.text.text() == "This project was changed by another program."
    assert window.entities[entity.id].name == entity.name, "nothing changes on screen before the analyst asks"
    qtbot.mouseClick(window.refresh_bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.loading and window.entities[entity.id].name == "Renamed elsewhere",
                    timeout=30_000)
    assert window.refresh_bar.isHidden()
    # the other program's edit is in the window's history: Undo takes it back
    assert window.editor.stack.canUndo()
    window.editor.stack.undo()
    qtbot.waitUntil(lambda: window.entities[entity.id].name == entity.name, timeout=10_000)
    window.watcher.poll()
    assert window.refresh_bar.isHidden(), "the window's own undo is not someone else's edit"
