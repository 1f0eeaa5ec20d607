"""Ships of different navies sailing or training together: 'USS X and HMCS Y sailed through the strait', 'X sailed
with Australia's HMAS Y', 'the destroyer X, along with Australian vessels, transited the strait', 'X trained alongside
Y'. Each is the others' partner on the voyage (ALLIANCE). Ships of one navy sailing together say nothing more than
that they are that navy's, so two ships tie only when their hull prefixes name different states.

Also mediators: 'X mediated the talks between A and B', 'a swap deal between A and B that was mediated by X', 'X
brokered a ceasefire between A and B': X deals with both sides (DIPLOMACY). (Two mediators of one thing are
partners by relations/joint_names.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Token

from core.extract.relations.descriptions import facts
from core.extract.relations.families import Grammar
from core.extract.relations.syntax import Tie, pobjs
from core.model import Family, Kind

# verbs of a ship's voyage, and of forces training together
_SAILING = frozenset({"sail", "transit", "pass", "cross", "steam", "cruise", "navigate"})
_TRAINING = frozenset({"train", "drill", "exercise", "patrol", "manoeuvre", "maneuver"})
# 'conducted a transit', 'completed a tandem transit', 'undertook a joint patrol'
_CONDUCTING = frozenset({"conduct", "complete", "undertake", "carry", "make", "perform"})
_PASSAGES = frozenset({"transit", "passage", "patrol", "voyage", "sail", "cruise", "mission"})
_WITH = frozenset({"with", "alongside"})  # 'sailed with X', 'trained alongside X'
_LEADING = frozenset({"along", "together"})  # 'along with X', 'together with X'
_MEDIATING = frozenset({"mediate", "broker", "facilitate", "arbitrate"})


class Convoys(Grammar):
    """Partners on one voyage or exercise."""

    def _groups(self, t: Token) -> list[tuple[frozenset[int], bool]]:
        """The parties a phrase names, each with whether it came through a ship word: 'X and Y' are two,
        'a Japanese Navy warship' one, 'Australian and New Zealand vessels' two."""
        out: list[tuple[frozenset[int], bool]] = []
        for x in (t, *t.conjuncts):
            if self.tok_ent[x.i] >= 0:
                out.append((frozenset((self.tok_ent[x.i],)), False))
                continue
            ship = x.lemma_.lower() in self.lex.vessel_nouns
            ents = set(self.den(x))
            if ship and x.tag_ == "NNS":
                # 'with Australian and New Zealand vessels': every state named before the ships
                ents |= {e for m in x.children if m.dep_ in ("amod", "compound") for e in self.den_all(m)}
                out.extend((frozenset((e,)), True) for e in ents)
            elif ents:
                out.append((frozenset(ents), ship))
            for c in x.children:  # 'the destroyer JS X'
                if c.dep_ == "appos" and self.tok_ent[c.i] >= 0:
                    out.append((frozenset((self.tok_ent[c.i],)), False))
        return out

    def _partners(self, t: Token) -> list[tuple[frozenset[int], bool]]:
        """Parties brought in by 'with'/'alongside'/'along with'/'together with' hanging on ``t``."""
        out: list[tuple[frozenset[int], bool]] = []
        for c in t.children:
            if c.dep_ != "prep" or (c.lower_ not in _WITH and c.lower_ not in _LEADING):
                continue
            preps = [c] if c.lower_ in _WITH else [w for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]
            for p in (p for w in preps for p in pobjs(w)):
                out.extend(self._groups(p))
        return out

    def _flag_state(self, ei: int) -> str | None:
        """The state a navy's hull prefix names: 'HMCS Ottawa' is Canada's."""
        prefixes = facts().prefix_states
        e = self.entities[ei]
        for form in (e.name, *(m.text for m in e.mentions)):
            first = form.split(" ", 1)[0]
            if first in prefixes:
                return prefixes[first]
        return None

    def _fellows(self, a: int, b: int, training: bool) -> bool:
        """Whether two parties of one voyage are partners: ships only under different flags, and a state or a
        body only when named as ships' owner ('Australian vessels') or in training together."""
        ka, kb = self.kind(a), self.kind(b)
        if ka is kb is Kind.VESSEL:
            fa, fb = self._flag_state(a), self._flag_state(b)
            return fa is not None and fb is not None and fa != fb
        if Kind.VESSEL in (ka, kb):
            ship, other = (a, b) if ka is Kind.VESSEL else (b, a)
            flag = self._flag_state(ship)
            return flag is not None and (self.kind(other) is not Kind.STATE or self.entities[other].name != flag)
        return True

    def _together(self, v: Token) -> Iterator[Tie]:
        """Ties among the parties of one voyage or exercise (see the module's text)."""
        lemma = v.lemma_.lower()
        training = lemma in _TRAINING
        if not (training or lemma in _SAILING):
            if lemma not in _CONDUCTING:
                return
            act = next((c for c in v.children if c.dep_ == "dobj"), None)
            if act is None or act.lemma_.lower() not in _PASSAGES:
                return
        if self.passive(v):
            return
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if not subjects and v.dep_ == "ccomp":
            # 'New Zealand confirmed its ship, the X, had sailed ...': the parser takes the subject as the object
            subjects = [c for c in v.head.children if c.dep_ == "dobj"]
        groups = [g for s in subjects for g in self._groups(s)]
        if not groups:
            return
        groups += [g for s in subjects for g in self._partners(s)] + self._partners(v)
        if len(groups) < 2:
            return
        fleet = any(ship or any(self.kind(e) is Kind.VESSEL for e in ents) for ents, ship in groups)
        if not (fleet or training):
            return
        word = "trained with" if training else "sailed with"
        seen: set[tuple[int, int]] = set()
        for (ga, sa), (gb, sb) in combinations(groups, 2):
            for a in ga:
                for b in gb:
                    if a == b or (min(a, b), max(a, b)) in seen:
                        continue
                    if not all(self._admitted(e, ship, training) for e, ship in ((a, sa), (b, sb))):
                        continue
                    if self._fellows(a, b, training):
                        seen.add((min(a, b), max(a, b)))
                        yield a, b, word, Family.ALLIANCE

    def _admitted(self, e: int, ship: bool, training: bool) -> bool:
        """A party that can be a partner: a ship, or a state or body named as ships' owner or training."""
        kind = self.kind(e)
        if kind is Kind.OFFICIAL:
            return False
        return kind is Kind.VESSEL or ship or training

    def _mediated(self, v: Token) -> Iterator[Tie]:
        """Ties of the mediators of a deal or talks (see the module's text)."""
        lemma = v.lemma_.lower()
        if lemma not in _MEDIATING:
            return
        mediators = self.actor(v)
        if not mediators:
            return
        if self.passive(v):
            things = [c for c in v.children if c.dep_ == "nsubjpass" and c.lower_ not in ("that", "which")]
            if not things and v.dep_ in ("acl", "relcl"):
                things = [v.head]
        else:
            things = [c for c in v.children if c.dep_ == "dobj"]
        sides: set[int] = set()
        for thing in things:
            if self.tok_ent[thing.i] >= 0:
                continue
            sides |= {
                e for c in thing.children if c.dep_ == "prep" and c.lower_ == "between" for e in self.prep_objects(c)
            }
        sides -= mediators
        word = v.lower_
        yield from self._pairs(mediators, sides, f"{word} between", Family.DIPLOMACY)
