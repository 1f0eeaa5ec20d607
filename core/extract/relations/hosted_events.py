"""Guests at an event a named host holds: 'A and B will be present at the ceremony hosted by C', 'A took part in the
summit hosted by C' — the host receives each guest (DIPLOMACY); 'attended the summit hosted by C' is read by the
verb rules, this reads the guest who is 'present at' or 'takes part in' it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

_EVENTS = frozenset(
    {"ceremony", "summit", "meeting", "dinner", "banquet", "reception", "event", "conference", "forum", "gathering"}
    | {"celebration", "parade", "talks", "luncheon", "gala", "inauguration", "signing", "session"}
)
_PRESENT = frozenset({"present", "participate", "take", "attend", "join", "gather", "appear", "speak", "be"})
_SIDES = (Kind.STATE, Kind.PARTY, Kind.OFFICIAL)


def hosted_event_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Host -> guest, DIPLOMACY."""
    for n in words_in(toks, _EVENTS):
        if n.dep_ != "pobj" or n.head.lower_ not in ("at", "in"):
            continue
        hosts = {
            e
            for a in n.children
            if a.dep_ == "acl" and a.lemma_.lower() == "host" and a.tag_ == "VBN"
            for b in a.children
            if b.dep_ == "agent"
            for x in b.children
            if x.dep_ == "pobj"
            for e in den(x)
            if kind(e) in _SIDES
        }
        if not hosts:
            continue
        h = n.head.head  # 'present' in 'be present at', or the verb 'took part in'
        if (h.dep_ == "acomp" and h.lemma_.lower() == "present") or (h.dep_ == "dobj" and h.lower_ == "part"):
            h = h.head
        if h.pos_ not in ("VERB", "AUX") or h.lemma_.lower() not in _PRESENT or unasserted(h):
            continue
        guests: set[int] = set()
        for c in h.children:
            if c.dep_ == "nsubj":
                for x in (c, *c.conjuncts):
                    # "Y's leader X will be present": the guest is X, not the state named on him
                    owners = {e for p in x.children if p.dep_ == "poss" for e in den(p)}
                    guests |= {e for e in den(x) - owners if kind(e) in _SIDES}
        for g in guests - hosts:
            for host in hosts:
                yield host, g, "hosts at event", Family.DIPLOMACY
