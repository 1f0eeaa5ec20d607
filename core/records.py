"""Read-side records a project hands to its callers (CLI, exporters, the desktop views).

They carry database ids, unlike ``core.model`` which describes one extraction before it is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.model import Family, Kind


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A stored document without its text (texts are fetched on demand)."""

    id: int
    sha256: str
    path: str
    title: str
    published: str | None  # the effective date: the analyst's when set, else the one read at ingest
    added_at: str
    date_origin: str = "machine"  # 'analyst' when the analyst set the date


@dataclass(frozen=True, slots=True)
class TextRef:
    """A span of one stored document: a mention or an evidence sentence."""

    doc_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EntityInfo:
    """One real-world thing across the whole project."""

    id: int
    name: str
    kind: Kind
    aliases: tuple[str, ...] = ()
    mentions: tuple[TextRef, ...] = ()
    origin: str = "machine"  # 'analyst' when the analyst made it (added, or split off)
    confirmed: bool = False  # the analyst stands behind it (made, named, typed, merged or confirmed it)
    notes: tuple[str, ...] = ()  # what the analyst did to it, oldest first, for the node panel

    @property
    def doc_ids(self) -> list[int]:
        """The documents that mention the entity, in id order."""
        return sorted({m.doc_id for m in self.mentions})


@dataclass(frozen=True, slots=True)
class RelationInfo:
    """One tie between two entities, with every sentence that states it."""

    id: int
    source: int
    target: int
    type: str
    family: Family
    evidence: tuple[TextRef, ...] = field(default_factory=tuple)
    origin: str = "machine"
    confirmed: bool = False
    notes: tuple[str, ...] = ()
    dated: str | None = None  # YYYY-MM-DD of a tie known on the analyst's note (one in an article takes its date)

    @property
    def doc_ids(self) -> list[int]:
        return sorted({e.doc_id for e in self.evidence})


# what an entity the analyst added with no article behind it, and a tie known from outside the articles, say in
# their notes (the panels and the exports read them there)
NO_MENTIONS = "no article mentions it"
NOTE_PREFIX = "the analyst's note: "


def analyst_note(notes: tuple[str, ...] | list[str]) -> str:
    """The analyst's own words on a tie stated by no article (the newest), or ""."""
    return next((n[len(NOTE_PREFIX):] for n in reversed(notes) if n.startswith(NOTE_PREFIX)), "")


def unmentioned(entity: EntityInfo) -> bool:
    """An entity the analyst added from outside the articles: no article mentions it."""
    return entity.origin == "analyst" and not entity.mentions
