"""A body and the building that stands for it, both named in one article: "the US Department of Defense" and "the
Pentagon" are one body there. General knowledge only (the pairs in the lexicon's "seat_names"); joined only where
the article names both, so an article that writes one of them alone is unchanged."""

from __future__ import annotations

from core.extract.kb import knowledge, lookup
from core.model import Kind, LocalEntity


def _names(e: LocalEntity) -> set[str]:
    out = {e.name}
    for m in e.mentions:
        term = lookup(m.text)
        if term is not None and term.kind is Kind.PARTY:
            out.add(term.name)
    return out


def join_seats(entities: list[LocalEntity]) -> list[LocalEntity]:
    """``entities`` with a body written both by its seat's name and by its own name as one entity (the first)."""
    seats: dict[str, str] = knowledge().lexicon["seat_names"]
    bodies = [e for e in entities if e.kind is Kind.PARTY]
    gone: set[int] = set()
    for seat, body in seats.items():
        a = [e for e in bodies if seat in _names(e)]
        b = [e for e in bodies if body in _names(e) and seat not in _names(e)]
        if len(a) != 1 or len(b) != 1:
            continue
        first, second = sorted((a[0], b[0]), key=lambda e: e.mentions[0].start)
        first.mentions = sorted(first.mentions + second.mentions, key=lambda m: m.start)
        gone.add(id(second))
    return [e for e in entities if id(e) not in gone]
