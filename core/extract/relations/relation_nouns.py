"""Ties a relation noun states: 'ties between X and Y', 'X's threat against Y', 'a visit by X to Y'."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.act_words import INVOLVING
from core.extract.relations.big_lists import member_pairs
from core.extract.relations.done_by import doing_participles, done_label
from core.extract.relations.held_between import named_parties, passive_held, signed_between
from core.extract.relations.mutual_quarrels import quarrel_verb
from core.extract.relations.syntax import (
    JOINT_NOUNS,
    MODIFIER_DEPS,
    NOUN_PATIENT_PREPS,
    NOUN_POS,
    Tie,
    governing_verb,
    pobjs,
)
from core.extract.relations.targets import Targets
from core.model import Family, Kind

# Diplomatic posts: whose post it is (a modifier) and where it is ('in') are two countries with ties.
_POSTS = frozenset({"embassy", "consulate", "mission"})
# participles the parser takes for prepositions of time: 'following the talks with X' is 'after the talks with X'
_AS_PREPS = frozenset({"following", "preceding"})
# families whose noun takes its patient after 'at' or 'for': 'talks at the UN', "Chile's support for Peru"
_FOR_FAMILIES = {"at": frozenset({Family.DIPLOMACY}), "for": frozenset({Family.DIPLOMACY, Family.ALLIANCE})}
_ANY = frozenset(Family)
# nouns naming who a measure is aimed at: 'X, a target of US sanctions'
_TARGET_NOUNS = frozenset({"target"})
# 'talks involving A, B and C': the names a meeting or a pact takes in meet in it (not 'including': 'the states
# that supported these talks, including A and B' lists the supporters, the parser hangs it on the talks)
_SHARED = frozenset({Family.DIPLOMACY, Family.AGREEMENT, Family.TRADE, Family.ALLIANCE})
# Verbs whose passive subject undergoes the noun: 'was subjected to sanctions by X', 'exposed to attacks by X'.
_UNDERGOING = frozenset({"subject", "expose"})


class RelationNouns(Targets):
    """Rules for relation nouns and who they join."""

    def _passive_undergoers(self, n: Token) -> set[int]:
        """'X and Y were subjected to sanctions by Z': the passive subject is what the noun is aimed at."""
        verb = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "to" else None
        if verb is None or verb.lemma_.lower() not in _UNDERGOING or not self.passive(verb):
            return set()
        return {e for c in verb.children if c.dep_ == "nsubjpass" for e in self.den_all(c)}

    def _relation_noun(self, n: Token) -> Iterator[Tie]:
        """'ties between X and Y', 'X's threat against Y', 'the DPRK-Cuba friendship', 'a visit by X to Y'."""
        lemma = n.lemma_.lower()
        quarrel = quarrel_verb(n)  # 'X and Y have been at odds over Z' (mutual_quarrels.py)
        if quarrel is not None:
            for a, b in member_pairs(self.subjects(quarrel)):
                yield a, b, f"at {n.lower_} with", Family.HOSTILITY
        fam = self.trade_override(n, self.lex.relation_nouns.get(lemma) or self.lex.relation_nouns[n.lower_])
        agents: set[int] = set()
        mods: set[int] = set()
        patients: set[int] = set()
        between: set[int] = set()
        of: set[int] = set()
        nouns = [n]
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                nouns += [p for p in pobjs(c) if self.tok_ent[p.i] < 0]
        for c in n.children:
            if c.dep_ in MODIFIER_DEPS:
                ents = self.den_all(c) or self._joint_owners(c)
                agents |= ents
                if c.dep_ in ("compound", "amod", "nmod"):
                    mods |= ents
        for noun in nouns:
            for c in [*noun.children, *self._hung_on_verb(n, fam)] if noun is n else noun.children:
                if c.dep_ != "prep":
                    continue
                objs = self.prep_objects(c)
                prep = c.lower_
                if prep in ("by", "from"):
                    agents |= objs
                elif prep == "between":
                    between |= objs
                elif prep == "of" and noun is n:
                    of |= objs
                elif (prep in NOUN_PATIENT_PREPS and fam in _FOR_FAMILIES.get(prep, _ANY)) or (
                    prep == "in" and lemma in _POSTS and mods and noun is n
                ):
                    # 'the Chinese embassy in Sri Lanka': a named country's post in a country is a tie with it
                    if lemma in JOINT_NOUNS and prep != "with":
                        continue  # 'drills against X', 'exercises near X' are no partnership
                    goods = frozenset() if objs else self._goods_of(c, fam)
                    patients |= objs or goods
                    if goods:
                        fam = Family.HOSTILITY  # a measure against a state's trade is a policy against the state
        done_labels: dict[int, str] = {}  # 'carried out attack against': the participle's own words (done_by.py)
        for v in doing_participles(n):  # 'the attacks carried out by X against Y' (done_by.py)
            for c in (x for p in (v, *(y for y in v.children if y.dep_ == "prt")) for x in p.children):
                if c.dep_ == "agent":
                    agents |= self.prep_objects(c)
                elif (
                    c.dep_ == "prep"
                    and c.lower_ in NOUN_PATIENT_PREPS
                    and fam in _FOR_FAMILIES.get(c.lower_, _ANY)
                    and (lemma not in JOINT_NOUNS or c.lower_ == "with")
                ):
                    objs = self.prep_objects(c)
                    if not objs and fam in (Family.HOSTILITY, Family.ENFORCEMENT) and c.lower_ in ("on", "against"):
                        objs = {e for p in pobjs(c) for e in self.owners(p)}  # 'on Maldoran bases'
                    patients |= objs
                    for e in objs:
                        done_labels.setdefault(e, f"{done_label(v)} {lemma} {c.lower_}")
        if n.dep_ == "compound" and n.head.pos_ == "NOUN" and self.tok_ent[n.head.i] < 0 and not between:
            # 'a signing ceremony between X and Y': the event noun the relation noun qualifies holds the 'between'
            host = n.head
            if host.lemma_.lower() not in self.lex.relation_nouns and host.lower_ not in self.lex.relation_nouns:
                for c in host.children:
                    if c.dep_ == "prep" and c.lower_ == "between":
                        between |= self.prep_objects(c)
        for held in n.children:
            if signed_between(held):
                # 'a meeting held in September between X and Y', 'the agreement which was signed between X and Y'
                for c in held.children:
                    if c.dep_ in ("prep", "agent") and c.lower_ == "between":
                        # names only: 'ties forged between the two countries' may reach too far back
                        between |= named_parties(c, self.tok_ent)
        for held in passive_held(n):
            # 'the agreement was signed between X and Y', 'talks were held between the head of X's A, B, and ...':
            # the parties are the objects themselves, not every name inside them
            between |= {
                e for c in held.children if c.dep_ == "prep" and c.lower_ == "between" for e in self.prep_objects(c)
            }
        if fam in _SHARED and not between:
            between |= self._involved(n)
        if lemma in self.lex.role_nouns:
            holders = self.holders(n)
            if holders:
                agents = set(holders)  # 'X, the State Department's envoy for Venezuela': X acts, not the Department
        if not agents and of:
            agents, of = of, set()
        patients |= of
        if not agents and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in NOUN_POS:
            outer = n.head.head
            for c in outer.children:
                if c.dep_ in MODIFIER_DEPS:
                    agents |= self.den_all(c)
        if (
            agents
            and not patients
            and not between
            and fam in (Family.DIPLOMACY, Family.ALLIANCE)
            and n.dep_ == "pobj"
            and n.head.lower_ in ("at", "on", "upon", "with", "under")
        ):
            # 'Kim visited Russia at the invitation of Putin', 'escaped with the help of Italy': the one invited or
            # helped is the doer of the clause
            verb = n.head.head
            if verb.pos_ in ("VERB", "AUX") and not self.passive(verb):
                yield from self._pairs(agents, self.actor(verb) - agents, f"{lemma} of", fam)
        if agents and not patients and fam is Family.LEADERSHIP and n.dep_ == "pobj" and n.head.lower_ == "under":
            yield from self._led(n, agents)
        if agents and not patients and not between:
            patients = self._passive_undergoers(n)
        if not agents and patients:
            # 'X sent a delegation for their first meeting with Y': the event is the clause's doer's
            verb = governing_verb(n, ("pobj", "prep", "advmod"))
            if verb is not None and verb.dep_ == "prep" and verb.lower_ in _AS_PREPS and verb.head.pos_ == "VERB":
                verb = verb.head  # 'X warns of retaliation following a war with Y', as 'after a war with Y'
            if verb is not None and not self.passive(verb):
                agents |= self.actor(verb)
        if agents and not patients and fam in (Family.HOSTILITY, Family.ENFORCEMENT):
            patients = self._target_of(n)
        type_ = lemma
        for group in (
            (patients - agents,) if lemma not in self.lex.listing_nouns else _by_statehood(patients - agents, self.kind)
        ):
            plain = frozenset(e for e in group if e not in done_labels)
            if plain:
                yield from self._pairs(agents, plain, f"{type_} with", self.listed(n, fam, group))
            for e in sorted(group - plain):
                yield from self._pairs(agents, {e}, done_labels[e], self.listed(n, fam, group))
        if not patients and lemma not in JOINT_NOUNS:
            yield from self._aimed_noun(n, agents, fam)
        if agents and fam in (Family.HOSTILITY, Family.ENFORCEMENT) and n.dep_ == "pobj" and n.head.lower_ == "under":
            yield from self._under(n, agents)
        for a, b in member_pairs(between):
            yield a, b, f"{type_} between", fam
        if len(mods) >= 2 and not patients and lemma not in self.lex.listing_nouns:
            # (not 'Iran and Syria sanctions': the states named on a measure are its targets or issuers, no foes)
            for a, b in member_pairs(mods):
                yield a, b, type_, fam

    def _involved(self, n: Token) -> set[int]:
        """'trilateral talks involving Presidents A, B and C': the names listed after 'involving' hung on the noun,
        walking the list's commas and 'and's, not its modifiers."""
        out: set[int] = set()
        for acl in n.children:
            if acl.dep_ not in ("acl", "prep") or acl.tag_ != "VBG" or acl.lemma_.lower() not in INVOLVING:
                continue
            todo = [c for c in acl.children if c.dep_ in ("dobj", "pobj")]
            while todo:
                x = todo.pop()
                e = self.tok_ent[x.i]
                if e >= 0 and self.kind(e) in (Kind.STATE, Kind.PARTY, Kind.OFFICIAL):
                    out.add(e)
                todo += [c for c in x.children if c.dep_ in ("conj", "appos")]
        return out if len(out) >= 2 else set()

    def _target_of(self, n: Token) -> set[int]:
        """'X, a target of US sanctions', 'X is a target of EU sanctions': the named target undergoes the measure."""
        if n.dep_ != "pobj" or n.head.lower_ != "of" or n.head.head.lemma_.lower() not in _TARGET_NOUNS:
            return set()
        target = n.head.head
        if target.dep_ == "appos" and self.tok_ent[target.head.i] >= 0:
            return {self.tok_ent[target.head.i]}
        if target.dep_ == "attr" and target.head.lemma_.lower() == "be":
            return set(self.subjects(target.head))
        return set()

    def _hung_on_verb(self, n: Token, fam: Family) -> list[Token]:
        """'extended their ban beyond May on Ukrainian grain': the parser hangs the measure's 'on' on the verb."""
        if fam not in (Family.HOSTILITY, Family.ENFORCEMENT) or n.dep_ != "dobj":
            return []
        if any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in n.children):
            return []
        return [c for c in n.head.children if c.dep_ == "prep" and c.lower_ in ("on", "against") and c.i > n.i]

    def _joint_owners(self, c: Token) -> frozenset[int]:
        """'X, Y and Z extended their ban': 'their' on the object of a verb is the joined subject's."""
        n = c.head
        if c.lower_ != "their" or c.dep_ != "poss" or n.dep_ != "dobj":
            return frozenset()
        doers = self.subjects(n.head)
        return doers if len(doers) >= 2 else frozenset()

    def _goods_of(self, prep: Token, fam: Family) -> frozenset[int]:
        """'a ban on Ukrainian grain', 'sanctions on Iran's oil': a measure on a state's goods is on the state."""
        if fam not in (Family.HOSTILITY, Family.ENFORCEMENT) or prep.lower_ not in ("on", "against"):
            return frozenset()
        out: set[int] = set()
        for p in pobjs(prep):
            if self.tok_ent[p.i] < 0 and p.pos_ in NOUN_POS and p.lemma_.lower() not in self.lex.role_nouns:
                out |= {e for x in p.children if x.dep_ in MODIFIER_DEPS for e in self.den_all(x)}
        return frozenset(e for e in out if self.kind(e) is Kind.STATE)

    def _led(self, n: Token, agents: set[int]) -> Iterator[Tie]:
        """'Cuba advanced under the leadership of the Party', 'to stifle Cuba under the Party's leadership': the
        leader leads the states and bodies of the clause it qualifies."""
        verb = n.head.head
        if verb.pos_ not in ("VERB", "AUX") or self.passive(verb):
            return
        led = {e for e in self.subjects(verb) | self.direct_objects(verb) if self.kind(e) in (Kind.STATE, Kind.PARTY)}
        yield from self._pairs(agents, led - agents, f"{n.lemma_.lower()} of", Family.LEADERSHIP)

    def _under(self, n: Token, agents: set[int]) -> Iterator[Tie]:
        """'The Boracay is listed under British and EU sanctions', 'Syria, also under U.S. sanctions': whoever
        is under the sanctions is their target (a ship, firm or person enforced against, a state opposed)."""
        head = n.head.head
        if head.pos_ in ("VERB", "AUX"):
            under = self.undergoer(head) if self.passive(head) else self.subjects(head)
        else:
            under = self.den_all(head)
        for e in under - agents:
            fam = Family.HOSTILITY if self.kind(e) is Kind.STATE else Family.ENFORCEMENT
            yield from self._pairs(agents, (e,), f"{n.lemma_.lower()} on", fam)


def _by_statehood(ents: set[int], kind) -> tuple[set[int], set[int]]:
    """States apart from the rest: 'sanctions on Iran and on Mahan Air' are a policy and a listing."""
    states = {e for e in ents if kind(e) is Kind.STATE}
    return states, ents - states
