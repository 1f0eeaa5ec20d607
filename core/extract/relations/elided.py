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
        # cheap tests first: this runs on every verb
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if len(objs) != 1:
            return
        obj = objs[0]
        if obj.tag_ != "CD" and not any(c.dep_ == "nummod" for c in obj.children):
            return  # 'expelling four', 'expelling one diplomat'
        lemma = v.lemma_.lower()
        fam = self.lex.verbs.get(lemma)
        if fam is None or fam is Family.REPORTING or self.tok_ent[obj.i] >= 0 or self.passive(v):
            return
        if self.den_all(obj) or self._owners(obj):
            return
        earlier = []
        doc = v.doc
        for i in range(v.i - 1, -1, -1):
            t = doc[i]
            if t.lemma_.lower() == lemma and t.pos_ in ("VERB", "AUX"):
                earlier.append(t)
            if t.is_sent_start:
                break
        for v1 in earlier:
            if self.passive(v1):
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
