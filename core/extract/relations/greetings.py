"""Greeting gestures between leaders: 'A and B shake hands', 'A and B embraced' (with no object) are a meeting of the
two (DIPLOMACY). 'A shook hands with B' is read by the verb rules already."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Token

from core.extract.relations.families import Grammar
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

GREETING_VERBS = frozenset({"shake", "embrace", "hug"})
_PAST = {"shake": "shook hands with", "embrace": "embraced", "hug": "hugged"}  # the tie's type, as said
_HANDS = frozenset({"hand", "hands"})


class Greetings(Grammar):
    """People named together as the subject of a greeting gesture met each other."""

    def _greeted(self, v: Token) -> Iterator[Tie]:
        lemma = v.lemma_.lower()
        if lemma not in GREETING_VERBS or self.passive(v) or any(c.dep_ == "neg" for c in v.children):
            return
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if lemma == "shake":
            if not any(o.lower_ in _HANDS for o in objs):
                return
        elif objs:
            return  # 'A and B embraced the plan': no gesture between them
        doers = set(self.subjects(v))
        # 'A and Prime Minister B shake hands': the parser may take B's name for an auxiliary of the verb
        for c in v.children:
            if c.dep_ == "aux" and self.tok_ent[c.i] >= 0:
                doers |= self.den_all(c)
                doers |= {e for x in c.children if x.dep_ == "nsubj" for e in self.den_all(x)}  # 'A and B' hung on B
        people = sorted(e for e in doers if self.kind(e) is Kind.OFFICIAL)
        word = _PAST.get(lemma, "greeted")
        for a, b in combinations(people, 2):
            yield a, b, word, Family.DIPLOMACY
