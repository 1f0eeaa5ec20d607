"""'The United Kingdom, together with Australia, Canada and Norway, imposed sanctions': the companions named after
'together with' / 'along with' act with the subject they are added to, not in concert with each other (blind28's
gold ties the United Kingdom to each, none of the four to another)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

_ADDING = frozenset({"together", "along"})


def _added(t: Token) -> bool:
    """``t`` sits in the object of a 'with' that 'together' or 'along' opens."""
    for a in (t, *t.ancestors):
        if a.dep_ == "prep" and a.lower_ == "with":
            return any(c.lower_ in _ADDING for c in a.children) or (a.i > 0 and a.doc[a.i - 1].lower_ in _ADDING)
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


def companions(tokens: Iterable[Token], tok_ent: Sequence[int], doers: set[int] | frozenset[int]) -> frozenset[int]:
    """The doers named only as companions added to another doer among ``tokens`` (the verb's own subtree, so that a
    'together with' of another clause counts for nothing here)."""
    added: set[int] = set()
    plain: set[int] = set()
    for t in tokens:
        ei = tok_ent[t.i]
        if ei in doers:
            (added if _added(t) else plain).add(ei)
    return frozenset(added - plain) if plain - added else frozenset()
