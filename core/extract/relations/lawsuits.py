"""Going to law against someone: 'X filed a lawsuit against Y', 'X has filed a lawsuit seeking damages from Y',
'X brought a case against Y', 'X lodged a complaint against Y's measures' — a hostile act of X on Y (the court it
is filed with, 'with the ICJ' or 'at the WTO', is no target)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import MODIFIER_DEPS, Tie, unasserted, words_in
from core.model import Family

_SUITS = frozenset({"lawsuit", "lawsuits", "suit", "complaint", "complaints", "case", "claim", "proceedings"})
_FILING = frozenset({"file", "lodge", "bring", "launch", "initiate", "submit"})
_SEEKING = frozenset({"seek", "seeking", "demand", "demanding", "claim", "claiming"})
_DAMAGES = frozenset({"damages", "compensation", "reparations"})


def lawsuit_ties(toks: list[Token], den: Callable[[Token], frozenset[int]]) -> Iterator[Tie]:
    """Filer -> the one sued, HOSTILITY."""
    for suit in words_in(toks, _SUITS):
        verb = suit.head
        if suit.dep_ != "dobj" or verb.lemma_.lower() not in _FILING or unasserted(verb):
            continue
        if any(c.dep_ == "prt" for c in verb.children):
            continue  # 'brought up the case against Y during the talks': raised in talk, nothing filed
        filers = {e for c in verb.children if c.dep_ == "nsubj" for e in den(c)}
        if not filers:
            continue
        sued: set[int] = set()
        for p in [*suit.children, *verb.children]:
            if p.dep_ == "prep" and p.lower_ == "against":
                sued |= _objects(p, den)
        for seek in suit.children:  # 'a lawsuit seeking N in damages from Y'
            if seek.dep_ == "acl" and seek.lower_ in _SEEKING:
                for x in seek.subtree:
                    if x.dep_ == "prep" and x.lower_ == "from" and x.head.lower_ in _DAMAGES | {seek.lower_}:
                        sued |= _objects(x, den)
        for a in filers:
            for b in sued - filers:
                yield a, b, "filed lawsuit against", Family.HOSTILITY


def _objects(prep: Token, den: Callable[[Token], frozenset[int]]) -> set[int]:
    """The named objects of 'against'/'from' and whose they are: 'against the Y-ian measures' is against Y."""
    out: set[int] = set()
    for o in prep.children:
        if o.dep_ != "pobj":
            continue
        for x in [o, *o.conjuncts]:
            got = den(x)
            out |= got or {e for c in x.children if c.dep_ in MODIFIER_DEPS for e in den(c)}
    return out
