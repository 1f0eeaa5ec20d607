"""Plain data passed between the pipeline stages (ingest → extract → resolve → store → graph → export).

Offsets are always character offsets into ``Document.text`` exactly as it was decoded, so that
``document.text[start:end] == text`` holds for every mention and every evidence span.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What an entity is; the four kinds the extraction contract allows."""

    STATE = "STATE"
    PARTY = "PARTY"
    OFFICIAL = "OFFICIAL"
    VESSEL = "VESSEL"


class Family(StrEnum):
    """The fixed relation families of the extraction contract."""

    LEADERSHIP = "LEADERSHIP"
    MEMBERSHIP = "MEMBERSHIP"
    DIPLOMACY = "DIPLOMACY"
    ALLIANCE = "ALLIANCE"
    HOSTILITY = "HOSTILITY"
    DEFECTION = "DEFECTION"
    AGREEMENT = "AGREEMENT"
    TRADE = "TRADE"
    ENFORCEMENT = "ENFORCEMENT"
    REPORTING = "REPORTING"
    ASSOCIATION = "ASSOCIATION"


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read: its decoded text is the reference for every offset."""

    sha256: str
    path: str
    title: str
    text: str
    published: str | None = None  # ISO date when the file states one
    # a PDF's pages: (page number, offset in ``text`` where the page starts) for each page with text
    pages: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a document's text; ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class LocalEntity:
    """One real-world thing as seen inside a single document (mentions already clustered)."""

    name: str
    kind: Kind
    mentions: list[Span] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LocalRelation:
    """A tie stated in one sentence; ``source``/``target`` index ``DocExtraction.entities``."""

    source: int
    target: int
    type: str
    family: Family
    evidence: Span


@dataclass(slots=True)
class DocExtraction:
    """Everything the NLP found in one document; what the store keeps so NLP never reruns."""

    entities: list[LocalEntity] = field(default_factory=list)
    relations: list[LocalRelation] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Problem:
    """A file that could not be used, with a one-line reason for the user."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
