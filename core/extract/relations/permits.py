"""Permission: 'Obama allowed Havana to reopen an embassy' ties who allows to who is allowed, by the act's noun."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.families import PERMISSIONS, PERMITTING, Grammar
from core.extract.relations.syntax import Tie, pobjs
from core.model import Family, Kind

_PERMITTING = frozenset({"allow", "permit", "let", "authorize", "authorise"})
# acts whose permission is itself a dealing between the two: an embassy, talks, a trade, a deal
# verbs that give or refuse leave only with a word for it: 'granted/denied the Y permission'
_GRANTING = frozenset({"give", "grant", "deny", "refuse"})
_DEALINGS = (Family.DIPLOMACY, Family.TRADE, Family.AGREEMENT)


class Permits(Grammar):
    """Who allows whom a dealing: the allowing party deals with the allowed one."""

    def _permitted(self, v: Token) -> Iterator[Tie]:
        if v.lemma_.lower() in PERMITTING and not self.passive(v):
            yield from self._ship_permitted(v)
        if v.lemma_.lower() not in _PERMITTING or self.passive(v) or any(c.dep_ == "neg" for c in v.children):
            return
        doers = self.actor(v)
        if not doers:
            return
        for act in v.children:
            if act.dep_ not in ("ccomp", "xcomp") or act.pos_ != "VERB":
                continue
            allowed = self.subjects(act) or self.direct_objects(v)
            for obj in act.children:
                if obj.dep_ != "dobj" or self.tok_ent[obj.i] >= 0:
                    continue
                fam = self.noun_family(obj)
                if fam in _DEALINGS:
                    yield from self._pairs(doers, allowed - doers, f"allowed {obj.lemma_.lower()}", fam)

    def _ship_permitted(self, v: Token) -> Iterator[Tie]:
        """'allowed the Y to dock', 'granted the Y permission to call', 'denied permission to the Y': a state's leave
        (or refusal) to a ship is a control over it (the annotated sets file port calls granted or refused under
        ENFORCEMENT), whatever the parser makes of the ship."""
        doers = self.actor(v)
        if not doers:
            return
        if v.lemma_.lower() in _GRANTING and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in PERMISSIONS for c in v.children
        ):
            return  # 'gave the Y fuel', 'denied that the Y entered its waters': no leave given or refused
        ships: set[int] = set()
        for c in v.children:
            if c.dep_ in ("dobj", "dative", "ccomp", "xcomp"):
                nouns = [c] if c.dep_ in ("dobj", "dative") else [x for x in c.children if x.dep_ == "nsubj"]
                for n in nouns:
                    if c.dep_ == "dobj" and self.tok_ent[n.i] < 0 and n.lemma_.lower() in PERMISSIONS:
                        # 'granted the Y permission', 'permission for the Y to dock'
                        ships |= {e for x in n.children if x.dep_ in ("compound", "poss") for e in self.den_all(x)}
                        ships |= {
                            e
                            for x in n.children
                            if x.dep_ == "prep" and x.lower_ == "for"
                            for e in self.prep_objects(x)
                        }
                    else:
                        ships |= self.den_all(n)
            elif c.dep_ == "prep" and c.lower_ in ("to", "for"):
                ships |= {e for p in pobjs(c) for e in self.den_all(p)}  # 'denied permission to the Y'
        ships = {e for e in ships if self.kind(e) is Kind.VESSEL} - doers
        word = v.lemma_.lower()
        yield from self._pairs(
            doers, ships, "denied" if word in ("deny", "refuse") else f"{word} leave to", Family.ENFORCEMENT
        )
