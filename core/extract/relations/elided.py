"""A second clause repeating a verb with its object left implicit: 'A expelled four Russian diplomats, B is expelling
three' (B acts on Russia too)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.families import Grammar
from core.extract.relations.syntax import MODIFIER_DEPS, Tie
from core.model import Family


class Elided(Grammar):
    """Rules for a repeated verb whose object is a bare number or the same noun without its owner."""

    def _owners(self, obj: Token) -> frozenset[int]:
        return frozenset(e for c in obj.children if c.dep_ in MODIFIER_DEPS for e in self.den_all(c))

    def _elided_object(self, v: Token) -> Iterator[Tie]:
        lemma = v.lemma_.lower()
        fam = self.lex.verbs.get(lemma)
        if fam is None or fam is Family.REPORTING or self.passive(v):
            return
        objs = [c for c in v.children if c.dep_ == "dobj" and self.tok_ent[c.i] < 0]
        if len(objs) != 1 or self.den_all(objs[0]) or self._owners(objs[0]):
            return
        obj = objs[0]
        for v1 in v.sent:
            if v1.i >= v.i or v1.lemma_.lower() != lemma or self.passive(v1):
                continue
            for o1 in v1.children:
                if o1.dep_ != "dobj" or self.tok_ent[o1.i] >= 0:
                    continue
                if obj.tag_ != "CD" and obj.lemma_.lower() != o1.lemma_.lower():
                    continue
                owners = self._owners(o1)
                if not owners:
                    continue
                # the first clause's family for the owners (an expulsion of a state's diplomats may not be the
                # verb's own family), else the verb's
                first = {f for _, tgt, _, f in self._verb(v1) if tgt in owners} or {fam}
                actors = self.actor(v)
                for f in first:
                    yield from self._pairs(actors, owners - actors - self.actor(v1), f"{lemma} of", f)
