"""The bundle's self-test (desktop/self_test.py) and the IPython stand-in the bundle runs with."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

import resources
from core.project import Project
from desktop import self_test

ROOT = Path(__file__).resolve().parents[2]


def test_launch_time_counts_from_process_start() -> None:
    # the test process started before this test ran, and not days ago
    assert 0 < self_test.seconds_since_launch() < 24 * 3600


def test_assets_step_finds_the_shipped_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    corpus = self_test.check_assets()
    assert corpus == sorted(resources.corpus_dir().glob("*.txt"))
    assert "assets   ok" in capsys.readouterr().out


def _png(path: Path, colours: list[str]) -> Path:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#11151c"))
    painter = QPainter(image)
    for i, colour in enumerate(colours):
        painter.fillRect(i * 12, 10, 12, 60, QColor(colour))
    painter.end()
    assert image.save(str(path), "PNG")
    return path


def test_blank_export_is_told_from_a_drawn_one(qapp: object, tmp_path: Path) -> None:
    blank = self_test.distinct_colours(_png(tmp_path / "blank.png", []))
    drawn = self_test.distinct_colours(_png(tmp_path / "drawn.png", ["#5b8def", "#f5a524", "#34c3a0", "#e5668b"]))
    assert blank == (120, 80, 1)
    assert drawn == (120, 80, 5)
    (tmp_path / "fake.png").write_bytes(b"GIF89a not a png")
    with pytest.raises(self_test.SelfTestError, match="not a PNG"):
        self_test.distinct_colours(tmp_path / "fake.png")


def test_draw_and_export_passes_on_the_corpus(
    qapp: object, corpus_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.open(corpus_project) as project:
        graph = project.graph()
    self_test.draw_and_export(graph, tmp_path)
    out = capsys.readouterr().out
    assert "draw     ok" in out and "export   ok" in out and "offline  ok" in out
    assert "launch to first drawn network" in out
    width, height, colours = self_test.distinct_colours(tmp_path / "network.png")
    assert width > 100 and height > 100 and colours >= self_test.MIN_COLOURS


def test_ipython_stand_in_serves_pyvis_without_ipython() -> None:
    # -S: no site-packages, so no real IPython, as in the bundle; the hook must supply what pyvis imports
    code = (
        f"exec(open({str(ROOT / 'packaging' / 'rthook_ipython_stub.py')!r}).read())\n"
        "from IPython.display import IFrame\n"
        "import IPython\n"
        "frame = IFrame('page.html', width=500, height=400)\n"
        "assert (frame.src, frame.width, frame.height) == ('page.html', 500, 400)\n"
        "assert IPython.get_ipython() is None\n"
        "print('stub ok')\n"
    )
    done = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.strip() == "stub ok", done.stderr


def test_extract_step_runs_in_two_worker_processes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import multiprocessing

    corpus = sorted(resources.corpus_dir().glob("*.txt"))
    project = self_test.build_project(tmp_path, corpus)
    try:
        one_process = Project.open(tmp_path / "one.entente")
        one_process.add_all(corpus, jobs=1)
        assert [(e.name, e.kind) for e in project.entities()] == [(e.name, e.kind) for e in one_process.entities()]
        one_process.close()
    finally:
        project.close()
    out = capsys.readouterr().out
    assert "extract  ok" in out and f"with {self_test.JOBS} worker processes" in out
    assert self_test.JOBS == 2 and multiprocessing.active_children() == []
