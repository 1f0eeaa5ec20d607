"""Project files from elsewhere: checked before they are trusted, and never changed when refused."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from core.model import DocExtraction, Document, Kind, LocalEntity, Span
from core.project import Project
from core.store import SCHEMA_VERSION, Store, StoreError
from core.store_check import APPLICATION_ID


def small_project(path: Path) -> Path:
    """A real project with one document and one entity, written through the store (no NLP)."""
    text = "Cuba sent a delegation."
    store = Store.open(path)
    entity = LocalEntity(name="Cuba", kind=Kind.STATE, mentions=[Span(0, 4, "Cuba")])
    store.add_document(
        Document(path="a.txt", title="a", text=text, sha256="0" * 64, published=None),
        DocExtraction(entities=[entity], relations=[]),
    )
    store.close()
    with Project.open(path):  # resolves the network, as a real add does
        pass
    return path


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's bytes and the journal files beside it: what a refusal must leave as it was."""
    siblings = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path)
    return hashlib.sha256(path.read_bytes()).hexdigest(), siblings


def refused(path: Path, words: str) -> None:
    before = fingerprint(path)
    mtime = os.stat(path).st_mtime_ns
    with pytest.raises(StoreError) as info:
        Project.open(path)
    message = str(info.value)
    assert words in message, message
    assert "\n" not in message and len(message) < 400
    assert fingerprint(path) == before, "a refused file was changed"
    assert os.stat(path).st_mtime_ns == mtime


def test_a_new_project_carries_our_application_id_and_reopens(tmp_path: Path) -> None:
    path = small_project(tmp_path / "p.entente")
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    db.close()
    with Project.open(path) as project:
        assert [e.name for e in project.entities()] == ["Cuba"]


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE people (name TEXT, phone TEXT)")
    db.execute("INSERT INTO people VALUES ('Ada', '123')")
    db.commit()
    db.close()
    refused(path, "not an Entente project")
    db = sqlite3.connect(path)
    assert [r[0] for r in db.execute("SELECT name FROM sqlite_schema")] == ["people"], "our tables were added"
    db.close()


def test_a_database_with_another_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("PRAGMA application_id = 12345")
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    refused(path, "another program")


def test_a_newer_project_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = small_project(tmp_path / "p.entente")
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = DELETE")  # as a newer Entente might leave it: WAL must not be switched on
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    refused(path, "newer Entente")
    with path.open("rb") as handle:
        header = handle.read(20)
    assert header[18:20] == b"\x01\x01", "the journal mode in the header was changed to WAL"


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.entente"
    path.write_bytes(b"these are my notes, not a database" * 100)
    refused(path, "not a SQLite database")


def test_a_damaged_page_is_refused_in_one_line(tmp_path: Path) -> None:
    path = small_project(tmp_path / "p.entente")
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.close()
    data = bytearray(path.read_bytes())
    assert pages >= 3
    for page in range(1, pages):  # scribble over every page but the header page
        start = page * page_size
        data[start + 8 : start + page_size : 7] = bytes([0xA5]) * len(data[start + 8 : start + page_size : 7])
    path.write_bytes(bytes(data))
    refused(path, "damaged")


@pytest.mark.parametrize(
    ("what", "sql"),
    [
        ("trigger", "CREATE TRIGGER sneaky AFTER INSERT ON entities BEGIN DELETE FROM documents; END"),
        ("view", "CREATE VIEW everything AS SELECT * FROM documents"),
        ("table", "CREATE TABLE extra (x)"),
        ("index", "CREATE INDEX by_name ON entities(name)"),
    ],
)
def test_objects_added_by_someone_else_are_refused(tmp_path: Path, what: str, sql: str) -> None:
    path = small_project(tmp_path / "p.entente")
    db = sqlite3.connect(path)
    db.execute(sql)
    db.commit()
    db.close()
    refused(path, f"holds a {what} Entente does not make")


def test_a_wrong_schema_is_refused(tmp_path: Path) -> None:
    path = small_project(tmp_path / "p.entente")
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE entities ADD COLUMN secret TEXT")
    db.commit()
    db.close()
    refused(path, "is not as Entente makes it")


def _set(sql: str, *args: object) -> Callable[[sqlite3.Connection], None]:
    return lambda db: db.execute(sql, args)


@pytest.mark.parametrize(
    "damage",
    [
        _set("UPDATE entities SET name = ?", "x" * 10_000_000),  # a 10 MB entity name
        _set("UPDATE entities SET name = ?", b"\x00\xff binary"),
        _set("UPDATE entities SET kind = 'SPACESHIP'"),
        _set("UPDATE mentions SET start = 'twelve'"),
        _set("UPDATE documents SET published = ?", b"\x00" * 100),
        _set("UPDATE documents SET text = ?", b"\x89PNG"),
    ],
    ids=["10MB-name", "blob-name", "unknown-kind", "text-offset", "blob-date", "blob-text"],
)
def test_values_of_the_wrong_type_or_size_are_refused_not_crashed_on(
    tmp_path: Path, damage: Callable[[sqlite3.Connection], None]
) -> None:
    path = small_project(tmp_path / "p.entente")
    db = sqlite3.connect(path)
    damage(db)
    db.commit()
    db.close()
    refused(path, "damaged")


def test_an_empty_file_becomes_a_project(tmp_path: Path) -> None:
    path = tmp_path / "new.entente"
    path.touch()
    with Project.open(path) as project:
        assert project.entities() == []


def test_another_connection_committing_is_noticed(tmp_path: Path) -> None:
    path = small_project(tmp_path / "p.entente")
    reader = Store.open(path)
    before = reader.data_version()
    writer = Store.open(path)
    writer.add_document(
        Document(path="b.txt", title="b", text="Peru.", sha256="1" * 64, published=None), DocExtraction([], [])
    )
    writer.close()
    assert reader.data_version() != before
    assert reader.document_count() == 2
    reader.close()
