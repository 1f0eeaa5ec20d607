"""A capital named as the place of a visit stands for its state: 'X arrived in New Delhi', 'Y flew to Ankara'. The
capital is dropped as a place among the mentions (places.py), so the verb's 'in'/'to' names no entity; the visitor is
tied to the capital's state when that state is an entity of the document, named elsewhere in it, and is neither the
visitor itself nor named in the same sentence (where the verb's own ties already read it). An envoy posted in or to a
capital ("Peru's ambassador in Ankara") is posted to its state (titles.py's envoy rule asks capital_hosts_of).
Measured over every set (round BD, x-cap77): the visit verbs added 11 ties, 11 gold (9 of the gold's family); the
envoy nouns 13, 11 gold (10 of the gold's family). Mend x-menda78: a tie through a capital holds in its own sentence
only; none to the visitor's own state (a member or leader of it anywhere in the document, bare titles aside:
'Erdogan later flew to Ankara'), and none through a capital that seats a body the visitor belongs to ('EU chief X
flew to Brussels')."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from core.extract.kb import lookup
from core.extract.relations.syntax import Tie, pobjs
from core.model import Family, Kind

# verbs of coming to a place: the place's state is the host of the visit
# (measured over every set: 'return', 'go', 'come', 'meet' never fired or named the visitor's own capital)
VISIT_VERBS = frozenset({"arrive", "travel", "fly"})
# people and states visit; a firm or carrier flying to a capital carries cargo there (a trade route)
_VISITORS = frozenset({Kind.OFFICIAL, Kind.STATE})
_PREPS = frozenset({"in", "to"})
# capitals that seat international bodies, with the words of those bodies' names (the EU's institutions and NATO;
# the IAEA, OPEC, the OSCE and the UN's offices; the African Union's): an official of one of them flying there goes
# to his seat, not to the host state
_SEATS = {
    "Brussels": ("European", "NATO"),
    "Vienna": ("International Atomic Energy Agency", "OPEC", "Organization for Security", "United Nations"),
    "Addis Ababa": ("African Union",),
}
_OWN = frozenset({Family.MEMBERSHIP, Family.LEADERSHIP})


def capital_state(p: Token) -> str | None:
    """The state whose capital the preposition's object ``p`` names ('New Delhi': its compound words before it)."""
    start = p.i
    while start > p.sent.start and p.doc[start - 1].dep_ == "compound" and p.doc[start - 1].head.i == p.i:
        start -= 1
    if p.tag_ not in ("NNP", "NNPS"):
        return None
    term = lookup(p.doc[start : p.i + 1].text)
    if term is None or term.kind is not Kind.STATE or term.role != "capital":
        return None
    return term.name


def capital_ties(g) -> set[tuple[int, int, int]]:
    """(sentence start, near end, state): the ties whose far end is a state named only by its capital in that
    sentence: the reader lets them through there."""
    return g.__dict__.setdefault("_capital_ties", set())


def settle_capital_ties(g, ties: Iterable[Tie]) -> None:
    """Once the document's ties are read: no visit to the visitor's own state, nor to the host of his body's seat."""
    own: set[tuple[int, int]] = set()
    bodies: dict[int, set[str]] = {}  # a person -> the names of the bodies he belongs to or leads
    for a, b, _, fam in ties:
        if fam in _OWN:
            own.update(((a, b), (b, a)))
            for x, y in ((a, b), (b, a)):
                if g.kind(y) is Kind.PARTY:
                    bodies.setdefault(x, set()).add(g.entities[y].name)
    seats: dict[tuple[int, int, int], str] = g.__dict__.get("_seat_visits", {})

    def seated(k: tuple[int, int, int]) -> bool:
        words = _SEATS.get(seats.get(k, ""), ())
        return any(w in name for name in bodies.get(k[1], ()) for w in words)

    ct = capital_ties(g)
    ct -= {k for k in ct if k[1:] in own or seated(k)}


def capital_entity(g, p: Token) -> int:
    """The document's one state entity whose capital ``p`` names, or -1."""
    name = capital_state(p) if g.tok_ent[p.i] < 0 else None
    if name is None:
        return -1
    states = [e for e, ent in enumerate(g.entities) if ent.kind is Kind.STATE and ent.name == name]
    return states[0] if len(states) == 1 else -1


def capital_hosts_of(g, prep: Token) -> frozenset[int]:
    """'its ambassador in Tehran': the states whose capitals the preposition names."""
    return frozenset(s for p in pobjs(prep) if (s := capital_entity(g, p)) >= 0)


def capital_hosts(g, v: Token) -> Iterator[Tie]:
    """'X arrived in New Delhi': X -> India, with the verb's family in the lexicon (DIPLOMACY if none)."""
    lemma = v.lemma_.lower()
    if lemma not in VISIT_VERBS:
        return
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ not in _PREPS:
            continue
        for p in pobjs(c):
            state = capital_entity(g, p)
            if state < 0:
                continue
            if any(g.tok_ent[t.i] == state for t in v.sent):
                continue  # the state is named in the sentence: its own ties read it
            visitors = g.subjects(v)
            fam = g.lex.verbs.get(lemma) or Family.DIPLOMACY
            for s in visitors:
                if s == state or g.kind(s) not in _VISITORS:
                    continue
                capital_ties(g).add((v.sent.start, s, state))
                seat = next((t for t in (p.doc[p.left_edge.i : p.i + 1].text, p.text) if t in _SEATS), None)
                if seat is not None:
                    g.__dict__.setdefault("_seat_visits", {})[(v.sent.start, s, state)] = seat
                yield s, state, f"{v.lower_} {c.lower_}", fam


def capital_places(sent, tok_ent: list[int], segment: list[int], states: dict[str, int]) -> dict[int, set[int]]:
    """Per segment of ``sent``: the document's states whose capital it names after 'in'/'to' (no mention there)."""
    out: dict[int, set[int]] = {}
    for t in sent:
        if t.tag_ != "NNP" or tok_ent[t.i] >= 0 or t.dep_ != "pobj" or t.head.lower_ not in _PREPS:
            continue
        name = capital_state(t)
        if name is not None and name in states:
            out.setdefault(segment[t.i], set()).add(states[name])
    return out


def lone_capital_ties(g, sent) -> Iterator[Tie]:
    """A sentence with one name and a capital after 'in'/'to' (read by no other rule): the visit and envoy rules
    alone, 'X arrived in New Delhi', "Peru's ambassador in Ankara"."""
    for t in sent:
        if t.pos_ == "VERB" and t.lemma_.lower() in VISIT_VERBS:
            yield from capital_hosts(g, t)
        elif t.pos_ in ("NOUN", "PROPN") and g.tok_ent[t.i] < 0 and t.lemma_.lower() in g.lex.diplomatic_roles:
            ties = capital_ties(g)
            yield from (tie for tie in g._envoy(t, t.lemma_.lower()) if (t.sent.start, tie[0], tie[1]) in ties)
