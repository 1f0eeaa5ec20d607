"""An outlet a person tells something, named as a modifier of the noun told: 'X told Reuters Y was safe' (the
outlet parsed as a modifier of the person told about), 'told the BBC Burmese service that ...' (of the outlet's
service or section). The outlet stands right after the verb or after its article only: 'told the family of a
Reuters reporter' is no outlet told."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token


def told_modifiers(v: Token, told: Token, tok_ent: Sequence[int], outlets: frozenset[int]) -> set[int]:
    """Outlets named as a compound of ``told`` (the object of 'tell' ``v``), next to the verb or its article."""
    doc = v.doc
    out: set[int] = set()
    for x in doc[v.i + 1 : told.i]:
        if x.pos_ != "DET":
            y = x
            while y.dep_ == "compound" and y.i < y.head.i <= told.i:
                y = y.head  # 'the BBC Burmese section': through the modifiers before the noun told
            if y.i == told.i and tok_ent[x.i] in outlets:
                out.add(tok_ent[x.i])
            break
    return out
