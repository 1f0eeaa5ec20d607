"""Check a project file before trusting it: read-only, so a file that is refused is never changed.

A project may come from someone else. SQLite's own advice for files of unknown origin ("defense against the dark
arts") is followed: the file is opened read-only with ``trusted_schema`` off, its header and ``quick_check`` are
read, its ``application_id`` and schema version must be ours, and its tables, columns, indexes, triggers and views
must be exactly the ones Entente makes. Values of the wrong type or of absurd size are refused too, so that no
later reader (the window, an export) meets them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.model import Family, Kind

# "ENTE" read as a big-endian integer: tells our files from any other program's SQLite database
APPLICATION_ID = 0x454E5445
SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_NAME = 10_000  # characters of an entity name, alias, title or type; more is not a name but a damaged file
KINDS = tuple(str(k) for k in Kind)
FAMILIES = tuple(str(f) for f in Family)


class FileRefused(Exception):
    """The file is not one to open as a project; the message is one line for the user."""


def expected_schema(scripts: list[str]) -> dict[str, dict[str, object]]:
    """``{name: {"type": ..., "columns": [...]}}`` of the objects the migration ``scripts`` create."""
    db = sqlite3.connect(":memory:")
    try:
        for script in scripts:
            db.executescript(script)
        return _schema(db)
    finally:
        db.close()


def _schema(db: sqlite3.Connection) -> dict[str, dict[str, object]]:
    objects: dict[str, dict[str, object]] = {}
    for kind, name in db.execute(
        "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall():
        columns = []
        if kind == "table":
            columns = [(row[1], row[2].upper()) for row in db.execute(f"PRAGMA table_info({_quote(name)})")]
        objects[name] = {"type": kind, "columns": columns}
    return objects


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def inspect(path: Path, newest: int, schemas: dict[int, dict[str, dict[str, object]]]) -> int:
    """The schema version of the project at ``path`` (0: empty, to be created); ``FileRefused`` otherwise.

    ``schemas`` maps each version Entente ever wrote to the objects it has; ``newest`` is this Entente's version.
    Nothing is written: the connection is read-only and takes no journal of its own.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return 0
    if size == 0:
        return 0
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise FileRefused("not an Entente project (not a SQLite database)")
    # with no journal beside it the file is read as immutable: no lock, no -wal/-shm files left behind; with one
    # (another process has it open, or one was killed) the journal's commits must be read too
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise FileRefused(f"cannot be read ({exc})") from exc
    try:
        return _inspect(db, newest, schemas)
    except sqlite3.DatabaseError as exc:
        raise FileRefused(f"the project file is damaged ({exc})") from exc
    finally:
        db.close()


def _inspect(db: sqlite3.Connection, newest: int, schemas: dict[int, dict[str, dict[str, object]]]) -> int:
    db.execute("PRAGMA trusted_schema = OFF")  # nothing in the file may run our functions or its own SQL freely
    db.execute("PRAGMA cell_size_check = ON")
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    version = db.execute("PRAGMA user_version").fetchone()[0]
    found = _schema(db)
    if app_id not in (0, APPLICATION_ID):
        raise FileRefused("not an Entente project (a database of another program)")
    if not found and version == 0:
        return 0  # an empty database: ours to fill
    if version > newest:
        raise FileRefused(f"made by a newer Entente (schema {version}); please update Entente")
    expected = schemas.get(version)
    if expected is None or (app_id == 0 and version != 1):  # version 1 files predate the application id
        raise FileRefused("not an Entente project (a database of another program)")
    result = db.execute("PRAGMA quick_check").fetchall()
    if result != [("ok",)]:
        raise FileRefused(f"the project file is damaged ({result[0][0]})")
    _compare(found, expected)
    _check_values(db)
    return version


def _compare(found: dict[str, dict[str, object]], expected: dict[str, dict[str, object]]) -> None:
    missing = sorted(set(expected) - set(found))
    extra = sorted(set(found) - set(expected))
    if extra:
        kind = found[extra[0]]["type"]
        raise FileRefused(f"the project file holds a {kind} Entente does not make ({extra[0]!r}); not opened")
    if missing:
        raise FileRefused(f"not an Entente project, or a damaged one (no {missing[0]!r})")
    for name, want in expected.items():
        if found[name] != want:
            raise FileRefused(f"the project file's {want['type']} {name!r} is not as Entente makes it")


# every stored value that a reader turns into text, numbers or a kind: (table, column, SQL that finds a bad one)
_VALUE_CHECKS = [
    *[
        (table, column, f"typeof({column}) != 'text' OR length({column}) > {MAX_NAME}")
        for table, column in [
            ("local_entities", "name"), ("local_entities", "kind"), ("entities", "name"), ("entities", "kind"),
            ("entity_aliases", "alias"), ("relations", "type"), ("relations", "family"), ("local_relations", "type"),
            ("local_relations", "family"), ("documents", "title"), ("documents", "path"),
        ]
    ],
    ("documents", "text", "typeof(text) != 'text'"),
    ("documents", "published", "published IS NOT NULL AND (typeof(published) != 'text' OR length(published) > 40)"),
    ("entities", "kind", "kind NOT IN ({})".format(", ".join(f"'{k}'" for k in KINDS))),
    ("local_entities", "kind", "kind NOT IN ({})".format(", ".join(f"'{k}'" for k in KINDS))),
    *[
        (table, "family", "family NOT IN ({})".format(", ".join(f"'{f}'" for f in FAMILIES)))
        for table in ("relations", "local_relations")
    ],
    *[
        (table, "start", "typeof(start) != 'integer' OR typeof(end) != 'integer' OR start < 0 OR end < start")
        for table in ("mentions", "local_relations", "relation_evidence")
    ],
    *[(table, "text", "typeof(text) != 'text'") for table in ("mentions", "local_relations", "relation_evidence")],
]


def _check_values(db: sqlite3.Connection) -> None:
    for table, column, bad in _VALUE_CHECKS:
        if db.execute(f"SELECT 1 FROM {table} WHERE {bad} LIMIT 1").fetchone():
            raise FileRefused(f"the project file is damaged (a value in {table}.{column} is not valid)")
