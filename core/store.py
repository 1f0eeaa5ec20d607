"""SQLite storage of a project: documents, per-document extractions, and the resolved network.

Per-document extractions are the expensive part (NLP) and are kept forever; the resolved entities and
relations are derived from them and replaced wholesale after each add, which is cheap. Each document is
written in its own transaction, so a killed process loses at most the document in flight.
"""

from __future__ import annotations

import functools
import math
import os
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from core import store_check
from core.merge import MergedRelation
from core.model import DocExtraction, Document, Family, Kind, LocalEntity, LocalRelation, Span
from core.records import DocumentInfo, EntityInfo, RelationInfo, TextRef
from core.resolve import ResolvedEntity

SCHEMA_VERSION = 2

_SCHEMA_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    published TEXT,
    added_at TEXT NOT NULL
);
CREATE TABLE local_entities (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    UNIQUE (doc_id, idx)
);
CREATE TABLE mentions (
    local_entity INTEGER NOT NULL REFERENCES local_entities(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_by_entity ON mentions(local_entity);
CREATE TABLE local_relations (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source INTEGER NOT NULL,
    target INTEGER NOT NULL,
    type TEXT NOT NULL,
    family TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX local_relations_by_doc ON local_relations(doc_id);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE TABLE entity_aliases (
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL
);
CREATE TABLE entity_members (
    local_entity INTEGER PRIMARY KEY REFERENCES local_entities(id) ON DELETE CASCADE,
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
);
CREATE TABLE relations (
    id INTEGER PRIMARY KEY,
    source INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    target INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    family TEXT NOT NULL
);
CREATE TABLE relation_evidence (
    relation INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX evidence_by_relation ON relation_evidence(relation);
"""

_SCHEMA_V2 = """
-- pages of long documents
CREATE TABLE document_pages (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    start INTEGER NOT NULL,
    PRIMARY KEY (doc_id, start)
);

-- analyst edits (issue 8): the ordered log replayed over every resolution; undone rows are the redo stack
CREATE TABLE edits (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    op TEXT NOT NULL,
    args TEXT NOT NULL,
    new_entity INTEGER,
    undone INTEGER NOT NULL DEFAULT 0
);

-- analysis cache
CREATE TABLE analysis_cache (
    key TEXT PRIMARY KEY,  -- what was computed, over which ties
    network TEXT NOT NULL,  -- fingerprint of the network it was computed on: another one makes it stale
    value TEXT NOT NULL  -- JSON
);

-- layout cache (graph-scale): where each entity is drawn, and the graph and method that layout was made for
CREATE TABLE layout_positions (
    entity INTEGER PRIMARY KEY,
    x REAL NOT NULL,
    y REAL NOT NULL
);
CREATE TABLE layout_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    graph_key TEXT NOT NULL,
    method TEXT NOT NULL
);
"""

# version reached -> script that takes a database from the version before to it
_MIGRATIONS: dict[int, str] = {1: _SCHEMA_V1, 2: _SCHEMA_V2}


@functools.cache
def _known_schemas() -> dict[int, dict[str, dict[str, object]]]:
    """The tables, indexes and columns a project of each schema version has, to compare a file against."""
    return {v: store_check.expected_schema([_MIGRATIONS[n] for n in range(1, v + 1)]) for v in _MIGRATIONS}


class StoreError(Exception):
    """A project file that cannot be used; the message is meant for the user."""


class Store:
    """One open project file. Not shared between threads: each thread opens its own."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection
        self._own_writes = 0

    @classmethod
    def open(cls, path: Path) -> Store:
        if path.is_dir():
            raise StoreError(f"{path}: is a folder, not a project file")
        if not path.parent.is_dir():
            raise StoreError(f"{path}: the folder {path.parent} does not exist")
        if path.exists() and not os.access(path, os.W_OK):
            raise StoreError(f"{path}: the project file is read-only")
        if not os.access(path.parent, os.W_OK):  # the journal files live beside the project
            raise StoreError(f"{path}: no permission to write in {path.parent}")
        try:
            # checked read-only first: a file that is refused is never changed, not even its header
            store_check.inspect(path, SCHEMA_VERSION, _known_schemas())
        except store_check.FileRefused as exc:
            raise StoreError(f"{path}: {exc}") from exc
        try:
            # autocommit: every write opens its own explicit transaction (see _Transaction)
            db = sqlite3.connect(path, timeout=30, isolation_level=None)
            db.execute("PRAGMA trusted_schema = OFF")
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")  # readers (the window) never wait on a writer (the worker)
            store = cls(path, db)
            store._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not an Entente project ({exc})") from exc
        return store

    def data_version(self) -> int:
        """A number that changes when another connection (another process) commits to the project."""
        return self._db.execute("PRAGMA data_version").fetchone()[0]

    def document_count(self) -> int:
        return self._db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: made by a newer Entente (schema {version}); please update Entente")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            self._db.executescript("BEGIN;" + _MIGRATIONS[target] + f"PRAGMA user_version = {target}; COMMIT;")
        if self._db.execute("PRAGMA application_id").fetchone()[0] != store_check.APPLICATION_ID:
            self._db.execute(f"PRAGMA application_id = {store_check.APPLICATION_ID}")

    def _write(self, work: str) -> _Transaction:
        self._own_writes += 1
        return _Transaction(self._db, work)

    def generation(self) -> tuple[int, int]:
        """Changes whenever this connection or another one has written: the key for caches of what is read."""
        return self._db.execute("PRAGMA data_version").fetchone()[0], self._own_writes

    # -- documents and their extractions ---------------------------------------------------------

    def find_document(self, sha256: str) -> DocumentInfo | None:
        row = self._db.execute(
            "SELECT id, sha256, path, title, published, added_at FROM documents WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return DocumentInfo(*row) if row else None

    def add_document(self, document: Document, extraction: DocExtraction) -> DocumentInfo:
        added_at = datetime.now(UTC).isoformat(timespec="seconds")
        with self._write(f"saving {document.path}") as db:
            cur = db.execute(
                "INSERT INTO documents (sha256, path, title, text, published, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                (document.sha256, document.path, document.title, document.text, document.published, added_at),
            )
            doc_id = cur.lastrowid
            db.executemany(
                "INSERT INTO document_pages (doc_id, page, start) VALUES (?, ?, ?)",
                [(doc_id, page, start) for page, start in document.pages],
            )
            for idx, entity in enumerate(extraction.entities):
                row = db.execute(
                    "INSERT INTO local_entities (doc_id, idx, name, kind) VALUES (?, ?, ?, ?)",
                    (doc_id, idx, entity.name, str(entity.kind)),
                ).lastrowid
                db.executemany(
                    "INSERT INTO mentions (local_entity, start, end, text) VALUES (?, ?, ?, ?)",
                    [(row, m.start, m.end, m.text) for m in entity.mentions],
                )
            db.executemany(
                "INSERT INTO local_relations (doc_id, source, target, type, family, start, end, text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (doc_id, r.source, r.target, r.type, str(r.family), r.evidence.start, r.evidence.end,
                     r.evidence.text)
                    for r in extraction.relations
                ],
            )
        return DocumentInfo(doc_id, document.sha256, document.path, document.title, document.published, added_at)

    def documents(self) -> list[DocumentInfo]:
        rows = self._db.execute("SELECT id, sha256, path, title, published, added_at FROM documents ORDER BY id")
        return [DocumentInfo(*row) for row in rows]

    def document_text(self, doc_id: int) -> str:
        row = self._db.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return row[0]

    def page_at(self, doc_id: int, offset: int) -> int | None:
        """The page (of a PDF) on which character ``offset`` of a document stands; None when pages are not known."""
        row = self._db.execute(
            "SELECT page FROM document_pages WHERE doc_id = ? AND start <= ? ORDER BY start DESC LIMIT 1",
            (doc_id, offset),
        ).fetchone()
        return row[0] if row and isinstance(row[0], int) else None  # a file from elsewhere may hold anything

    def local_extractions(self) -> list[tuple[int, DocExtraction]]:
        """Every stored per-document extraction, as the extractor produced it."""
        entities: dict[int, list[LocalEntity]] = defaultdict(list)
        by_row: dict[int, LocalEntity] = {}
        for row, doc_id, name, kind in self._db.execute(
            "SELECT id, doc_id, name, kind FROM local_entities ORDER BY doc_id, idx"
        ):
            entity = LocalEntity(name=name, kind=Kind(kind))
            entities[doc_id].append(entity)
            by_row[row] = entity
        for row, start, end, text in self._db.execute(
            "SELECT local_entity, start, end, text FROM mentions ORDER BY rowid"
        ):
            by_row[row].mentions.append(Span(start, end, text))
        relations: dict[int, list[LocalRelation]] = defaultdict(list)
        for doc_id, source, target, type_, family, start, end, text in self._db.execute(
            "SELECT doc_id, source, target, type, family, start, end, text FROM local_relations ORDER BY rowid"
        ):
            relations[doc_id].append(LocalRelation(source, target, type_, Family(family), Span(start, end, text)))
        doc_ids = [row[0] for row in self._db.execute("SELECT id FROM documents ORDER BY id")]
        return [(d, DocExtraction(entities[d], relations[d])) for d in doc_ids]

    # -- the resolved network --------------------------------------------------------------------

    def replace_resolution(self, entities: Sequence[ResolvedEntity], relations: Sequence[MergedRelation]) -> None:
        """Store a new resolution, keeping the ids of entities that gather the same local entities as before.

        Stable ids let the window keep node positions when a document is added.
        """
        with self._write("saving the network") as db:
            local_row = {
                (doc_id, idx): row for row, doc_id, idx in db.execute("SELECT id, doc_id, idx FROM local_entities")
            }
            # ids the analyst's edits gave to entities they made are never handed to the machine's
            reserved = db.execute("SELECT max(new_entity) FROM edits").fetchone()[0] or 0
            ids = _stable_ids(
                entities, local_row, dict(db.execute("SELECT local_entity, entity FROM entity_members")), reserved
            )
            db.execute("DELETE FROM relation_evidence")
            db.execute("DELETE FROM relations")
            db.execute("DELETE FROM entity_members")
            db.execute("DELETE FROM entity_aliases")
            db.execute("DELETE FROM entities")
            for entity, row in zip(entities, ids, strict=True):
                db.execute(
                    "INSERT INTO entities (id, name, kind) VALUES (?, ?, ?)", (row, entity.name, str(entity.kind))
                )
                db.executemany(
                    "INSERT INTO entity_aliases (entity, alias) VALUES (?, ?)", [(row, a) for a in entity.aliases]
                )
                db.executemany(
                    "INSERT INTO entity_members (local_entity, entity) VALUES (?, ?)",
                    [(local_row[m], row) for m in entity.members if m in local_row],
                )
            for relation in relations:
                rel_id = db.execute(
                    "INSERT INTO relations (source, target, type, family) VALUES (?, ?, ?, ?)",
                    (ids[relation.source], ids[relation.target], relation.type, str(relation.family)),
                ).lastrowid
                db.executemany(
                    "INSERT INTO relation_evidence (relation, doc_id, start, end, text) VALUES (?, ?, ?, ?, ?)",
                    [(rel_id, doc_id, s.start, s.end, s.text) for doc_id, s in relation.evidence],
                )

    def resolution_is_stale(self) -> bool:
        """True when some stored document is not yet part of the network (its add was cut short)."""
        return (
            self._db.execute(
                "SELECT 1 FROM local_entities le LEFT JOIN entity_members em ON em.local_entity = le.id "
                "WHERE em.local_entity IS NULL LIMIT 1"
            ).fetchone()
            is not None
        )

    def entities(self, only: int | None = None) -> list[EntityInfo]:
        """Every entity, or the one with id ``only``."""
        where, args = ("WHERE {} = ?", (only,)) if only is not None else ("", ())
        aliases: dict[int, list[str]] = defaultdict(list)
        for entity, alias in self._db.execute(
            f"SELECT entity, alias FROM entity_aliases {where.format('entity')} ORDER BY rowid", args
        ):
            aliases[entity].append(alias)
        mentions: dict[int, list[TextRef]] = defaultdict(list)
        for entity, doc_id, start, end, text in self._db.execute(
            "SELECT em.entity, le.doc_id, m.start, m.end, m.text FROM mentions m "
            "JOIN local_entities le ON le.id = m.local_entity "
            f"JOIN entity_members em ON em.local_entity = le.id {where.format('em.entity')} "
            "ORDER BY le.doc_id, m.start",
            args,
        ):
            mentions[entity].append(TextRef(doc_id, start, end, text))
        return [
            EntityInfo(row, name, Kind(kind), tuple(aliases[row]), tuple(mentions[row]))
            for row, name, kind in self._db.execute(
                f"SELECT id, name, kind FROM entities {where.format('id')} ORDER BY id", args
            )
        ]

    def entity(self, entity_id: int) -> EntityInfo:
        found = self.entities(only=entity_id)
        if not found:
            raise KeyError(entity_id)
        return found[0]

    def relations(self, only: int | None = None) -> list[RelationInfo]:
        """Every relation, or the one with id ``only``."""
        where, args = ("WHERE {} = ?", (only,)) if only is not None else ("", ())
        evidence: dict[int, list[TextRef]] = defaultdict(list)
        for relation, doc_id, start, end, text in self._db.execute(
            f"SELECT relation, doc_id, start, end, text FROM relation_evidence {where.format('relation')} "
            "ORDER BY relation, doc_id, start",
            args,
        ):
            evidence[relation].append(TextRef(doc_id, start, end, text))
        return [
            RelationInfo(row, source, target, type_, Family(family), tuple(evidence[row]))
            for row, source, target, type_, family in self._db.execute(
                f"SELECT id, source, target, type, family FROM relations {where.format('id')} ORDER BY id", args
            )
        ]

    def relation(self, relation_id: int) -> RelationInfo:
        found = self.relations(only=relation_id)
        if not found:
            raise KeyError(relation_id)
        return found[0]

    def members(self) -> dict[int, list[tuple[int, int]]]:
        """Entity id -> the local entities (doc id, index in that document) the machine's resolution gathered."""
        out: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for entity, doc_id, idx in self._db.execute(
            "SELECT em.entity, le.doc_id, le.idx FROM entity_members em "
            "JOIN local_entities le ON le.id = em.local_entity ORDER BY le.doc_id, le.idx"
        ):
            out[entity].append((doc_id, idx))
        return out

    def resolution_key(self) -> tuple[int, ...]:
        """Changes when documents or the machine's resolution change (not when edits are logged)."""
        docs = self._db.execute("SELECT count(*), coalesce(max(id), 0) FROM documents").fetchone()
        ents = self._db.execute("SELECT count(*), coalesce(sum(id), 0) FROM entities").fetchone()
        members = self._db.execute("SELECT count(*), coalesce(sum(entity * local_entity), 0) FROM entity_members")
        rels = self._db.execute("SELECT count(*), coalesce(max(id), 0) FROM relations").fetchone()
        return (*docs, *ents, *members.fetchone(), *rels)

    def texts(self) -> dict[int, str]:
        return dict(self._db.execute("SELECT id, text FROM documents"))

    # -- the analyst's edits ---------------------------------------------------------------------

    def edits(self) -> list[tuple[int, str, str, str, int | None, bool]]:
        """Every logged edit, oldest first: (id, at, op, args as JSON, new entity id, undone)."""
        return [
            (row, at, op, args, new, bool(undone))
            for row, at, op, args, new, undone in self._db.execute(
                "SELECT id, at, op, args, new_entity, undone FROM edits ORDER BY id"
            )
        ]

    def max_edit_entity(self) -> int:
        return self._db.execute("SELECT max(new_entity) FROM edits").fetchone()[0] or 0

    def next_edit_id(self) -> int:
        """The id the next logged edit gets (undone edits are dropped first, so they do not count)."""
        return self._db.execute("SELECT coalesce(max(id), 0) + 1 FROM edits WHERE undone = 0").fetchone()[0]

    def add_edit(self, op: str, args: str, new_entity: int | None) -> tuple[int, str]:
        """Log one edit in one transaction; what was undone before it can no longer be redone."""
        at = datetime.now(UTC).isoformat(timespec="seconds")
        with self._write("saving the edit") as db:
            db.execute("DELETE FROM edits WHERE undone = 1")
            row = db.execute(
                "INSERT INTO edits (at, op, args, new_entity) VALUES (?, ?, ?, ?)", (at, op, args, new_entity)
            ).lastrowid
        return row, at

    def undo_edit(self) -> int | None:
        """Mark the newest active edit undone; its id, or None when there is nothing to undo."""
        with self._write("undoing the edit") as db:
            row = db.execute("SELECT max(id) FROM edits WHERE undone = 0").fetchone()[0]
            if row is not None:
                db.execute("UPDATE edits SET undone = 1 WHERE id = ?", (row,))
        return row

    def redo_edit(self) -> int | None:
        """Bring back the oldest undone edit; its id, or None when there is nothing to redo."""
        with self._write("redoing the edit") as db:
            row = db.execute("SELECT min(id) FROM edits WHERE undone = 1").fetchone()[0]
            if row is not None:
                db.execute("UPDATE edits SET undone = 0 WHERE id = ?", (row,))
        return row

    # -- the analysis cache ----------------------------------------------------------------------

    def cached(self, key: str, network: str) -> str | None:
        """The JSON stored under ``key`` for the network with fingerprint ``network``, if any."""
        row = self._db.execute(
            "SELECT value FROM analysis_cache WHERE key = ? AND network = ?", (key, network)
        ).fetchone()
        return row[0] if row else None

    def cache(self, key: str, network: str, value: str) -> None:
        """Keep ``value`` for ``key``; entries computed on another network go (they can never be read again)."""
        with self._write("saving an analysis") as db:
            db.execute("DELETE FROM analysis_cache WHERE network != ?", (network,))
            db.execute("INSERT OR REPLACE INTO analysis_cache (key, network, value) VALUES (?, ?, ?)",
                       (key, network, value))

    # -- the layout cache ----------------------------------------------------------------------

    def layout(self) -> tuple[str, str, dict[int, tuple[float, float]]]:
        """The stored layout: its graph key, its method and each entity's position (empty when none)."""
        state = self._db.execute("SELECT graph_key, method FROM layout_state WHERE id = 1").fetchone()
        positions = {
            int(entity): (float(x), float(y))
            for entity, x, y in self._db.execute("SELECT entity, x, y FROM layout_positions")
            if isinstance(entity, int) and isinstance(x, int | float) and isinstance(y, int | float)
            and math.isfinite(x) and math.isfinite(y)
        }
        key, method = (str(state[0]), str(state[1])) if state else ("", "")
        return key, method, positions

    def save_layout(self, graph_key: str, method: str, positions: dict[int, tuple[float, float]]) -> None:
        """Replace the stored layout (positions of entities no longer in the network go with it)."""
        with self._write("saving the layout") as db:
            db.execute("DELETE FROM layout_positions")
            db.executemany(
                "INSERT INTO layout_positions (entity, x, y) VALUES (?, ?, ?)",
                [(int(n), float(x), float(y)) for n, (x, y) in sorted(positions.items())],
            )
            db.execute(
                "INSERT OR REPLACE INTO layout_state (id, graph_key, method) VALUES (1, ?, ?)", (graph_key, method)
            )

    def mentions_in(self, doc_id: int) -> list[tuple[int, int, int]]:
        return self._db.execute(
            "SELECT em.entity, m.start, m.end FROM mentions m JOIN local_entities le ON le.id = m.local_entity "
            "JOIN entity_members em ON em.local_entity = le.id WHERE le.doc_id = ? ORDER BY m.start",
            (doc_id,),
        ).fetchall()


_DISK_ERRORS = {
    "SQLITE_FULL": "the disk is full",
    "SQLITE_IOERR": "the disk could not be written",
    "SQLITE_READONLY": "the project file is read-only",
    "SQLITE_CORRUPT": "the project file is damaged",
}


def _stable_ids(
    entities: Sequence[ResolvedEntity],
    local_row: dict[tuple[int, int], int],
    old_entity_of: dict[int, int],
    reserved: int = 0,
) -> list[int]:
    """An id per resolved entity: the old id it shares most local entities with, else a never-used one.

    Largest overlaps are matched first, so a small fragment split off an entity cannot take its id; new
    entities get ids above every old one, so a deleted entity's id never comes back as someone else.
    """
    overlaps: list[tuple[int, int, int]] = []
    for index, entity in enumerate(entities):
        votes: dict[int, int] = defaultdict(int)
        for member in entity.members:
            old = old_entity_of.get(local_row.get(member, -1))
            if old is not None:
                votes[old] += 1
        overlaps.extend((count, old, index) for old, count in votes.items())
    ids: list[int | None] = [None] * len(entities)
    taken: set[int] = set()
    for _, old, index in sorted(overlaps, key=lambda o: (-o[0], o[1], o[2])):
        if ids[index] is None and old not in taken:
            ids[index] = old
            taken.add(old)
    next_id = max([*old_entity_of.values(), *taken, reserved], default=0) + 1
    final = []
    for wanted in ids:
        if wanted is None:
            wanted, next_id = next_id, next_id + 1
        final.append(wanted)
    return final


class _Transaction:
    """``with`` block that commits or rolls back, telling a full disk apart from a bug."""

    def __init__(self, db: sqlite3.Connection, work: str) -> None:
        self._db = db
        self._work = work

    def __enter__(self) -> sqlite3.Connection:
        self._db.execute("BEGIN IMMEDIATE")
        return self._db

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc_type is None:
            try:
                self._db.commit()
                return
            except sqlite3.Error as commit_error:
                exc = commit_error
        if self._db.in_transaction:
            self._db.rollback()
        if isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorname", "") in _DISK_ERRORS:
            raise StoreError(f"{_DISK_ERRORS[exc.sqlite_errorname]} while {self._work}") from exc
        if exc_type is None:
            raise exc
