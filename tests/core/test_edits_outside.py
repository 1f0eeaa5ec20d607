"""An entity known from outside the articles: added by the analyst with no mention, tied by hand with a note."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import networkx as nx
import pytest

from core import edits
from core.edits import EditError
from core.export import contract, write
from core.project import Project
from core.records import NO_MENTIONS, EntityInfo, analyst_note, unmentioned

ARTICLES = {
    "a.txt": "The tanker Sounion was attacked in the Red Sea. Greece said the attack on the Sounion was a crime.\n",
    "b.txt": "Fidel Castro spoke in Havana on Monday. Castro said Cuba would resist the United States.\n",
}
LATER = {"c.txt": "Raúl Castro met Nicolás Maduro in Caracas. Castro thanked Venezuela for its oil.\n"}
FIRM = "Delta Tankers Registry Ltd"
NOTE = "Equasis, 2024 registry extract: Sounion's registered owner"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("outside")
    for name, text in {**ARTICLES, **LATER}.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "base.entente"
    with Project.open(db) as project:
        assert len(project.add_all([folder / name for name in ARTICLES]).added) == 2
    return db


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Project:
    db = tmp_path / "p.entente"
    shutil.copy(built, db)
    for name in LATER:
        shutil.copy(built.parent / name, tmp_path / name)
    with Project.open(db) as project:
        yield project


def named(project: Project, name: str) -> EntityInfo:
    found = [e for e in project.entities() if e.name == name]
    assert len(found) == 1, (name, [e.name for e in project.entities()])
    return found[0]


def add_firm_and_tie(project: Project) -> tuple[EntityInfo, EntityInfo]:
    entry = project.apply(edits.add_entity(FIRM, "PARTY"))
    assert entry.status == "applied"
    firm, ship = named(project, FIRM), named(project, "Sounion")
    project.apply(edits.add_tie(firm, ship, "TRADE", "owns", note=NOTE))
    return firm, ship


def test_an_entity_no_article_mentions_is_added_and_tied_with_the_analysts_note(project: Project) -> None:
    firm, ship = add_firm_and_tie(project)
    assert (firm.origin, firm.confirmed, firm.mentions) == ("analyst", True, ())
    assert unmentioned(firm) and not unmentioned(ship)
    assert NO_MENTIONS in firm.notes
    tie = next(r for r in project.relations() if (r.source, r.target) == (firm.id, ship.id))
    assert (tie.origin, tie.evidence, tie.type, str(tie.family)) == ("analyst", (), "owns", "TRADE")
    assert analyst_note(tie.notes) == NOTE
    graph = project.graph()
    assert graph.nodes[firm.id]["origin"] == "analyst" and graph.nodes[firm.id]["mentions"] == 0
    assert graph.has_edge(firm.id, ship.id)


def test_it_is_replayed_after_a_new_article_and_survives_undo_redo_and_reopen(project: Project) -> None:
    firm, ship = add_firm_and_tie(project)
    report = project.add_all([project.path.parent / "c.txt"])  # a new resolution: the log is replayed over it
    assert len(report.added) == 1
    assert named(project, FIRM).id == firm.id
    assert any((r.source, r.target) == (firm.id, ship.id) for r in project.relations())
    project.undo()  # the tie
    project.undo()  # the entity
    assert FIRM not in {e.name for e in project.entities()}
    project.redo()
    project.redo()
    path = project.path
    project.close()
    with Project.open(path) as again:
        assert named(again, FIRM).id == firm.id
        assert any(analyst_note(r.notes) == NOTE for r in again.relations())
        assert all(entry.status == "applied" for entry in again.edit_log() if not entry.undone)


def test_a_tie_needs_a_sentence_or_a_note(project: Project) -> None:
    firm, ship = add_firm_and_tie(project)
    with pytest.raises(EditError, match="note"):
        edits.add_tie(firm, ship, "TRADE", "owns")
    with pytest.raises(EditError, match="control"):
        edits.add_tie(firm, ship, "TRADE", "owns", note="a\x07b")


def test_it_is_exported_in_every_format_with_the_note(project: Project, tmp_path: Path) -> None:
    firm, _ship = add_firm_and_tie(project)
    data = contract(project.documents(), project.entities(), project.relations())
    entity = next(e for e in data["entities"] if e["name"] == FIRM)
    assert (entity["origin"], entity["mentions"]) == ("analyst", [])
    tie = next(r for r in data["relations"] if r["source"] == entity["id"])
    assert (tie["evidence"], tie["note"]) == ([], NOTE)
    # a contract limited to some articles holds only what those articles state
    only = contract(project.documents(), project.entities(), project.relations(), only={1})
    assert FIRM not in {e["name"] for e in only["entities"]}
    docs, ents, rels = project.documents(), project.entities(), project.relations()
    for suffix in (".json", ".gexf", ".graphml", ".csv", ".ftm.json", ".i2.csv", ".html", ".svg"):
        out = tmp_path / f"net{suffix}"
        write(out, docs, ents, rels)
        assert FIRM in out.read_text(encoding="utf-8"), suffix
    assert nx.read_graphml(tmp_path / "net.graphml").nodes[str(firm.id)]["origin"] == "analyst"
    lines = [json.loads(x) for x in (tmp_path / "net.ftm.json").read_text(encoding="utf-8").splitlines()]
    assert any(x["properties"].get("summary") == [NOTE] for x in lines)
    with (tmp_path / "net.i2.csv").open(encoding="utf-8") as f:
        assert any(NOTE in cell for row in csv.reader(f) for cell in row)


def test_the_machine_finding_the_name_later_joins_the_analysts_entity(project: Project) -> None:
    project.apply(edits.add_entity("Nicolás Maduro", "OFFICIAL"))  # no article holds it yet
    added = named(project, "Nicolás Maduro")
    assert added.mentions == ()
    project.add_all([project.path.parent / "c.txt"])
    now = named(project, "Nicolás Maduro")
    assert now.id == added.id and now.mentions and not unmentioned(now)


def test_the_command_line_adds_it_and_ties_it_with_a_note(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from core import cli

    db = str(tmp_path / "cli.entente")
    shutil.copy(built, db)
    assert cli.main(["edit", "--db", db, "add-entity", FIRM, "--kind", "PARTY"]) == 0
    code = cli.main(["edit", "--db", db, "add-tie", FIRM, "Sounion", "--family", "TRADE", "--type", "owns"])
    assert code == 1 and "--note" in capsys.readouterr().err  # neither a sentence nor a note: refused
    code = cli.main(["edit", "--db", db, "add-tie", FIRM, "Sounion", "--family", "TRADE", "--type", "owns",
                     "--note", NOTE])  # fmt: skip
    assert code == 0
    capsys.readouterr()
    assert cli.main(["extract", "--db", db, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    firm = next(e for e in data["entities"] if e["name"] == FIRM)
    assert firm["mentions"] == [] and firm["origin"] == "analyst"
    assert any(r.get("note") == NOTE and r["source"] == firm["id"] for r in data["relations"])
    assert cli.main(["edit", "--db", db, "log"]) == 0
    log = capsys.readouterr().out
    assert f"add PARTY '{FIRM}'" in log and "on the analyst's note" in log and "no longer applies" not in log
