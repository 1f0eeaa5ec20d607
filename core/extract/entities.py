"""Entities of one parsed document: spaCy's named entities mapped to the four kinds (baseline)."""

from __future__ import annotations

from spacy.tokens import Doc

from core.model import Kind, LocalEntity, Span

_LABELS = {"GPE": Kind.STATE, "NORP": Kind.STATE, "ORG": Kind.PARTY, "PERSON": Kind.OFFICIAL}


def find_entities(doc: Doc) -> list[LocalEntity]:
    by_name: dict[tuple[str, Kind], LocalEntity] = {}
    for ent in doc.ents:
        kind = _LABELS.get(ent.label_)
        if kind is None:
            continue
        key = (ent.text, kind)
        entity = by_name.setdefault(key, LocalEntity(name=ent.text, kind=kind))
        entity.mentions.append(Span(ent.start_char, ent.end_char, ent.text))
    return list(by_name.values())
