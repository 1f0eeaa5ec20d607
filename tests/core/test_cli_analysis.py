"""`entente path`, `entente rank` and `entente export --db … --focus/--since/--until/--top`."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from core import cli
from tests.core.test_analysis import _timeline


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "t.entente"
    _timeline(path).close()
    return path


def test_path_json_hops_with_evidence(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, err = run(capsys, "path", "--db", str(db), "North Korea", "South Korea", "--format", "json")
    assert code == 0, err
    found = json.loads(out)["paths"]
    assert 1 <= len(found) <= 3
    assert [len(p) for p in found] == sorted(len(p) for p in found), "shortest first"
    first = found[0]
    assert len(first) == 2, "North Korea - (Ri Il Kyu or Cuba) - South Korea"
    assert first[0]["source"] != first[-1]["target"]
    for hop in first:
        assert {"source", "target", "type", "family", "evidence"} <= set(hop)
        for ref in hop["evidence"]:
            assert set(ref) == {"document", "text", "start", "end"} and ref["document"].startswith("d")


def test_path_table_and_plain_failures(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = run(capsys, "path", "--db", str(db), "Ri Il Kyu", "Venezuela")
    assert code == 0 and "PATH 1: 2 ties" in out and "Workers' Party" in out
    code, out, err = run(capsys, "path", "--db", str(db), "Ri Il Kyu", "Atlantis")
    assert code == 1 and not out and err.startswith("entente: no entity called") and "Traceback" not in err
    code, _, err = run(capsys, "path", "--db", str(db), "Japan", "Venezuela", "--directed")
    assert code == 1 and "no path between Japan and Venezuela" in err
    code, _, err = run(capsys, "path", "--db", str(db / "missing"), "a", "b")
    assert code == 1 and "no such project" in err


def test_rank_by_measures(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = run(capsys, "rank", "--db", str(db), "--top", "3", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["by"] == "ties" and len(data["entities"]) == 3
    assert data["entities"][0]["name"] == "Ri Il Kyu"
    scores = [e["score"] for e in data["entities"]]
    assert scores == sorted(scores, reverse=True)
    code, out, _ = run(capsys, "rank", "--db", str(db), "--by", "betweenness")
    assert code == 0 and out.splitlines()[1].split()[1:4] == ["Ri", "Il", "Kyu"]
    # in the table a group of one is no group: "-", not a number of its own
    lone = db.with_name("lone.txt")
    lone.write_text("Peru held elections on Sunday.\n", encoding="utf-8")
    assert run(capsys, "extract", str(lone), "--db", str(db))[0] == 0
    code, out, _ = run(capsys, "rank", "--db", str(db), "--format", "json")
    sizes = Counter(e["community"] for e in json.loads(out)["entities"])
    code, out, _ = run(capsys, "rank", "--db", str(db))
    groups = [line.split()[-1] for line in out.splitlines()[1:]]
    assert 1 in sizes.values(), "the test project has a lone entity"
    assert len(groups) == sum(sizes.values()) and groups.count("-") == sum(1 for n in sizes.values() if n == 1)


def test_export_from_a_project_with_focus_period_and_top(capsys: pytest.CaptureFixture[str], db: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "ri.graphml"
    code, _, err = run(capsys, "export", "--db", str(db), "--out", str(out), "--focus", "Ri Il Kyu", "--hops", "1",
                       "--since", "2013-01-01", "--until", "2016-12-31", "--top", "3")
    assert code == 0, err
    names = {d["label"] for _, d in nx.read_graphml(out).nodes(data=True)}
    assert len(names) == 3 and "Ri Il Kyu" in names and names <= {"Ri Il Kyu", "North Korea", "South Korea", "Cuba"}
    code, _, err = run(capsys, "export", "--db", str(db), "--out", str(out), "--since", "May 2016")
    assert code == 1 and "not a date" in err
    code, _, err = run(capsys, "export", "--out", str(out))
    assert code == 1 and "--db" in err


def test_bad_numbers_names_and_outputs_are_one_line_refusals(capsys: pytest.CaptureFixture[str], db: Path,
                                                             tmp_path: Path) -> None:
    code, out, err = run(capsys, "rank", "--db", str(db), "--top", "-3")
    assert code == 1 and not out and err.strip() == "entente: --top needs a number of entities (0 for all)"
    code, _, err = run(capsys, "export", "--db", str(db), "--out", str(tmp_path / "net.txt"))
    assert code == 1 and len(err.splitlines()) == 1
    assert "cannot export to .txt" in err and ".gexf" in err and ".png" in err and "core" not in err
    assert not (tmp_path / "net.txt").exists()
    # 'Korea' is a part of two names: the focus of an export is refused, not guessed
    code, _, err = run(capsys, "export", "--db", str(db), "--out", str(tmp_path / "k.json"), "--focus", "Korea")
    assert code == 1 and "several" in err and not (tmp_path / "k.json").exists()
    code, _, err = run(capsys, "export", "--db", str(db), "--out", str(tmp_path / "h.json"), "--hops", "2")
    assert code == 1 and "--hops needs --focus" in err and not (tmp_path / "h.json").exists()
