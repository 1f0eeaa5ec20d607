"""Go-betweens of talks the sides hold: 'A and B agreed to a ceasefire during talks mediated by X and Y', 'A and B
agreed to a truce, with X and Y mediating the negotiations', 'A and B began discussing a treaty with mediation from X'.
Each mediator deals with each side (DIPLOMACY). The mediators hang on a participle, a 'with ... mediating' clause or a
'mediation from/by' noun; the sides are the doers of the clause the talks belong to, read up through the phrases the
mediation hangs on. Two sides at least must be named (one alone may be the mediator's own partner), and the clause
must be one of making or holding the deal or talks: those who welcome or condemn a mediated truce are no side of it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

_SIDES = frozenset({Kind.STATE, Kind.PARTY, Kind.OFFICIAL})
_MEDIATING = frozenset({"mediated", "brokered", "facilitated", "mediating", "brokering"})
_MEDIATION = frozenset({"mediation"})
_AGENTS = frozenset({"from", "by", "of"})
_LIST_WORDS = frozenset({",", "and", "the"})
# what the sides do in the talks: make, hold or carry on the deal or the talks
_MAKING = frozenset({"agree", "reach", "sign", "conclude", "seal", "strike", "finalize", "finalise", "accept"})
_MAKING = _MAKING | {"discuss", "negotiate", "hold", "meet", "talk", "begin", "start", "resume", "exchange", "swap"}
_MAKING = _MAKING | {"complete", "implement", "commit", "announce"}
_UP = frozenset({"acl", "pobj", "prep", "dobj", "xcomp", "pcomp", "advcl"})
# what is mediated: talks or a deal ('with Acme brokering the sale of tanks' mediates no talks); the nouns the climb
# from the mediation to the sides' clause may pass ('announced a plan to meet X with mediation from Y' is no talks held)
_TALKS = frozenset({"talk", "negotiation", "ceasefire", "truce", "deal", "agreement", "accord", "treaty", "pause"})
_TALKS = _TALKS | {"exchange", "swap", "dialogue", "round", "meeting", "discussion", "process", "mediation", "cease"}
_TALKS = _TALKS | {"fire", "peace", "settlement", "release", "framework", "arrangement"}


def _mediators(w: Token, den: Callable[[Token], frozenset[int]]) -> set[int]:
    """Who mediates at ``w``: the agent of 'talks mediated by X', the doer of 'with X mediating', the object of
    'mediation from X' after 'with'."""
    if w.pos_ == "VERB" and w.dep_ == "acl" and w.tag_ == "VBN":
        return {e for c in w.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj" for e in den(o)}
    if w.pos_ == "VERB" and w.dep_ == "pcomp" and w.head.lower_ == "with":
        if any(c.dep_ == "dobj" and c.lemma_.lower() not in _TALKS for c in w.children):
            return set()  # 'with Acme brokering the sale of tanks'
        return {e for c in w.children if c.dep_ == "nsubj" for e in den(c)}
    if w.pos_ == "NOUN" and w.dep_ == "pobj" and w.head.lower_ == "with":
        out: set[int] = set()
        for o in (o for c in w.children if c.dep_ == "prep" and c.lower_ in _AGENTS for o in c.children):
            if o.dep_ == "pobj":
                out |= den(o) | _listed_after(o, den)
        return out
    return set()


def _listed_after(o: Token, den: Callable[[Token], frozenset[int]]) -> set[int]:
    """Names listed on after ``o`` that the parse hung elsewhere: 'mediation from X, the Y Union and the Z'."""
    out: set[int] = set()
    doc = o.doc
    i = max(c.i for c in (o, *o.conjuncts)) + 1
    while i < len(doc) and doc[i].lower_ in _LIST_WORDS:
        while i < len(doc) and doc[i].lower_ in _LIST_WORDS:
            i += 1
        named: set[int] = set()
        while i < len(doc) and den(doc[i]):
            named |= den(doc[i])
            i += 1
        if not named:
            break
        out |= named
    return out


def _sides(w: Token, den: Callable[[Token], frozenset[int]]) -> set[int]:
    """The doers of the clause of making or holding talks that ``w`` hangs in (see the module's text)."""
    t = w
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in w.head.children):
        return set()  # 'talks mediated by X between A and B': the sides are named there, not the clause's doers
    for _ in range(6):
        if t.dep_ not in _UP or t.head.i == t.i:
            return set()
        t = t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() not in _TALKS:
            return set()  # 'announced a plan to meet X with mediation from Y'
        if t.pos_ == "VERB":
            # every clause on the way is one of making or holding the talks: 'refused to hold talks mediated by X',
            # 'urged Y to hold talks', 'agreed to back talks mediated by X' hold none
            if t.lemma_.lower() not in _MAKING or unasserted(t):
                return set()
            subjects = [c for c in t.children if c.dep_ == "nsubj"]
            if subjects:
                return {e for c in subjects for e in den(c)}
    return set()


def mediated_side_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Mediator -> each side of the talks, DIPLOMACY (see the module's text); ``den`` reads a coordination's
    entities."""
    for w in words_in(toks, _MEDIATING | _MEDIATION):
        mediators = {e for e in _mediators(w, den) if kind(e) in _SIDES}
        if not mediators:
            continue
        sides = {e for e in _sides(w, den) if kind(e) in _SIDES} - mediators
        if len(sides) < 2:
            continue
        for a in sorted(mediators):
            for b in sorted(sides):
                yield a, b, "mediated talks with", Family.DIPLOMACY
