"""Nouns of leaving a body or a country: 'the exit of A, B and C from the bloc', "Peru's withdrawal from the
union" (blind8, blind9, blind22: gold ties the one who leaves to what it leaves, DIPLOMACY)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.families import Grammar
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_LEAVING = frozenset({"exit", "withdrawal", "departure", "pullout", "pull-out", "secession"})
_SIDES = frozenset({Kind.STATE, Kind.PARTY})


class Departures(Grammar):
    """Rules for nouns of leaving, read from the first name that leaves."""

    def _left_from(self, t: Token, me: int) -> Iterator[Tie]:
        """``t`` heads the first name that leaves, the owner or the 'of' of a noun of leaving: what is left is the
        noun's 'from'."""
        if self.kind(me) not in _SIDES:
            return
        if t.dep_ == "poss":
            noun = t.head  # "Peru's exit from"
        elif t.dep_ == "pobj" and t.head.lower_ == "of":
            noun = t.head.head  # 'the exit of A, B and C from'
        else:
            return
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _LEAVING:
            return
        leavers: set[int] = set()
        left: set[int] = set()
        for c in noun.children:
            if c.dep_ == "poss":
                leavers |= self.den_all(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                leavers |= self.prep_objects(c)
            elif c.dep_ == "prep" and c.lower_ == "from" and c.i > t.i:
                left |= self._known_as(c) or self.prep_objects(c)
        for a in leavers:
            for b in left:
                if a != b and self.kind(a) in _SIDES and self.kind(b) in _SIDES:
                    yield a, b, "withdrawal from", Family.DIPLOMACY

    def _known_as(self, prep: Token) -> frozenset[int]:
        """'from the regional bloc known as the Andean Union': the name a description is known as."""
        out: set[int] = set()
        for p in prep.children:
            for acl in p.children:
                if p.dep_ == "pobj" and acl.dep_ == "acl" and acl.lower_ in ("known", "called", "named"):
                    for c in acl.children:
                        if c.dep_ == "prep" and c.lower_ == "as":
                            out |= self.prep_objects(c)
        return frozenset(out)
