"""Lists in a reported clause the parser breaks up. A subject that lists its parties after 'of' and goes on past
it: 'X said representatives of A and B, C and D took part', parsed with C and D conjoined to 'representatives'
itself (the named conjuncts alone are not the whole list: gold r88, the speaker reports all four)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token


def listed_after_of(t: Token, tok_ent: Sequence[int], den: Callable[[Token], frozenset[int]]) -> bool:
    """``t`` names nobody itself, holds an 'of' phrase and has named conjuncts hung on it."""
    if tok_ent[t.i] >= 0 or den(t):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return False
    return any(c.dep_ == "conj" and tok_ent[c.i] >= 0 for c in t.children)
