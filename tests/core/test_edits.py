"""The analyst's edits: each operation, undo/redo, persistence, and re-application after new articles."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import networkx as nx
import pytest

from core import edits
from core.edits import EditError
from core.export import contract, write
from core.model import Kind
from core.project import Project
from core.records import EntityInfo
from core.store import StoreError

ARTICLES = {
    "a.txt": "The Talwar Brigade attacked the tanker Sounion in the Red Sea. The Northern Front said the attack was "
    "a warning to Israel.\n",
    "b.txt": "Fidel Castro spoke in Havana on Monday. Castro said Cuba would resist the United States.\n",
    "c.txt": "Raúl Castro met Nicolás Maduro in Caracas. Castro thanked Venezuela for its oil.\n",
    "d.txt": "Photo: Reuters. A Seahawk crew flew over the tanker with the Royal Navy. Sailors from Kilo Team "
    "boarded it near Oman.\n",
}
# arrives later: new mentions of both halves of a merge, a rejected name, an added entity's name
LATER = {
    "e.txt": "The Northern Front fired missiles at the Sounion. The Talwar Brigade claimed the strike against "
    "Israel. Reuters reported it.\n",
    "f.txt": "Sailors of Kilo\u00adTeam\nand the Seahawk crew trained in Oman with Reuters watching.\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The four articles extracted once; each test works on its own copy of the project file."""
    folder = tmp_path_factory.mktemp("edits")
    for name, text in {**ARTICLES, **LATER}.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "base.entente"
    with Project.open(db) as project:
        report = project.add_all([folder / name for name in ARTICLES])
    assert len(report.added) == 4
    return db


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Project:
    db = tmp_path / "p.entente"
    shutil.copy(built, db)
    with Project.open(db) as project:
        yield project


def add_later(project: Project, *names: str) -> None:
    folder = project.path.parent
    source = Path(__file__)  # only for a readable failure: the texts come from LATER
    for name in names:
        (folder / name).write_text(LATER[name], encoding="utf-8")
    report = project.add_all([folder / name for name in names])
    assert len(report.added) == len(names), source


def one(project: Project, name: str) -> EntityInfo:
    found = [e for e in project.entities() if e.name == name]
    assert len(found) == 1, (name, [e.name for e in project.entities()])
    return found[0]


def names(project: Project) -> set[str]:
    return {e.name for e in project.entities()}


def ties(project: Project) -> set[tuple[str, str, str]]:
    by_id = {e.id: e.name for e in project.entities()}
    return {(by_id[r.source], by_id[r.target], str(r.family)) for r in project.relations()}


def test_merge_moves_mentions_and_ties_and_survives_new_articles(project: Project) -> None:
    brigade, front = one(project, "Talwar Brigade"), one(project, "Northern Front")
    assert ("Northern Front", "Israel", "ASSOCIATION") in ties(project)
    entry = project.apply(edits.merge([brigade, front], name="Talwar Brigade"))
    assert entry.status == edits.APPLIED
    merged = one(project, "Talwar Brigade")
    assert merged.id == brigade.id and "Northern Front" not in names(project)
    assert set(merged.aliases) == {"Talwar Brigade", "Northern Front"}
    assert len(merged.mentions) == len(brigade.mentions) + len(front.mentions)
    assert merged.confirmed and merged.notes
    assert ("Talwar Brigade", "Israel", "ASSOCIATION") in ties(project)
    assert ("Talwar Brigade", "Sounion", "HOSTILITY") in ties(project)

    add_later(project, "e.txt")  # new mentions of both halves
    merged = one(project, "Talwar Brigade")
    assert "Northern Front" not in names(project)
    assert {m.doc_id for m in merged.mentions} == {1, 5}
    text = project.document_text(5)
    assert {text[m.start:m.end] for m in merged.mentions if m.doc_id == 5} == {"Talwar Brigade", "Northern Front"}
    # the two ties with Israel (one from each half, in the new article) fold into one with both sentences
    israel = one(project, "Israel")
    between = [r for r in project.relations() if {r.source, r.target} == {merged.id, israel.id}]
    assert len(between) == 1 and {x.doc_id for x in between[0].evidence} == {1, 5}


def test_a_split_that_would_move_every_mention_is_refused(project: Project) -> None:
    # 'Castro' only ever shortens 'Fidel Castro' in his one article: splitting it off would take the full name along
    fidel = one(project, "Fidel Castro")
    assert "Castro" in fidel.aliases
    before = (names(project), len(project.edit_log()))
    with pytest.raises(EditError, match="nothing would stay: rename it instead"):
        project.apply(edits.split(fidel, "Castro"))
    with pytest.raises(EditError, match="merge them instead"):
        project.apply(edits.split(fidel, "Castro", into=one(project, "Raúl Castro")))
    with pytest.raises(EditError, match="rename it instead"):
        project.apply(edits.split(fidel, mentions=fidel.mentions, name="Fidel"))
    assert (names(project), len(project.edit_log())) == before
    assert one(project, "Fidel Castro").mentions == fidel.mentions


def test_split_an_alias_into_a_new_entity_and_into_an_existing_one(project: Project) -> None:
    fidel, raul = one(project, "Fidel Castro"), one(project, "Raúl Castro")
    project.apply(edits.merge([fidel, raul], name="Fidel Castro"))  # one Castro for the other
    assert "Raúl Castro" not in names(project)
    merged = one(project, "Fidel Castro")
    assert merged.doc_ids == [2, 3] and ("Fidel Castro", "Nicolás Maduro", "DIPLOMACY") in ties(project)
    entry = project.apply(edits.split(merged, "Raúl Castro"))
    raul_again = one(project, "Raúl Castro")
    assert raul_again.id == entry.args["new_id"] and raul_again.origin == "analyst"
    # the third article's 'Castro' belongs to the local Raúl Castro there, so it moves with him
    assert raul_again.doc_ids == [3] and set(raul_again.aliases) == {"Raúl Castro", "Castro"}
    assert one(project, "Fidel Castro").doc_ids == [2]
    assert ("Raúl Castro", "Nicolás Maduro", "DIPLOMACY") in ties(project)  # the tie follows its sentence
    assert ("Fidel Castro", "Nicolás Maduro", "DIPLOMACY") not in ties(project)

    project.undo()
    project.undo()
    assert one(project, "Raúl Castro").id == raul.id
    # the same mistake mended the other way: the analyst adds Raúl, then moves the chosen mentions into him
    project.apply(edits.merge([fidel, raul], name="Fidel Castro"))
    project.apply(edits.add_entity("Raúl Castro", "OFFICIAL"))
    added = one(project, "Raúl Castro")
    in_third = [m for m in one(project, "Fidel Castro").mentions if m.doc_id == 3]
    project.apply(edits.split(one(project, "Fidel Castro"), into=added, mentions=in_third))
    raul_now = one(project, "Raúl Castro")
    assert raul_now.id == added.id and raul_now.doc_ids == [3] and one(project, "Fidel Castro").doc_ids == [2]
    spans = [(m.doc_id, m.start, m.end) for m in raul_now.mentions]
    assert len(spans) == len(set(spans)), "a mention found twice is listed once"
    assert ("Raúl Castro", "Venezuela", "ALLIANCE") in ties(project)
    with pytest.raises(EditError):
        project.apply(edits.split(one(project, "Fidel Castro"), "Nobody"))


def test_rename_and_kind_keep_the_id_and_stay_after_a_new_article(project: Project) -> None:
    sounion = next(e for e in project.entities() if e.name == "Sounion")
    project.apply(edits.rename(sounion, "MT Sounion"))
    project.apply(edits.set_kind(one(project, "MT Sounion"), "vessel"))
    renamed = project.entity(sounion.id)
    assert (renamed.name, str(renamed.kind)) == ("MT Sounion", "VESSEL")
    assert any("renamed" in n for n in renamed.notes) and renamed.confirmed
    add_later(project, "e.txt")
    assert project.entity(sounion.id).name == "MT Sounion"
    with pytest.raises(EditError):
        edits.set_kind(renamed, "HELICOPTER")


def test_reject_takes_the_entity_and_its_ties_out_and_keeps_the_name_out(project: Project) -> None:
    seahawk, reuters = one(project, "Seahawk"), one(project, "Reuters")
    assert any("Seahawk" in t for t in ties(project))
    project.apply(edits.reject(seahawk))
    project.apply(edits.reject(reuters))
    assert not {"Seahawk", "Reuters"} & names(project)
    assert not any("Seahawk" in t for t in ties(project))
    assert project.rejected_names() == ["Seahawk", "Reuters"]
    add_later(project, "e.txt", "f.txt")  # both names again in new articles
    assert not {"Seahawk", "Reuters"} & names(project)
    assert all(e.name not in ("Seahawk", "Reuters") for e in project.entities())
    with pytest.raises(EditError, match="rejected"):
        project.apply(edits.add_entity("Reuters", "PARTY"))
    project.apply(edits.restore("Reuters"))
    back = one(project, "Reuters")
    assert back.id == reuters.id and back.doc_ids == [4, 5, 6]
    assert project.rejected_names() == ["Seahawk"]
    assert [e.status for e in project.edit_log()] == [edits.APPLIED, "restored by edit 3", edits.APPLIED]
    with pytest.raises(EditError, match="not a rejected name"):
        project.apply(edits.restore("Oman"))
    with pytest.raises(EditError, match="not a rejected name"):  # restored already: a second restore is refused
        project.apply(edits.restore("Reuters"))
    assert len(project.edit_log()) == 3


def test_added_entity_finds_its_mentions_in_every_document_and_later_ones(project: Project) -> None:
    entry = project.apply(edits.add_entity("Kilo Team", "PARTY"))
    added = one(project, "Kilo Team")
    assert added.origin == "analyst" and added.confirmed and added.id == entry.args["new_id"]
    assert [(m.doc_id, m.text) for m in added.mentions] == [(4, "Kilo Team")]
    add_later(project, "f.txt")  # soft hyphen and a line break inside the name: still found, offsets exact
    added = one(project, "Kilo Team")
    later = project.documents()[-1].id
    assert added.doc_ids == [4, later]
    for m in added.mentions:
        assert project.document_text(m.doc_id)[m.start:m.end] == m.text
    assert (m := added.mentions[-1]).text == "Kilo\u00adTeam"
    assert (added.id, m.start, m.end) in project.mentions_in(later)
    assert edits.add_entity("Kilo\u00adTeam", "PARTY").args["name"] == "KiloTeam"  # invisible: dropped
    assert edits.add_entity("Kilo \u200bTeam", "PARTY").args["name"] == "Kilo Team"
    # a whole word only: no 'Commandos', no '145 Commando'
    assert not edits.find_mentions("45 Commando", {1: "Commandos and 145 Commandoes"})
    assert not edits.find_mentions("Commando", {1: "Commandos and 145 Commandoes"})
    # a name no article holds is the analyst's to add (tests/core/test_edits_outside.py)


def test_ties_added_rejected_retyped_and_confirmed(project: Project) -> None:
    text = project.document_text(3)
    at = text.index("thanked")
    evidence = project.sentence_at(3, at)
    assert evidence.text == "Castro thanked Venezuela for its oil."
    assert text[evidence.start:evidence.end] == evidence.text
    maduro, venezuela = one(project, "Nicolás Maduro"), one(project, "Venezuela")
    project.apply(edits.add_tie(maduro, venezuela, "LEADERSHIP", "leads", evidence))
    added = next(r for r in project.relations() if (r.source, r.target) == (maduro.id, venezuela.id))
    assert (added.origin, added.confirmed, str(added.family), added.type) == ("analyst", True, "LEADERSHIP", "leads")
    assert added.evidence[0].text == evidence.text and added.evidence[0].start == evidence.start

    raul = one(project, "Raúl Castro")
    project.apply(edits.retype_tie(raul, maduro, "DIPLOMACY", new_type="hosted", reverse=True))
    assert ("Nicolás Maduro", "Raúl Castro", "DIPLOMACY") in ties(project)
    assert ("Raúl Castro", "Nicolás Maduro", "DIPLOMACY") not in ties(project)
    project.apply(edits.confirm_tie(raul, venezuela, "ALLIANCE"))
    confirmed = next(r for r in project.relations() if (r.source, r.target) == (raul.id, venezuela.id))
    assert confirmed.confirmed and confirmed.origin == "machine"
    project.apply(edits.reject_tie(raul, venezuela))
    assert ("Raúl Castro", "Venezuela", "ALLIANCE") not in ties(project)
    with pytest.raises(EditError, match="no tie"):
        project.apply(edits.reject_tie(raul, venezuela))
    # the added tie keeps its sentence when articles arrive
    add_later(project, "e.txt")
    kept = next(r for r in project.relations() if (r.source, r.target) == (maduro.id, venezuela.id))
    assert kept.evidence == added.evidence


def test_a_retyped_tie_that_folds_into_another_keeps_the_type_the_analyst_gave(project: Project) -> None:
    raul, maduro = one(project, "Raúl Castro"), one(project, "Nicolás Maduro")
    text = project.document_text(3)
    project.apply(edits.add_tie(maduro, raul, "DIPLOMACY", "hosted", project.sentence_at(3, text.index("thanked"))))
    project.apply(edits.retype_tie(raul, maduro, "DIPLOMACY", new_type="welcomed", reverse=True))
    between = [r for r in project.relations() if {r.source, r.target} == {raul.id, maduro.id}]
    assert len(between) == 1, "turned round, it says what the added tie says: one tie"
    assert (between[0].source, between[0].type, len(between[0].evidence)) == (maduro.id, "welcomed", 2)


def test_document_date_is_the_effective_published_date(project: Project) -> None:
    doc = project.documents()[1]
    project.apply(edits.set_date(doc, "2024-07-15"))
    dated = project.documents()[1]
    assert (dated.published, dated.date_origin) == ("2024-07-15", "analyst")
    with pytest.raises(EditError, match="not a date"):
        edits.set_date(doc, "15/07/2024")
    project.undo()
    assert project.documents()[1].published == doc.published


def test_undo_and_redo_survive_closing_and_reopening(project: Project) -> None:
    seahawk = one(project, "Seahawk")
    project.apply(edits.reject(seahawk))
    project.apply(edits.rename(one(project, "Oman"), "Sultanate of Oman"))
    path = project.path
    project.close()
    with Project.open(path) as again:
        assert "Seahawk" not in names(again) and "Sultanate of Oman" in names(again)
        assert again.undo().op == "rename"
        assert "Oman" in names(again)
    with Project.open(path) as again:
        assert "Oman" in names(again) and "Seahawk" not in names(again)
        assert [e.undone for e in again.edit_log()] == [False, True]
        assert again.redo().op == "rename"
        assert "Sultanate of Oman" in names(again)
        again.undo()
        again.undo()
        assert "Seahawk" in names(again) and again.undo() is None
        again.redo()
        again.apply(edits.confirm(one(again, "Oman")))  # a new edit: what was undone cannot be redone now
        assert [e.op for e in again.edit_log()] == ["reject", "confirm"]
        assert again.redo() is None


def test_an_edit_that_no_longer_applies_is_kept_and_reported(project: Project) -> None:
    raul, venezuela = one(project, "Raúl Castro"), one(project, "Venezuela")
    project.apply(edits.confirm_tie(raul, venezuela, "ALLIANCE"))
    project.apply(edits.reject(raul))  # the tie goes with its entity
    log = project.edit_log()
    assert len(log) == 2
    assert log[0].status.startswith("no longer applies") and "Raúl Castro" in log[0].status
    assert log[1].status == edits.APPLIED
    project.undo()
    assert project.edit_log()[0].status == edits.APPLIED


def test_a_refused_edit_changes_nothing(project: Project) -> None:
    before = (names(project), ties(project))
    with pytest.raises(EditError):
        project.apply(edits.merge([one(project, "Oman"), one(project, "Oman")]))
    with pytest.raises(EditError):
        project.apply(edits.add_entity("Oman", "STATE"))  # there already
    with pytest.raises(EditError):
        edits.rename(one(project, "Oman"), "  \t ")
    with pytest.raises(EditError):
        edits.rename(one(project, "Oman"), "line\x00break")
    assert project.edit_log() == [] and (names(project), ties(project)) == before


def test_lookup_by_id_name_and_alias_and_ambiguity(project: Project) -> None:
    oman = one(project, "Oman")
    assert project.find_entities(f"e{oman.id}") == [oman]
    assert project.find_entities("Oman") == [oman]
    assert {e.name for e in project.find_entities("Castro")} == {"Fidel Castro", "Raúl Castro"}
    assert project.find_entities("Nobody") == []


def test_hostile_names_stay_data_in_every_export(project: Project, tmp_path: Path) -> None:
    hostile = "<img src=x onerror=alert(1)>\"'</script>"
    project.apply(edits.rename(one(project, "Oman"), hostile))
    data = contract(project.documents(), project.entities(), project.relations())
    assert hostile in {e["name"] for e in data["entities"]}
    page = tmp_path / "n.html"
    write(page, project.documents(), project.entities(), project.relations())
    assert "<img src=x" not in page.read_text(encoding="utf-8")
    svg = tmp_path / "n.svg"
    write(svg, project.documents(), project.entities(), project.relations())
    assert "<img src=x" not in svg.read_text(encoding="utf-8")


def test_exports_carry_the_edited_network_with_origin_and_confirmed(project: Project, tmp_path: Path) -> None:
    project.apply(edits.reject(one(project, "Seahawk")))
    project.apply(edits.add_entity("Kilo Team", "PARTY"))
    evidence = project.sentence_at(4, project.document_text(4).index("boarded"))
    project.apply(edits.add_tie(one(project, "Kilo Team"), one(project, "Oman"), "ENFORCEMENT", "boarded", evidence))
    docs, ents, rels = project.documents(), project.entities(), project.relations()
    data = json.loads(json.dumps(contract(docs, ents, rels)))
    by_name = {e["name"]: e for e in data["entities"]}
    assert "Seahawk" not in by_name and by_name["Kilo Team"]["origin"] == "analyst"
    assert by_name["Oman"] == {**by_name["Oman"], "origin": "machine", "confirmed": False}
    added = [r for r in data["relations"] if r["family"] == "ENFORCEMENT"]
    assert added and added[0]["origin"] == "analyst" and added[0]["confirmed"] is True
    for suffix in (".gexf", ".graphml"):
        out = tmp_path / f"n{suffix}"
        write(out, docs, ents, rels)
        graph = nx.read_gexf(out) if suffix == ".gexf" else nx.read_graphml(out)
        labels = {d["label"]: d for _, d in graph.nodes(data=True)}
        assert "Seahawk" not in labels and labels["Kilo Team"]["origin"] == "analyst"
        assert {d["origin"] for *_, d in graph.edges(data=True)} == {"machine", "analyst"}
    written = write(tmp_path / "n.csv", docs, ents, rels)
    edges, nodes = (p.read_text(encoding="utf-8") for p in written)
    assert "origin,confirmed" in edges.splitlines()[0] and ",analyst,True" in edges
    assert "Kilo Team" in nodes and ",analyst,True" in nodes


def test_the_schema_holds_the_log_and_analyst_ids_are_never_reused(project: Project) -> None:
    entry = project.apply(edits.add_entity("Kilo Team", "PARTY"))
    new_id = entry.args["new_id"]
    add_later(project, "e.txt")  # the machine makes new entities: none takes the analyst's id
    machine_ids = [e.id for e in project.entities() if e.origin == "machine"]
    assert new_id not in machine_ids and one(project, "Kilo Team").id == new_id
    raw = sqlite3.connect(project.path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 2
    assert raw.execute("SELECT op, new_entity FROM edits").fetchall() == [("add-entity", new_id)]
    raw.close()


def test_a_damaged_edit_log_is_reported_or_refused_never_a_crash(project: Project) -> None:
    project.apply(edits.reject(one(project, "Seahawk")))
    path = project.path
    project.close()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("INSERT INTO edits (at, op, args) VALUES ('2026-01-01', 'merge', '{\"entities\": 3}')")
        raw.execute("INSERT INTO edits (at, op, args) VALUES ('2026-01-01', 'explode', '[]')")
    raw.close()
    with Project.open(path) as again:
        assert "Seahawk" not in names(again) and "Oman" in names(again)
        statuses = [e.status for e in again.edit_log()]
        assert statuses[0] == edits.APPLIED and statuses[1:] == ["no longer applies: the stored edit is damaged"] * 2
        assert [e.summary for e in again.edit_log()][1:] == ["merge (damaged)", "explode"]
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE edits SET args = '{not json' WHERE op = 'explode'")
    raw.close()
    with pytest.raises(StoreError, match=r"edits\.args"):
        Project.open(path)


def test_the_machine_network_read_elsewhere_is_adopted_only_for_the_same_resolution(project: Project) -> None:
    with Project.open(project.path) as reader:  # as the window's worker does on its own connection
        state = reader.machine_state()
    assert project.adopt(state) and project._machine() is state[1]
    project.apply(edits.reject(one(project, "Seahawk")))
    assert "Seahawk" not in names(project)
    add_later(project, "e.txt")  # a new resolution: the old state no longer fits
    assert not project.adopt(state)
    assert not project.adopt(("junk", object()))


def test_an_edit_follows_its_entity_into_what_the_machine_later_merged_it_with(project: Project) -> None:
    brigade, front = one(project, "Talwar Brigade"), one(project, "Northern Front")
    project.apply(edits.rename(front, "Northern Front movement"))
    # the machine's next resolution gathers both under the Talwar Brigade's id (as a better resolver, or new
    # evidence, would)
    store = project._store
    with store._write("test") as db:
        db.execute("UPDATE entity_members SET entity = ? WHERE entity = ?", (brigade.id, front.id))
        db.execute("DELETE FROM entities WHERE id = ?", (front.id,))
    log = project.edit_log()
    assert log[0].status == edits.APPLIED  # found by the name it had, now an alias
    assert one(project, "Northern Front movement").id == brigade.id


def test_a_kill_in_the_middle_of_an_edit_loses_no_committed_edit_and_leaves_no_half_one(project: Project) -> None:
    path = project.path
    project.close()
    script = textwrap.dedent(
        f"""
        import os, signal
        from core import edits, store
        from core.project import Project
        project = Project.open({str(path)!r})
        for name in ("Oman", "Reuters", "Seahawk"):
            entity = next(e for e in project.entities() if e.name == name)
            project.apply(edits.rename(entity, name + " (checked)"))
        def killed(self, *exc):  # the fourth edit dies between its INSERT and its COMMIT
            os.kill(os.getpid(), signal.SIGKILL)
        store._Transaction.__exit__ = killed
        project.apply(edits.reject(next(e for e in project.entities() if e.name == "Royal Navy")))
        """
    )
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()
    with Project.open(path) as again:
        log = again.edit_log()
        assert [e.op for e in log] == ["rename"] * 3 and all(e.status == edits.APPLIED for e in log)
        assert {"Oman (checked)", "Reuters (checked)", "Seahawk (checked)", "Royal Navy"} <= names(again)


def test_likeness_of_names_for_merges_and_mistyped_names() -> None:
    irgc = edits.likeness("IRGC Navy", "Islamic Revolutionary Guard Corps Navy")
    assert irgc > edits.likeness("IRGC Navy", "US Navy")
    assert edits.likeness("China’s Coast Guard", "China Coast Guard") == 3
    assert edits.likeness("Alexander Lukashenko", "Lukashenka") == 1  # one letter apart
    assert edits.likeness("Iran", "Iraq") == 0 and edits.likeness("The Insider", "The Guardian") == 0
    people = [EntityInfo(i, name, Kind.OFFICIAL) for i, name in enumerate(["Lukashenka", "Kim Jong Un", "Putin"])]
    assert [e.name for e in edits.similar("Alexander Lukashenko", people)] == ["Lukashenka"]


def test_the_kind_edit_reads_as_english() -> None:
    official = edits.describe("kind", {"entity": {"id": 1, "name": "Iran"}, "kind": "OFFICIAL"})
    vessel = edits.describe("kind", {"entity": {"id": 2, "name": "Talara"}, "kind": "VESSEL"})
    assert (official, vessel) == ("make 'Iran' an OFFICIAL", "make 'Talara' a VESSEL")
