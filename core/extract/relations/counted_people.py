"""People counted by nationality: 'the crew, four Americans, a German and two Russians, took shelter', 'including
six Lithuanians and two Latvians' name people of those states, not the states; a speaker or outlet reporting it
reports on no state. A state named in the sentence only so is dropped from the sentence's REPORTING ties."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from core.extract.kb import lookup
from core.model import Family, Kind

_ONE = frozenset({"a", "an", "one"})


def _counted(t: Token) -> bool:
    """'four Americans', 'a German': a nationality noun for people with a number, not an adjective."""
    if t.dep_ in ("amod", "compound", "poss") or t.pos_ not in ("NOUN", "PROPN"):
        return False
    if t.tag_ in ("NNS", "NNPS"):
        return any(c.dep_ == "nummod" for c in t.children)
    term = lookup(t.text)
    return term is not None and term.role == "demonym" and any(c.dep_ == "det" and c.lower_ in _ONE for c in t.children)


def drop_counted_nationals(
    found: dict, toks: Sequence[Token], tok_ent: Sequence[int], kind: Callable[[int], Kind]
) -> None:
    """Remove from ``found`` ((src, tgt, family) -> type) the REPORTING ties to a state the sentence names only
    as counted people."""
    seen: dict[int, bool] = {}
    for t in toks:
        ei = tok_ent[t.i]
        if ei < 0 or kind(ei) is not Kind.STATE:
            continue
        if t.head.i != t.i and tok_ent[t.head.i] == ei and abs(t.head.i - t.i) <= 2:
            continue  # 'South' in 'six South Koreans': the mention's head word is judged
        seen[ei] = seen.get(ei, True) and _counted(t)
    only = {ei for ei, counted in seen.items() if counted}
    for key in [k for k in found if k[2] is Family.REPORTING and (k[0] in only or k[1] in only)]:
        del found[key]
