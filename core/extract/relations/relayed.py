"""Outlets that carry another's report: '..., the KCNA reported, as cited by South Korea's Yonhap agency', 'X said,
as quoted by Reuters'. The outlet that relays a report reports what the report is about (gold r48: the citing agency
-> each party of the cited agency's report), as an outlet citing another does ('reported, citing Y')."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# Participles by which an outlet carries another's report: 'as cited by X', 'as quoted by X', 'as carried by X'.
_RELAYING = frozenset({"cite", "quote", "carry", "relay"})


def relaying_outlets(v: Token, prep_objects: Callable[[Token], set[int]], outlets: frozenset[int]) -> set[int]:
    """The outlets named as the agent of an 'as cited by' clause the reporting verb ``v`` carries."""
    out: set[int] = set()
    for c in v.children:
        if c.dep_ != "advcl" or c.lemma_.lower() not in _RELAYING:
            continue
        if not any(x.dep_ == "mark" and x.lower_ == "as" for x in c.children):
            continue
        for x in c.children:
            if x.dep_ == "agent":
                out |= set(prep_objects(x)) & outlets
    return out
