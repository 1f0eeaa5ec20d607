"""A tie on the analyst's note can carry a date: views of a period then show it as they show that time's articles."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from core import edits
from core.analysis import View
from core.edits import EditError
from core.project import Project
from tests.core.test_edits_outside import ARTICLES, FIRM, NOTE, named


@pytest.fixture
def project(tmp_path: Path) -> Project:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Project.open(tmp_path / "p.entente") as project:
        project.add_all([tmp_path / name for name in ARTICLES])
        docs = sorted(project.documents(), key=lambda d: d.path)
        for doc, day in zip(docs, ("2024-08-21", "2023-02-01"), strict=True):
            project.apply(edits.set_date(doc, day))
        project.apply(edits.add_entity(FIRM, "PARTY"))
        yield project


def _tie_in(project: Project, view: View, a: int, b: int) -> bool:
    graph = project.view_graph(view)
    return graph.has_node(a) and graph.has_node(b) and graph.has_edge(a, b)


def test_a_dated_note_tie_shows_in_its_period_and_not_outside_it(project: Project) -> None:
    firm, ship = named(project, FIRM), named(project, "Sounion")
    project.apply(edits.add_tie(firm, ship, "TRADE", "owns", note=NOTE, when="2024-05-01"))
    tie = next(r for r in project.relations() if (r.source, r.target) == (firm.id, ship.id))
    assert tie.dated == "2024-05-01" and "known as of 2024-05-01" in tie.notes

    # the period of 2024 without undated ties: the tie is dated inside it, so it shows, with both its ends
    in_2024 = View(since=date(2024, 1, 1), until=date(2024, 12, 31), undated=False)
    assert _tie_in(project, in_2024, firm.id, ship.id)
    # 2023 holds an article but not the tie's date: it does not show, whatever the undated toggle says
    for undated in (False, True):
        assert not _tie_in(project, View(since=date(2023, 1, 1), until=date(2023, 12, 31), undated=undated),
                           firm.id, ship.id)
    assert _tie_in(project, View(), firm.id, ship.id)  # the whole network: every tie


def test_an_undated_note_tie_follows_the_undated_toggle(project: Project) -> None:
    firm, ship = named(project, FIRM), named(project, "Sounion")
    project.apply(edits.add_tie(firm, ship, "TRADE", "owns", note=NOTE))
    assert not _tie_in(project, View(since=date(2024, 1, 1), undated=False), firm.id, ship.id)
    assert _tie_in(project, View(since=date(2024, 1, 1), undated=True), firm.id, ship.id)


def test_a_date_needs_a_note_tie_and_a_real_day(project: Project) -> None:
    firm, ship = named(project, FIRM), named(project, "Sounion")
    with pytest.raises(EditError, match="YYYY-MM-DD"):
        edits.add_tie(firm, ship, "TRADE", "owns", note=NOTE, when="May 2024")
    sentence = named(project, "Sounion").mentions[0]
    with pytest.raises(EditError, match="article's date"):
        edits.add_tie(firm, ship, "TRADE", "owns", evidence=sentence, when="2024-05-01")


def test_the_command_line_dates_a_note_tie_and_the_export_keeps_it(
    project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from core import cli

    db = tmp_path / "cli.entente"
    project.close()
    shutil.copy(project.path, db)
    code = cli.main(["edit", "--db", str(db), "add-tie", FIRM, "Sounion", "--family", "TRADE", "--type", "owns",
                     "--note", NOTE, "--date", "2024-05-01"])  # fmt: skip
    assert code == 0
    capsys.readouterr()
    code = cli.main(["edit", "--db", str(db), "add-tie", FIRM, "Sounion", "--family", "TRADE", "--type", "owns",
                     "--note", NOTE, "--date", "soon"])  # fmt: skip
    assert code == 1 and "YYYY-MM-DD" in capsys.readouterr().err
    assert cli.main(["extract", "--db", str(db), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    firm = next(e for e in data["entities"] if e["name"] == FIRM)
    assert any(r.get("date") == "2024-05-01" and r["source"] == firm["id"] for r in data["relations"])


def test_ftm_and_i2_carry_the_date_of_a_note_tie(project: Project, tmp_path: Path) -> None:
    import csv

    from core.export import write

    firm, ship = named(project, FIRM), named(project, "Sounion")
    project.apply(edits.add_tie(firm, ship, "TRADE", "owns", note=NOTE, when="2024-05-01"))
    docs, ents, rels = project.documents(), project.entities(), project.relations()
    write(tmp_path / "net.ftm.json", docs, ents, rels)
    lines = [json.loads(x) for x in (tmp_path / "net.ftm.json").read_text(encoding="utf-8").splitlines()]
    link = next(x for x in lines if x["properties"].get("summary") == [NOTE])
    assert link["properties"]["startDate"] == ["2024-05-01"]
    write(tmp_path / "net.i2.csv", docs, ents, rels)
    with (tmp_path / "net.i2.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert any(row["Date"] == "2024-05-01" and NOTE in row["Description"] for row in rows)
