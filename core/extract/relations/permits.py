"""Permission: 'Obama allowed Havana to reopen an embassy' ties who allows to who is allowed, by the act's noun."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.families import Grammar
from core.extract.relations.syntax import Tie
from core.model import Family

_PERMITTING = frozenset({"allow", "permit", "let", "authorize", "authorise"})
# acts whose permission is itself a dealing between the two: an embassy, talks, a trade, a deal
_DEALINGS = (Family.DIPLOMACY, Family.TRADE, Family.AGREEMENT)


class Permits(Grammar):
    """Who allows whom a dealing: the allowing party deals with the allowed one."""

    def _permitted(self, v: Token) -> Iterator[Tie]:
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
