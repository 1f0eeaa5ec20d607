"""Cross-document resolution: the local entities of every document → one entity per real thing (baseline)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from core.model import DocExtraction, Kind


@dataclass(slots=True)
class ResolvedEntity:
    """A project-wide entity and the local entities (doc id, index in that document) it gathers."""

    name: str
    kind: Kind
    aliases: list[str] = field(default_factory=list)
    members: list[tuple[int, int]] = field(default_factory=list)


def resolve(extractions: Sequence[tuple[int, DocExtraction]]) -> list[ResolvedEntity]:
    by_key: dict[tuple[str, Kind], ResolvedEntity] = {}
    for doc_id, extraction in extractions:
        for index, local in enumerate(extraction.entities):
            key = (local.name.casefold(), local.kind)
            entity = by_key.setdefault(key, ResolvedEntity(name=local.name, kind=local.kind))
            entity.members.append((doc_id, index))
            for m in local.mentions:
                if m.text not in entity.aliases:
                    entity.aliases.append(m.text)
    return list(by_key.values())
