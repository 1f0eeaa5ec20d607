"""The network as an i2 Analyst's Notebook link table (``.i2.csv``): one row per tie, both ends and the evidence.

Columns (the import specification maps them; see the README): ``Entity 1 Identity``, ``Entity 1 Type``,
``Entity 1 Label``, ``Entity 2 Identity``, ``Entity 2 Type``, ``Entity 2 Label``, ``Link Type``, ``Link Label``,
``Link Direction``, ``Date`` (the earliest dated article stating the tie, ``YYYY-MM-DD``), ``Description``
(every evidence sentence with the article it comes from) and ``Source`` (the articles' titles).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path, PurePath

from core import style
from core.records import DocumentInfo, EntityInfo, RelationInfo, analyst_note

COLUMNS = (
    "Entity 1 Identity", "Entity 1 Type", "Entity 1 Label", "Entity 2 Identity", "Entity 2 Type", "Entity 2 Label",
    "Link Type", "Link Label", "Link Direction", "Date", "Description", "Source",
)  # fmt: skip
# i2 entity types: the names of its standard palette closest to our kinds
ENTITY_TYPES = {"STATE": "Country", "PARTY": "Organisation", "OFFICIAL": "Person", "VESSEL": "Vessel"}
MAX_DESCRIPTION = 30_000  # i2 cuts long text cells; the article list in Source says where the rest is


def _cell(value: str) -> str:
    """Article text must not become a formula when the table is opened in a spreadsheet first."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def rows(
    documents: Iterable[DocumentInfo], entities: Iterable[EntityInfo], relations: Iterable[RelationInfo]
) -> Iterable[list[str]]:
    docs = {d.id: d for d in documents}
    people = {e.id: e for e in entities}
    for r in relations:
        if r.source not in people or r.target not in people:
            continue
        a, b = people[r.source], people[r.target]
        sentences = []
        for ref in r.evidence:
            doc = docs.get(ref.doc_id)
            where = doc.title if doc else f"document {ref.doc_id}"
            sentences.append(f"“{' '.join(ref.text.split())}” ({where})")
        if not sentences and (note := analyst_note(r.notes)):
            sentences.append(f"{note} (the analyst's note)")
        description = "\n".join(sentences)
        if len(description) > MAX_DESCRIPTION:
            description = description[:MAX_DESCRIPTION].rsplit("\n", 1)[0] + "\n…"
        dated = sorted(docs[d].published[:10] for d in r.doc_ids if d in docs and docs[d].published)
        if not r.evidence and r.dated:
            dated = [r.dated]  # a tie on the analyst's note, dated by the analyst
        sources = [f"{docs[d].title} [{PurePath(docs[d].path).name}]" for d in r.doc_ids if d in docs]
        directed = style.family_style(str(r.family)).directed
        row = [
            f"e{a.id}", ENTITY_TYPES.get(str(a.kind), "Entity"), a.name,
            f"e{b.id}", ENTITY_TYPES.get(str(b.kind), "Entity"), b.name,
            style.family_style(str(r.family)).label, r.type, "Directed" if directed else "None",
            dated[0] if dated else "", description, "; ".join(sources),
        ]  # fmt: skip
        yield [_cell(str(v)) for v in row]


def write(
    path: Path, documents: Iterable[DocumentInfo], entities: Iterable[EntityInfo], relations: Iterable[RelationInfo]
) -> None:
    # UTF-8 with a byte order mark: i2 and spreadsheets then read names in any script correctly
    with Path(path).open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        writer.writerows(rows(documents, entities, relations))
