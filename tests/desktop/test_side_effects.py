"""Pictures, self-tests and exports run as a user would run them, and leave the user's own files alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import resources

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """An environment whose home, config and data folders are empty temporary ones, with no test override."""
    folder = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "ENTENTE_DATA_DIR"}
    env.update(
        HOME=str(folder),
        XDG_CONFIG_HOME=str(folder / ".config"),
        XDG_DATA_HOME=str(folder / ".local" / "share"),
        XDG_CACHE_HOME=str(folder / ".cache"),
        PYTHONPATH=str(ROOT),
    )
    folder.mkdir()
    return env


def entente_files(env: dict[str, str]) -> list[str]:
    """Whatever Entente (or Qt on its behalf) wrote under the home folder: settings, data, projects, logs."""
    home = Path(env["HOME"])
    return sorted(
        str(p.relative_to(home))
        for p in home.rglob("*")
        if "entente" in p.name.lower() or p.suffix in {".entente", ".conf", ".ini", ".log"}
    )


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_a_screenshot_touches_no_settings_recent_list_or_default_project(home, tmp_path):
    shot = tmp_path / "shot.png"
    done = run(["--screenshot", str(shot)], home, ROOT)
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
    assert entente_files(home) == []


def test_the_self_test_and_an_export_touch_nothing_of_the_user(home, tmp_path):
    done = run(["--self-test"], home, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    out = tmp_path / "net.graphml"
    done = run(["export", str(resources.corpus_dir()), "--out", str(out)], home, tmp_path)
    assert done.returncode == 0, done.stderr
    assert out.is_file()
    assert entente_files(home) == []
    left = sorted(p.name for p in tmp_path.iterdir() if p.name not in {"home", "data"})  # data: the autouse fixture
    assert left == ["net.graphml"], "files left in the working folder"


def test_a_screenshot_of_a_file_that_is_no_project_says_why_at_once(home, tmp_path):
    """It waited the whole two minutes for a network that a refused project never draws."""
    import sqlite3
    import time

    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE t (x)")
    shot = tmp_path / "shot.png"
    began = time.monotonic()
    done = run(["--project", str(foreign), "--screenshot", str(shot)], home, ROOT)
    assert done.returncode == 1 and time.monotonic() - began < 60
    said = [line for line in done.stderr.splitlines() if line.startswith("entente:")]
    assert said == ["entente: Could not open other.db: not an Entente project (a database of another program)"], said
    assert shot.stat().st_size > 10_000, "the window with its message is the picture"
