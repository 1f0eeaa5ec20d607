"""Named storms, not people: "Hurricane Milton", "Typhoon Haiyan", "Cyclone Freddy". A storm's kind written as a
title right before a given name (inside the name or just before it) names weather, never a person or a body."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.model import Kind

# storm kinds written before a storm's given name ('Storm' left out: "Storm Shadow" is a missile)
_KINDS = frozenset({"hurricane", "typhoon", "cyclone"})


def names_a_storm(doc: Doc, m: Mention) -> bool:
    """Does this person-or-body mention without a key start with, or follow, a storm's kind ("Hurricane Milton")?"""
    if m.key is not None or m.kind not in (Kind.PARTY, Kind.OFFICIAL):
        return False
    first = doc[m.start]
    if m.end - m.start > 1 and first.is_title and first.lower_ in _KINDS:
        return True
    before = doc[m.start - 1] if m.start > 0 else None
    return before is not None and before.is_title and before.lower_ in _KINDS
