"""Whom a measure is aimed at when a participle says so: 'sanctions aimed at X', 'measures designed to punish X',
'restrictions intended to cut X's oil income'."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.syntax import pobjs

_AIMING = frozenset({"aim", "design", "intend", "mean", "direct"})
# what the measure is meant to do to its target ('to punish X', 'to cut X's income')
_HURTING = frozenset(
    {"punish", "pressure", "penalize", "penalise", "isolate", "weaken", "cripple", "cut", "curb", "squeeze"}
    | {"choke", "starve", "deprive", "deny", "limit", "restrict", "hit", "target", "deter", "halt", "stop"}
)


def aimed_at(r, c: Token) -> frozenset[int]:
    """The entities a participle ``c`` hung on a measure names as its target (``r`` is the reader): the object of
    'aimed at' or 'directed against', or the object (or the object's owner) of the act it is designed to do."""
    if c.lemma_.lower() not in _AIMING:
        return frozenset()
    if c.tag_ == "VBG":
        return frozenset()  # 'sanctions targeting X' is read as 'sanctions on X' elsewhere
    out: set[int] = set()
    for x in c.children:
        if x.dep_ == "prep" and x.lower_ in ("at", "against"):
            out |= {e for p in pobjs(x) for e in r.den_all(p)}
        elif x.dep_ == "xcomp" and x.lemma_.lower() in _HURTING:
            out |= {e for o in x.children if o.dep_ == "dobj" for e in _whose(r, o)}
    return frozenset(out)


def _whose(r, o: Token) -> frozenset[int]:
    """The object's entities, or, for an object that names no one ('X's oil income'), its owner's."""
    return r.den_all(o) or frozenset(e for p in o.children if p.dep_ == "poss" for e in r.den_all(p))
