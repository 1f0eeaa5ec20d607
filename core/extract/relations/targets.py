"""Acts aimed at what belongs to someone: 'fired water cannon at Philippine vessels', 'sanctions on Iran's oil'."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.aims import aimed_family
from core.extract.relations.families import PICTURES, Grammar
from core.extract.relations.syntax import MODIFIER_DEPS, Tie, nominal, pobjs
from core.model import Family

_AIMED = frozenset({Family.HOSTILITY, Family.ENFORCEMENT})
_AT = frozenset({"at", "on", "against", "upon", "toward", "towards", "of"})


class Targets(Grammar):
    """A hostile or enforcing act on an unnamed thing is aimed at whoever the thing's modifiers name."""

    def owners(self, noun: Token) -> frozenset[int]:
        """Whose an unnamed thing is: 'Philippine vessels', 'Iran's oil sales', 'the vessels of BFAR'."""
        if self.tok_ent[noun.i] >= 0 or not nominal(noun) or self.den_all(noun):
            return frozenset()
        lemma = noun.lemma_.lower()
        if lemma in self.lex.relation_nouns or lemma in self.lex.document_nouns:
            # 'condemned the seizure of X' is read by the relation-noun rules; 'violated U.N. resolutions' is not
            # an act against the UN
            return frozenset()
        out: set[int] = set()
        for c in noun.children:
            if c.dep_ in MODIFIER_DEPS and c.i not in self.hyphenated:
                out |= self.den_all(c)  # but a 'Panamanian-flagged tanker' is not Panama's to seize
            elif c.dep_ == "prep" and c.lower_ == "of":
                out |= self.prep_objects(c)
        return frozenset(out)

    def _aimed_verb(self, v: Token) -> Iterator[Tie]:
        """'China Coast Guard vessels harassed Philippine ships', 'fired water cannon at Philippine vessels'."""
        lemma = v.lemma_.lower()
        fam = self.lex.verbs.get(lemma)
        if fam not in _AIMED or lemma in self.lex.ambivalent_verbs or self.passive(v):
            return
        doers = self.actor(v)
        if not doers:
            return
        things = [c for c in v.children if c.dep_ == "dobj"]
        things += [p for c in v.children if c.dep_ == "prep" and c.lower_ in _AT for p in pobjs(c)]
        if any(self.den_all(c) for c in things if c.dep_ == "dobj"):
            things = [c for c in things if c.dep_ != "dobj"]
        for c in things:
            if c.lemma_.lower() in ("request", "behest", "presence"):
                continue  # 'arrested X at the request of Y' is not aimed at Y (verbs.py ties the asker)
            if c.lemma_.lower() in PICTURES:
                continue  # 'captured footage of a PLA Navy destroyer' records the ship, it does not seize it
            owners = self.owners(c) - doers
            aimed = fam
            if lemma in self.lex.expelling_verbs and owners and c.lemma_.lower() in self.lex.expelled_nouns:
                # 'expelling three Russian embassy staff' is diplomacy with Russia, 'expelled BFAR's vessels' a measure
                aimed = aimed_family(self.lex, lemma, self.aimed_kinds(owners, [c])) or fam
            yield from self._pairs(doers, owners, f"{v.lower_} {c.lemma_.lower()} of", aimed)

    def _aimed_noun(self, n: Token, agents: set[int], fam: Family) -> Iterator[Tie]:
        """'sanctions on Iran's oil sales', 'strikes on Houthi targets', 'harassment of Philippine vessels'."""
        if fam not in _AIMED or not agents:
            return
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in _AT:
                for p in pobjs(c):
                    yield from self._pairs(agents, self.owners(p) - agents, f"{n.lemma_.lower()} on", fam)
