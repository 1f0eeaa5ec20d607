"""Titles shared out in order: 'the foreign ministers of A and B, X and Y' (or 'the A and B foreign ministers,
X and Y') makes X A's minister and Y B's, not each the minister of both. A plural title whose holders and states
are two lists of the same length pairs them in order, as 'respectively' would."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from core.model import Kind


def respective_pairs(
    r: Token, holders: frozenset[int], ents: frozenset[int], tok_ent: Sequence[int], kind: Callable[[int], Kind]
) -> list[tuple[int, int]] | None:
    """The (holder, state) pairs of a plural title ``r`` held by as many people as it names states, in the order
    they are written; None where the title is not such a shared-out list."""
    if r.tag_ not in ("NNS", "NNPS") or len(holders) < 2 or len(holders) != len(ents):
        return None
    if not all(kind(h) is Kind.OFFICIAL for h in holders) or not all(kind(e) is Kind.STATE for e in ents):
        return None
    near: dict[int, int] = {}  # each name's mention nearest the title ('Rome' earlier in the sentence is no list)
    for t in r.sent:
        ei = tok_ent[t.i]
        if (ei in holders or ei in ents) and (ei not in near or abs(t.i - r.i) < abs(near[ei] - r.i)):
            near[ei] = t.i
    if len(near) != len(holders) + len(ents):
        return None
    people = sorted(holders, key=near.__getitem__)
    states = sorted(ents, key=near.__getitem__)
    return list(zip(people, states, strict=True))
