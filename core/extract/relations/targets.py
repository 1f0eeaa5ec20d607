"""Acts aimed at what belongs to someone: 'fired water cannon at Philippine vessels', 'sanctions on Iran's oil'."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.aims import aimed_family
from core.extract.relations.families import PICTURES, Grammar
from core.extract.relations.rescues import CAPTORS
from core.extract.relations.syntax import MODIFIER_DEPS, Tie, nominal, pobjs
from core.extract.relations.verb_senses import paid_out
from core.model import Family, Kind

_AIMED = frozenset({Family.HOSTILITY, Family.ENFORCEMENT})
_AT = frozenset({"at", "on", "against", "upon", "toward", "towards", "of"})


# 'sailed into Russia's territorial waters', 'entered Japanese waters', 'intruded into Philippine airspace': moving
# into a state's waters or airspace is an incursion (HOSTILITY in every annotated set), unless it was permitted
_MOVING = frozenset(
    {"sail", "enter", "intrude", "stray", "venture", "encroach", "penetrate", "steam", "fly", "operate", "patrol"}
    | {"navigate", "trespass", "incur", "move", "cross", "breach"}
)
_INTO = frozenset({"into", "in", "inside", "within"})
_SOVEREIGN = frozenset({"waters", "water", "airspace", "territory", "sea"})
_PERMITTED = frozenset({"permission", "permit", "allow", "authorize", "authorise", "approval", "clearance", "invite"})
_PERMITTED |= {"invitation", "visit", "innocent", "call", "rescue", "escort", "participate", "exercise", "drill"}
_PERMITTED |= {"joint"}


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
        if lemma in _MOVING:
            yield from self._incursion(v)
        fam = self.lex.verbs.get(lemma)
        if fam not in _AIMED or lemma in self.lex.ambivalent_verbs or self.passive(v) or paid_out(v):
            return  # ('shelled out millions to X' pays, verb_senses.py)
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
            if c.lemma_.lower() in CAPTORS:
                continue  # 'arrested the hijackers of the tanker X' is done for X (rescues.py)
            owners = self.owners(c) - doers
            aimed = fam
            if lemma in self.lex.expelling_verbs and owners and c.lemma_.lower() in self.lex.expelled_nouns:
                # 'expelling three Russian embassy staff' is diplomacy with Russia, 'expelled BFAR's vessels' a measure
                aimed = aimed_family(self.lex, lemma, self.aimed_kinds(owners, [c])) or fam
            yield from self._pairs(doers, owners, f"{v.lower_} {c.lemma_.lower()} of", aimed)

    def _incursion(self, v: Token) -> Iterator[Tie]:
        """'The HMS Defender sailed 3 km into Russia's territorial waters', 'entered Japanese waters'."""
        places = [c for c in v.children if c.dep_ == "dobj" and v.lemma_.lower() in ("enter", "cross", "breach")]
        places += [p for c in v.children if c.dep_ == "prep" and c.lower_ in _INTO for p in pobjs(c)]
        places = [p for p in places if p.lemma_.lower() in _SOVEREIGN or p.lower_ in _SOVEREIGN]
        if not places or any(t.lemma_.lower() in _PERMITTED and t.head.lower_ != "without" for t in v.sent):
            return
        doers = self.actor(v)
        if not doers:
            return
        for p in places:
            owners: set[int] = set()
            for c in p.children:
                if c.dep_ in MODIFIER_DEPS:
                    owners |= self.den_all(c)  # "Russia's territorial waters", 'Japanese waters'
                elif c.dep_ == "prep" and c.lower_ == "of":
                    owners |= self.prep_objects(c)  # 'the territorial waters of Japan'
            owners = {e for e in owners - doers if self.kind(e) is Kind.STATE}
            into = "into " if p.dep_ == "pobj" else ""
            yield from self._pairs(doers, owners, f"{v.lemma_.lower()} {into}{p.lower_} of", Family.HOSTILITY)

    def _aimed_noun(self, n: Token, agents: set[int], fam: Family) -> Iterator[Tie]:
        """'sanctions on Iran's oil sales', 'strikes on Houthi targets', 'harassment of Philippine vessels'."""
        if fam not in _AIMED or not agents:
            return
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in _AT:
                for p in pobjs(c):
                    yield from self._pairs(agents, self.owners(p) - agents, f"{n.lemma_.lower()} on", fam)
