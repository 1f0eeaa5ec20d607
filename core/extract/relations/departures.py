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
    """Rules for nouns of leaving, read from the name left ('from X')."""

    def _left_from(self, t: Token, me: int) -> Iterator[Tie]:
        """``t`` heads a name after 'from' on a noun of leaving: who leaves is the noun's 'of' or owner."""
        prep = t.head
        if t.dep_ != "pobj" or prep.lower_ != "from" or self.kind(me) not in _SIDES:
            return
        noun = prep.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _LEAVING or noun.i > prep.i:
            return
        leavers: set[int] = set()
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.i < noun.i):
                leavers |= self.den_all(c)  # "Peru's exit", 'the Peruvian withdrawal'
            elif c.dep_ == "prep" and c.lower_ == "of" and c.i < prep.i:
                leavers |= self.prep_objects(c)  # 'the exit of A, B and C from'
        for e in leavers:
            if e != me and self.kind(e) in _SIDES:
                yield e, me, "withdrawal from", Family.DIPLOMACY
