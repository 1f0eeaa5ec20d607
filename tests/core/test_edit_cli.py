"""`entente edit`: every edit from the command line, names looked up, refusals that change nothing, and the
whole-project `extract`/`export` without paths."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from core import cli
from core.project import Project
from tests.core.test_edits import ARTICLES as EDIT_ARTICLES

ARTICLES = {name: text for name, text in EDIT_ARTICLES.items()}  # the same four articles as the core tests


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("editcli")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "base.entente"
    assert cli.main(["extract", *(str(folder / n) for n in ARTICLES), "--db", str(db)]) == 0
    return db


@pytest.fixture
def db(built: Path, tmp_path: Path) -> str:
    shutil.copy(built, tmp_path / "p.entente")
    return str(tmp_path / "p.entente")


def whole(capsys: pytest.CaptureFixture[str], db: str) -> dict:
    code, out, _ = run(capsys, "extract", "--db", db, "--format", "json")
    assert code == 0
    return json.loads(out)


def entity_names(data: dict) -> dict[str, dict]:
    return {e["name"]: e for e in data["entities"]}


def test_merge_by_name_and_id_with_a_new_name(capsys: pytest.CaptureFixture[str], db: str) -> None:
    ids = {name: e["id"] for name, e in entity_names(whole(capsys, db)).items()}
    new_name = "Northern Front (Talwar Brigade)"
    code, out, err = run(
        capsys, "edit", "--db", db, "merge", "Talwar Brigade", ids["Northern Front"], "--name", new_name
    )
    assert code == 0, err
    assert "merge 'Talwar Brigade', 'Northern Front'" in out and "[applied]" in out
    names = entity_names(whole(capsys, db))
    assert "Talwar Brigade" not in names and "Northern Front" not in names
    merged = names[new_name]
    assert merged["id"] == ids["Talwar Brigade"] and merged["confirmed"] is True
    assert {m["text"] for m in merged["mentions"]} == {"Talwar Brigade", "Northern Front"}


def test_ambiguous_or_unknown_names_are_refused_with_candidates(capsys: pytest.CaptureFixture[str], db: str) -> None:
    before = whole(capsys, db)
    code, out, err = run(capsys, "edit", "--db", db, "reject", "Castro")
    assert code == 1 and not out
    assert "2 entities" in err and "Fidel Castro" in err and "Raúl Castro" in err and "nothing changed" in err
    code, _, err = run(capsys, "edit", "--db", db, "rename", "Atlantis", "X")
    assert code == 1 and "no entity 'Atlantis'" in err
    code, _, err = run(capsys, "edit", "--db", db, "kind", "Oman", "BOAT")
    assert code == 1 and "unknown kind" in err
    code, _, err = run(capsys, "edit", "--db", db, "date", "d99", "2024-01-01")
    assert code == 1 and "no document" in err
    assert whole(capsys, db) == before
    assert run(capsys, "edit", "--db", db, "log")[1] == ""
    code, _, err = run(capsys, "edit", "--db", str(Path(db).with_name("missing.entente")), "log")
    assert code == 1 and "no project" in err and not Path(db).with_name("missing.entente").exists()


def test_every_edit_then_log_undo_and_redo(capsys: pytest.CaptureFixture[str], db: str) -> None:
    text_d = ARTICLES["d.txt"]
    steps = [
        ("reject", "Seahawk"),
        ("rename", "Oman", "Sultanate of Oman"),
        ("kind", "Sounion", "PARTY"),
        ("add-entity", "Kilo Team", "--kind", "PARTY"),
        ("add-tie", "Kilo Team", "Sultanate of Oman", "--family", "ENFORCEMENT", "--type", "boarded near",
         "--document", "d.txt", "--at", str(text_d.index("boarded"))),
        ("merge", "Fidel Castro", "Raúl Castro"),  # one Castro for the other, then split off again
        ("split", "Fidel Castro", "Raúl Castro", "--name", "Raúl Castro"),
        ("retype-tie", "Raúl Castro", "Venezuela", "--family", "ALLIANCE", "--new-family", "DIPLOMACY"),
        ("confirm-tie", "Talwar Brigade", "Sounion", "--family", "HOSTILITY"),
        ("reject-tie", "Fidel Castro", "Cuba"),
        ("date", "d2", "2024-02-29"),
        ("restore", "Seahawk"),
        ("reject", "Reuters"),
    ]
    for step in steps:
        code, out, err = run(capsys, "edit", "--db", db, *step)
        assert code == 0, (step, err)
        assert "[applied]" in out
    code, out, _ = run(capsys, "edit", "--db", db, "log")
    lines = out.splitlines()
    assert len(lines) == len(steps) and lines[0].split()[0] == "1" and "reject 'Reuters'" in lines[-1]
    assert "restored by edit 12" in lines[0]
    data = whole(capsys, db)
    names = entity_names(data)
    assert "Reuters" not in names and "Seahawk" in names and "Sultanate of Oman" in names
    assert names["Kilo Team"]["origin"] == "analyst"
    tie = next(r for r in data["relations"] if r["source"] == names["Kilo Team"]["id"])
    assert tie["evidence"][0]["text"] == "Sailors from Kilo Team boarded it near Oman."
    start = tie["evidence"][0]["start"]
    assert text_d[start:tie["evidence"][0]["end"]] == tie["evidence"][0]["text"]
    with Project.open(db) as project:
        assert project.documents()[1].published == "2024-02-29"

    assert run(capsys, "edit", "--db", db, "undo")[:2] == (0, "undo: reject 'Reuters'\n")
    assert "Reuters" in entity_names(whole(capsys, db))
    assert run(capsys, "edit", "--db", db, "redo")[:2] == (0, "redo: reject 'Reuters'\n")
    assert "Reuters" not in entity_names(whole(capsys, db))
    code, _, err = run(capsys, "edit", "--db", db, "redo")
    assert code == 1 and "nothing to redo" in err


def test_export_the_whole_project_without_paths(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path) -> None:
    assert run(capsys, "edit", "--db", db, "reject", "Seahawk")[0] == 0
    out = tmp_path / "net.csv"
    code, _, err = run(capsys, "export", "--db", db, "--out", str(out))
    assert code == 0, err
    with out.with_name("net_nodes.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["name"] for r in rows} >= {"Oman", "Reuters"} and "Seahawk" not in {r["name"] for r in rows}
    assert {r["origin"] for r in rows} == {"machine"}
    code, _, err = run(capsys, "export", "--out", str(out))
    assert code == 1 and "--db" in err


def test_hostile_names_typed_by_the_analyst_are_data(capsys: pytest.CaptureFixture[str], db: str) -> None:
    hostile = "=HYPERLINK(\"http://x\")<script>alert(1)</script>"
    assert run(capsys, "edit", "--db", db, "rename", "Oman", hostile)[0] == 0
    assert hostile in entity_names(whole(capsys, db))
    assert run(capsys, "edit", "--db", db, "rename", hostile, "Oman")[0] == 0


def test_a_mistyped_name_is_answered_with_the_likely_one(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, err = run(capsys, "edit", "--db", db, "rename", "Talwar Brigades", "X")
    assert code == 1 and not out and "did you mean: e" in err and "Talwar Brigade" in err
