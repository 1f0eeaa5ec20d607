"""A project file: store round trip, reopening without NLP, incremental adds, duplicates, crash safety."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import core.extract.pipeline
from core.project import Project
from core.store import SCHEMA_VERSION, StoreError

ARTICLE_A = "Cuba and Venezuela signed a trade agreement in Havana. President Nicolás Maduro praised Cuba.\n"
ARTICLE_B = "Greek coast guards seized the freighter Silver Star near Crete on Monday. Greece detained the crew.\n"
ARTICLE_C = "North Korea sent a delegation to Iran. Kim Jong-un met officials in Tehran.\n"


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in (("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B), ("c.txt", ARTICLE_C)):
        p = tmp_path / "in" / name
        p.parent.mkdir(exist_ok=True)
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


@pytest.fixture
def counting_extractor(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every document that goes through the NLP."""
    seen: list[str] = []
    real = core.extract.pipeline.extract_one

    def spy(document, *parsed):
        seen.append(document.path)
        return real(document, *parsed)

    monkeypatch.setattr(core.extract.pipeline, "extract_one", spy)
    return seen


def test_round_trip_keeps_offsets_exact(tmp_path: Path, articles: list[Path]) -> None:
    db = tmp_path / "p.entente"
    with Project.open(db) as project:
        report = project.add_all(articles)
    assert len(report.added) == 3 and not report.problems
    with Project.open(db) as project:
        docs = project.documents()
        assert [Path(d.path).name for d in docs] == ["a.txt", "b.txt", "c.txt"]
        texts = {d.id: project.document_text(d.id) for d in docs}
        assert texts[docs[0].id] == ARTICLE_A
        entities = project.entities()
        assert entities, "the articles name states and people"
        for e in entities:
            for m in e.mentions:
                assert texts[m.doc_id][m.start : m.end] == m.text
        for r in project.relations():
            for ev in r.evidence:
                assert texts[ev.doc_id][ev.start : ev.end] == ev.text
        graph = project.graph()
        assert graph.number_of_nodes() == len(entities)


def test_reopen_and_readd_runs_no_nlp(tmp_path: Path, articles: list[Path], counting_extractor: list[str]) -> None:
    db = tmp_path / "p.entente"
    with Project.open(db) as project:
        project.add_all(articles)
    assert len(counting_extractor) == 3
    with Project.open(db) as project:
        before = [(e.id, e.name) for e in project.entities()]
        report = project.add_all(articles)
        assert len(counting_extractor) == 3, "already-extracted documents must not run through the NLP again"
        assert sorted(Path(p).name for p in report.duplicates) == ["a.txt", "b.txt", "c.txt"]
        assert [Path(d.path).name for d in report.known] == ["a.txt", "b.txt", "c.txt"]
        assert [(e.id, e.name) for e in project.entities()] == before


def test_incremental_add_extracts_only_the_new_file(
    tmp_path: Path, articles: list[Path], counting_extractor: list[str]
) -> None:
    db = tmp_path / "p.entente"
    with Project.open(db) as project:
        project.add_all(articles[:2])
        ids_before = {e.name: e.id for e in project.entities()}
        report = project.add_all(articles)
    assert [Path(p).name for p in counting_extractor] == ["a.txt", "b.txt", "c.txt"]
    assert [Path(d.path).name for d in report.added] == ["c.txt"]
    with Project.open(db) as project:
        ids_after = {e.name: e.id for e in project.entities()}
    kept = {name: ids_after[name] for name in ids_before if name in ids_after}
    assert kept == {name: ids_before[name] for name in kept}, "entity ids stay stable so the view keeps positions"
    assert len(ids_after) > len(ids_before)


def test_same_content_under_another_name_is_a_duplicate(tmp_path: Path, articles: list[Path]) -> None:
    copy = tmp_path / "copy-of-a.txt"
    copy.write_text(ARTICLE_A, encoding="utf-8")
    with Project.open(tmp_path / "p.entente") as project:
        report = project.add_all([articles[0], copy])
    assert [Path(d.path).name for d in report.added] == ["a.txt"]
    assert report.duplicates == [str(copy)]


def test_bad_files_are_reported_and_good_ones_kept(tmp_path: Path, articles: list[Path]) -> None:
    binary = tmp_path / "in" / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    empty = tmp_path / "in" / "empty.txt"
    empty.write_text("")
    with Project.open(tmp_path / "p.entente") as project:
        report = project.add_all([*articles, binary, empty, tmp_path / "missing.txt"])
    assert len(report.added) == 3
    assert sorted(Path(p.path).name for p in report.problems) == ["empty.txt", "image.txt", "missing.txt"]
    assert all("\n" not in p.reason and "Traceback" not in p.reason for p in report.problems)


def test_cancel_keeps_what_was_committed(tmp_path: Path, articles: list[Path]) -> None:
    db = tmp_path / "p.entente"
    with Project.open(db) as project:
        gen = project.add(articles, batch_size=1)
        for step in gen:
            if step.done == 1 and step.total == 3:
                gen.close()  # what the window's Cancel does
                break
    with Project.open(db) as project:
        assert [Path(d.path).name for d in project.documents()] == ["a.txt"]
        assert project.entities(), "the kept document is resolved too"


def test_killed_process_leaves_a_sound_project(tmp_path: Path, articles: list[Path]) -> None:
    """SIGKILL in the middle of an add: the file opens, passes integrity_check and keeps finished documents."""
    db = tmp_path / "p.entente"
    script = textwrap.dedent(
        f"""
        import os, signal
        from core.project import Project
        project = Project.open({str(db)!r})
        for step in project.add({[str(p) for p in articles]!r}, batch_size=1):
            if step.done == 2 and step.total == 3:
                os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Project.open(db) as project:
        assert [Path(d.path).name for d in project.documents()] == ["a.txt", "b.txt"]
        names = {e.name for e in project.entities()}
        assert {"Cuba", "Venezuela"} <= names, "documents stored before the kill are in the network on reopen"
        report = project.add_all(articles)
        assert [Path(d.path).name for d in report.added] == ["c.txt"]


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "future.entente"
    with sqlite3.connect(db) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer Entente"):
        Project.open(db)


def test_a_file_that_is_not_a_project_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.entente"
    bogus.write_text("these are my notes, not a database " * 50)
    with pytest.raises(StoreError, match="not an Entente project"):
        Project.open(bogus)


def test_one_documents_failure_costs_only_that_document(
    tmp_path: Path, articles: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import core.extract.pipeline as pipeline

    real = pipeline.find_entities

    def fragile(doc):
        if "Greek" in doc.text:
            raise IndexError("a rule's bug")
        return real(doc)

    monkeypatch.setattr(pipeline, "find_entities", fragile)
    with Project.open(tmp_path / "p.entente") as project:
        report = project.add_all(articles)
    assert [Path(d.path).name for d in report.added] == ["a.txt", "c.txt"]
    assert [(Path(p.path).name, p.reason) for p in report.problems] == [
        ("b.txt", "could not be extracted (IndexError); the others were")
    ]


def test_reopening_a_project_does_not_import_spacy(tmp_path: Path) -> None:
    """Showing a stored project must not pay for the NLP stack."""
    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys; from core.project import Project; "
        f"p = Project.open({str(tmp_path / 'p.entente')!r}); p.graph(); "
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def test_a_project_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Project.open(tmp_path / "no" / "such" / "p.entente")
    assert not (tmp_path / "no").exists()


def test_cancel_argument_stops_at_the_next_step_and_keeps_the_report(tmp_path: Path, articles: list[Path]) -> None:
    binary = tmp_path / "in" / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    extracted: list[int] = []

    def cancel_after_first_document() -> bool:
        return len(extracted) >= 1

    db = tmp_path / "p.entente"
    with Project.open(db) as project:
        report = project.add_all(
            [binary, *articles], cancel=cancel_after_first_document,
            progress=lambda step: extracted.append(step.done) if step.total and step.done else None,
        )  # fmt: skip
    assert report.cancelled
    assert [Path(p.path).name for p in report.problems] == ["binary.txt"], "refusals seen before the cancel are kept"
    assert [Path(d.path).name for d in report.added] == ["a.txt"]
    with Project.open(db) as project:
        assert [Path(d.path).name for d in project.documents()] == ["a.txt"]
        assert project.entities()


def test_a_project_in_a_folder_without_write_permission_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    db = tmp_path / "p.entente"
    db.write_bytes(b"")
    real = os.access

    def no_write_in_folder(path, mode, *args, **kwargs):  # tests run as root, where chmod cannot forbid
        if Path(path) == tmp_path and mode == os.W_OK:
            return False
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", no_write_in_folder)
    with pytest.raises(StoreError, match="no permission to write in"):
        Project.open(db)
