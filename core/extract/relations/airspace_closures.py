"""A state shutting its sky to another's aircraft: 'X has closed its airspace to all Y-ian carriers', "X's airspace
is closed to Y-ian aircraft operators", 'decided to close the X-ian airspace to all Y-ian planes' — a measure
against the state whose aircraft are shut out (HOSTILITY, closer -> that state). Opening it ('opened its airspace
for Y-ian civilian aircraft') lets them in under the closer's rules (ENFORCEMENT, as the annotated sets give it).
The aircraft's state is read from the object of 'to'/'for': a demonym or name before the noun, or 'of Y'."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import MODIFIER_DEPS, Tie, unasserted, words_in
from core.model import Family, Kind

_SKY = frozenset({"airspace", "skies"})
_CLOSING = {"close": Family.HOSTILITY, "shut": Family.HOSTILITY, "open": Family.ENFORCEMENT}
_PREPS = frozenset({"to", "for"})


def airspace_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Closer -> the state whose aircraft are shut out (or let in)."""
    for sky in words_in(toks, _SKY):
        verb = sky.head
        fam = _CLOSING.get(verb.lemma_.lower())
        if fam is None or verb.i == sky.i or unasserted(verb):
            continue
        if sky.dep_ == "dobj":
            closers = {e for c in verb.children if c.dep_ == "nsubj" for e in den(c)}
        elif sky.dep_ in ("nsubj", "nsubjpass") and fam is Family.HOSTILITY:
            closers = set()  # "X's airspace is closed to ...": the owner below
        else:
            continue
        if not closers:  # the sky's owner closes it only when no one else is said to: 'A closed B-ian airspace'
            closers = {e for c in sky.children if c.dep_ in MODIFIER_DEPS for e in den(c)}
        closers = {e for e in closers if kind(e) in (Kind.STATE, Kind.PARTY)}
        shut_out: set[int] = set()
        for p in [*verb.children, *sky.children]:
            if p.dep_ != "prep" or p.lower_ not in _PREPS:
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                for x in [o, *(c for c in o.conjuncts)]:
                    shut_out |= den(x)
                    shut_out |= {e for c in x.children if c.dep_ in MODIFIER_DEPS for e in den(c)}
                    for q in x.children:
                        if q.dep_ == "prep" and q.lower_ == "of":
                            shut_out |= {e for y in q.children if y.dep_ == "pobj" for e in den(y)}
        for a in closers:
            for b in shut_out - closers:
                if kind(b) is Kind.STATE:
                    yield (
                        a,
                        b,
                        "closed airspace to aircraft of" if fam is Family.HOSTILITY else "opened airspace to",
                        fam,
                    )


# flights banned from or to a state by a state: 'banned commercial flights from A, B and C' (each is shut out; an
# airline halting or barring its own flights to a state takes no measure against it)
_BANNING = frozenset({"ban", "bar"})
_FLIGHTS = frozenset({"flight", "flights", "plane", "planes", "aircraft", "airline", "airlines", "carrier", "carriers"})


def banned_flight_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Banning state -> each state whose flights are banned, HOSTILITY."""
    for flights in words_in(toks, _FLIGHTS):
        verb = flights.head
        if flights.dep_ != "dobj" or verb.lemma_.lower() not in _BANNING or unasserted(verb):
            continue
        banners = {e for c in verb.children if c.dep_ == "nsubj" for e in den(c) if kind(e) is Kind.STATE}
        states = {
            e
            for p in flights.children
            if p.dep_ == "prep" and p.lower_ in ("from", "to")
            for o in p.children
            if o.dep_ == "pobj"
            for x in [o, *o.conjuncts]
            for e in den(x)
            if kind(e) is Kind.STATE
        }
        for a in banners:
            for b in states - banners:
                yield a, b, "banned flights from", Family.HOSTILITY
