"""Ties of a ship to its flag state, owner, manager or navy: 'under a Liberian flag', 'X, the tanker's owner'."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.families import Grammar
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_FLAG_PREPS = frozenset({"under", "with"})


class Ships(Grammar):
    """Rules that tie a named ship to what it belongs to; a ship's ties read ship → owner or state (MEMBERSHIP)."""

    def _vessels(self, ents: frozenset[int]) -> frozenset[int]:
        return frozenset(e for e in ents if self.kind(e) is Kind.VESSEL)

    def _ship_of_clause(self, h: Token) -> frozenset[int]:
        """The ship a verb or noun phrase is about: 'the tanker, sailing under ...', 'the ship flies ...'."""
        if h.pos_ not in ("VERB", "AUX"):
            return self._vessels(self.den_all(h))
        ents = self.undergoer(h) if self.passive(h) else self.actor(h)
        if not ents and h.dep_ == "conj" and h.head.dep_ in ("appos", "acl", "relcl") and h.head.pos_ == "VERB":
            h = h.head  # 'the vessel, named X and sailing under ...': the second participle hangs on the first
        if not ents and h.dep_ in ("appos", "acl", "relcl") and h.head.i != h.i:
            ents = self.den_all(h.head)  # 'the tanker Aurora, sailing under ...'
        elif not ents and h.dep_ == "advcl" and h.head.pos_ in ("VERB", "AUX"):
            ents = self.actor(h.head)
            if not self._vessels(ents) and h.tag_ in ("VBG", "VBN"):
                # 'a drone struck the ship, flying under a Liberian flag': a participle right after the object
                objs = [c for c in h.head.children if c.dep_ == "dobj" and c.i < h.i]
                if objs and max(x.i for x in objs[-1].subtree) + 2 >= h.i:
                    ents = self.den_all(objs[-1])
        return self._vessels(ents)

    def _flag(self, t: Token) -> Iterator[Tie]:
        """'sailing under a Liberian flag', 'flies the flag of Panama', 'a tanker with a Comoros flag'."""
        states = {e for e in self.modifiers(t, complements=False) if self.kind(e) is Kind.STATE}
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                states |= {e for e in self.prep_objects(c) if self.kind(e) is Kind.STATE}
        if t.lower_ == "flags":
            states |= self._flags_listed(t)
        if not states:
            return
        ships: frozenset[int] = frozenset()
        if t.dep_ == "pobj" and t.head.lower_ in _FLAG_PREPS:
            ships = self._ship_of_clause(t.head.head)
            if not ships and t.head.lower_ == "with" and t.head.head.pos_ == "VERB":
                # 'intercepted the X vessel with the Bahamian flag': the flag hung on the verb is its object's
                ships = self._vessels(
                    frozenset(
                        e
                        for o in t.head.head.children
                        if o.dep_ == "dobj" and o.right_edge.i + 1 == t.head.i
                        for e in self.den_all(o)
                    )
                )
        elif t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
            ships = self._ship_of_clause(t.head)  # 'the tanker flies a Panamanian flag'
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ in ("nsubj", "dobj", "pobj"):
            ships = self._vessels(self.den_all(t.head.head))  # 'a vessel of the Comoros flag'
        yield from self._pairs(ships, states, "flagged in", Family.MEMBERSHIP)

    def _flags_listed(self, t: Token) -> set[int]:
        """'flying several flags, including those of Togo and Panama' (the list hung on the noun or its verb)."""
        heads = [t, t.head] if t.dep_ == "dobj" else [t]
        return {
            e
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "including"
            for p in c.children
            if p.dep_ == "pobj" and p.lower_ == "those"
            for o in p.children
            if o.dep_ == "prep" and o.lower_ == "of"
            for e in self.prep_objects(o)
            if self.kind(e) is Kind.STATE
        }

    def _ship_role(self, r: Token) -> Iterator[Tie]:
        """'X, the tanker's owner', 'the owner of the Ocean Star, X', 'its manager X': the ship belongs to X."""
        holders = self.holders(r)
        if not holders:
            yield from self._owner_state(r)
            return
        ships: set[int] = set()
        for ents, prep, _ in self._role_anchors(r):
            if prep in (None, "of"):
                ships |= self._vessels(ents)
        if not ships and r.dep_ == "appos":
            ships |= self._vessels(self.den(r.head))  # 'the Ocean Star, owned ..., whose manager X'
        yield from self._pairs(ships, holders - ships, f"{r.lemma_.lower()} is", Family.MEMBERSHIP)

    def _hyphenated_ship(self, t: Token, word: str) -> Iterator[Tie]:
        """'a Liberia-flagged tanker', 'the Greek-owned X', 'a Dubai-based firm': the thing belongs to the name."""
        target = t.head
        if target.i == t.i + 2 and target.head.i != target.i:
            target = target.head
        for _ in range(4):
            ents = self.den(target)
            if ents or target.dep_ not in ("conj", "appos", "compound", "amod") or target.head.i == target.i:
                break
            target = target.head
        owner = self.tok_ent[t.i]
        if word == "based" and self.kind(owner) is not Kind.STATE:
            return  # 'the Brussels-based X': a seat in a city that stands for a bloc or a body is no membership of it
        # 'Panama-flagged Aurora Riley and the Catalina': the flag goes with the whole list
        things = set(self.den(target))
        for c in target.children:
            # 'Panama-flagged X and the Y', but not '..., and the Barbados-flagged Z', which has its own flag, nor
            # '..., and the Chinese companies Z', which has its own state
            if c.dep_ in ("conj", "appos") and not any(
                x.i in self.hyphenated or (self.tok_ent[x.i] >= 0 and self.kind(self.tok_ent[x.i]) is Kind.STATE)
                for x in c.subtree
                if x.i < c.i
            ):
                things |= self.den_all(c)
        things = {e for e in things if self.kind(e) in (Kind.VESSEL, Kind.PARTY)}
        yield from self._pairs(things, (owner,), word, Family.MEMBERSHIP)

    def _owner_state(self, r: Token) -> Iterator[Tie]:
        """'the ship's Greek owners', 'the tanker's Chinese operator': the ship belongs to that state."""
        states = {self.tok_ent[c.i] for c in r.children if c.dep_ in ("amod", "compound")} - {-1}
        states = {e for e in states if self.kind(e) is Kind.STATE}
        ships = {e for c in r.children if c.dep_ == "poss" for e in self._vessels(self.den_all(c))}
        yield from self._pairs(ships, states, f"{r.lemma_.lower()} in", Family.MEMBERSHIP)
