"""A state cutting travel with another over a threat (an outbreak, smuggling, a quarrel): 'X suspended all its flights
to and from A, B and C', 'X has closed its land border with Y', "X's civil aviation authority has suspended flights
from Y" — a measure against each state shut out (HOSTILITY, the state or its authority -> that state), as the
annotated sets give it (blind42, blind55, blind78: 'closed border with', 'partially closed borders with',
'suspended flights to and from', each state of a list).

Only a state, or a state's own authority (a ministry, a directorate, an aviation authority, a government), takes the
measure: an airline halting its own flights to a state ('the carrier suspended its flights to X') stops a service and
acts on no one (gold r130, r106). A negated or hedged verb states no measure ('did not suspend flights to X')."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

_FLIGHTS = frozenset({"flight", "flights"})
# flights halted for the weather or a disaster ('suspended flights to X after the storm') are a disruption, no measure
_DISRUPTIONS = frozenset(
    {"storm", "hurricane", "typhoon", "cyclone", "weather", "snow", "fog", "eruption", "ash", "earthquake", "flood"}
    # nor are flights or a border shut for a labour strike, a crash, safety, an evacuation or a holiday
    | {"wildfire", "crash", "safety", "evacuate", "evacuation", "holiday"}
)
# a strike by workers is a disruption; an air or missile strike is the threat a measure answers
_ATTACKS = frozenset({"air", "missile", "drone", "military", "rocket"})
# a subject naming an airline is a firm stopping its own service, even when a state's name qualifies it
# ("Freedonia's national carrier", 'the Freedonian airline')
_CARRIERS = frozenset({"carrier", "airline", "airlines", "airways", "operator", "company", "firm"})
_STOPPING = frozenset({"suspend", "halt", "stop"})
_BORDERS = frozenset({"border", "borders", "frontier", "frontiers"})
_CLOSING = frozenset({"close", "shut", "seal"})
# words of a subject that make a named body a state's authority, not a firm ('Kuwait's civil aviation authority',
# 'the Directorate General of Civil Aviation', "Senegal's interior ministry")
_AUTHORITY = frozenset(
    {"authority", "authorities", "ministry", "directorate", "government", "administration", "aviation", "cabinet"}
)


def _objects(prep_owner: Token, preps: frozenset[str]) -> Iterator[Token]:
    """The objects of ``preps`` on a word, with the prepositions conjoined to them ('to and from A, B and C')."""
    for p in prep_owner.children:
        if p.dep_ != "prep" or p.lower_ not in preps:
            continue
        for q in [p, *p.conjuncts]:
            for o in q.children:
                if o.dep_ == "pobj":
                    yield o
                    yield from o.conjuncts


def _disruption(w: Token) -> bool:
    """A word giving a non-hostile cause: weather, a disaster, a crash, a workers' (not an air) strike."""
    lemma = w.lemma_.lower()
    if lemma == "strike":
        return not any(c.lower_ in _ATTACKS for c in w.children)
    return lemma in _DISRUPTIONS


def _takers(verb: Token, kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]) -> set[int]:
    """The states, or states' authorities, the subject of ``verb`` names."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if any(w.lemma_.lower() in _CARRIERS or w.lower_ in _CARRIERS for w in c.subtree):
            continue
        authority = any(w.lower_ in _AUTHORITY for w in c.subtree)
        out |= {e for e in den(c) if kind(e) is Kind.STATE or (authority and kind(e) is Kind.PARTY)}
    return out


def travel_ban_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """State (or its authority) -> each state its flights or border were shut to, HOSTILITY."""
    for word, verbs, preps, label in (
        (_FLIGHTS, _STOPPING, frozenset({"to", "from"}), "suspended flights to and from"),
        (_BORDERS, _CLOSING, frozenset({"with"}), "closed border with"),
    ):
        for noun in words_in(toks, word):
            verb = noun.head
            if noun.dep_ != "dobj" or verb.lemma_.lower() not in verbs or unasserted(verb):
                continue
            if any(_disruption(w) for w in verb.subtree):
                continue
            takers = _takers(verb, kind, den)
            if not takers:
                continue
            # the preposition hangs on the noun or, as the parser often puts it, on the verb ('shut its borders with')
            objs = [*_objects(noun, preps), *_objects(verb, preps)]
            shut = {e for o in objs for e in den(o) if kind(e) is Kind.STATE}
            for a in takers:
                for b in shut - takers:
                    yield a, b, label, Family.HOSTILITY

