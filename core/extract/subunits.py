"""A force named only as the owner of its sub-unit: "the Islamic Revolutionary Guard Corps (IRGC) Navy" and "the
Guards' Navy" name the navy, not the force beside it (the gold counts the unit alone). General unit words only."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.model import Kind

_UNITS = frozenset({"Navy", "Air Force", "Aerospace Force", "Ground Force", "Ground Forces", "Naval Forces",
                    "Quds Force", "Coast Guard", "Marines", "Air Defence", "Air Defense"})
_POSSESSIVES = frozenset({"'", "\u2019", "'s", "\u2019s"})


def _unit_at(doc: Doc, k: int) -> bool:
    return any(doc[k : k + n].text in _UNITS for n in (1, 2) if k + n <= len(doc))


def drop_unit_owners(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions without a body named only as its unit's owner, and without the acronym bracketed there."""
    by_start = {m.start: m for m in chosen if m.chars is None}
    dropped = set()
    for m in chosen:
        if m.kind is not Kind.PARTY or m.chars is not None or m.end + 1 >= len(doc):
            continue
        e = m.end
        bracketed = e + 3 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and doc[e + 1].is_upper
        if bracketed and _unit_at(doc, e + 3):
            dropped.add(id(m))
            inner = by_start.get(e + 1)
            if inner is not None and inner.end == e + 2:
                dropped.add(id(inner))
        elif doc[e].text in _POSSESSIVES and m.key is None and m.end - m.start <= 2 and _unit_at(doc, e + 1):
            unit = by_start.get(e + 1)
            if unit is not None and unit.kind is Kind.PARTY:
                dropped.add(id(m))  # "the Guards' Navy"
    return [m for m in chosen if id(m) not in dropped]
