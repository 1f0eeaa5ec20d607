"""What a reported clause is about: its subject's core, what the subject acts on, the parties an outlet's words
name, a report nested in a report. A mixin of the speech rules (speech.py)."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.enumerated_objects import enumerated_objects
from core.extract.relations.gatherings import in_gathering
from core.extract.relations.listed_subjects import listed_after_of
from core.extract.relations.nested_parties import relayed_parties
from core.extract.relations.outlet_parties import report_scope
from core.extract.relations.participles import apposed_outlet
from core.extract.relations.reports import Reports
from core.extract.relations.speaker_phrases import own_stance
from core.extract.relations.syntax import WHERE_PREPS, unasserted
from core.model import Family, Kind

# A reported clause's arguments: who acts, on whom, with whom.
CLAUSE_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos"})
# Prepositions naming what an act is aimed at: 'aimed radar at X', 'fired on Y', 'a strike against Z'.
_AIMED = frozenset({"at", "on", "upon", "against"})
# Unnamed agents by whom a state acts in an outlet's report: 'Ecuadorean officials found ..., X reported'.
_STATE_AGENTS = frozenset({"official", "authority", "investigator", "prosecutor", "police", "diplomat"})
# states a person is said to be in ('Y is safe'); a judging adjective ('Y was illegitimate') is talk, not a report
_CONDITIONS = frozenset(
    {"safe", "alive", "free", "dead", "missing", "unharmed", "well", "ill", "injured", "detained", "held", "home"}
    | {"back", "released"}
)
# 'A said ..., while B said ...': a clause set against the first, with a speaker of its own
_CONTRASTING = frozenset({"while", "whereas", "whilst"})


class ReportedClauses(Reports):
    """The entities a speaker's or an outlet's reported clause is about."""

    def _reported_clause(self, c: Token, wide: bool = True) -> set[int]:
        subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass", "csubj")]
        out: set[int] = set()
        for s in subj:
            out |= self._subject_core(s)
        if out or any(s.pos_ == "PRON" for s in subj):
            # 'announced that the Russian MoD has used the Port Olya 3': what the subject acts on is reported too
            acted_on = {e for x in c.children if x.dep_ == "dobj" for e in self.den_all(x) or self._named_within(x)}
            # 'aimed radar at the X', 'fired on the Y', 'a strike against Z': what the act was aimed at
            acted_on |= {e for x in c.children if x.dep_ == "prep" and x.lower_ in _AIMED for e in self.prep_objects(x)}
            # 'confirmed that A and B were released by Tehran': who did what the passive clause states (not a
            # listing, 'has been sanctioned by the EU', nor an act denied, 'has not been sanctioned by the US')
            listing = c.lemma_.lower() in self.lex.listing_verbs or unasserted(c)
            doers = set() if listing else {e for x in c.children if x.dep_ == "agent" for e in self.prep_objects(x)}
            listed = enumerated_objects(c, self.tok_ent)  # 'decided to invite six nations: A, B and C'
            return out | doers | listed | {e for e in acted_on if self.kind(e) in (Kind.VESSEL, Kind.PARTY)}
        # the subject names nobody: take the clause's own arguments, not those of clauses nested in it
        stack = [(c, False)]
        while stack:
            t, placed = stack.pop()
            for x in t.children:
                if x.dep_ in ("ccomp", "relcl", "parataxis"):
                    continue
                # 'sank south of Spain', 'a factory in Russia': places are not what is reported on, but a ship
                # is ('a projectile exploded near the tanker Achilles')
                # (not a meeting or talks the act happens in: 'adopted in a meeting between A and B', gatherings.py)
                where = x.dep_ == "prep" and x.lower_ in WHERE_PREPS and not in_gathering(x)
                here = placed or where or x.dep_ in ("advmod", "npadvmod")
                ei = self.tok_ent[x.i]
                arg = x.dep_ in CLAUSE_ARGS or (x.dep_ == "conj" and t.dep_ in CLAUSE_ARGS)  # '... with A and B'
                named = {ei} if ei >= 0 else (self.den(x) if arg and x.dep_ != "pobj" else frozenset())
                if arg:  # also 'identified a Russian cargo ship, the Port Olya 3', 'the tanker'
                    kinds = (Kind.VESSEL,) if here else (Kind.VESSEL, Kind.PARTY, Kind.OFFICIAL, Kind.STATE)
                    out |= {e for e in named if self.kind(e) in kinds and (wide or self.kind(e) is not Kind.STATE)}
                stack.append((x, here))
        return out

    def _subject_core(self, t: Token) -> set[int]:
        """Entities a subject phrase is about: 'Ri's defection', 'a delegation of the WPK', 'fleeing North Korea'."""
        out = set(self.den_all(t))
        if out and not listed_after_of(t, self.tok_ent, self.den):
            return out
        for c in t.children:
            if c.dep_ in ("poss", "dobj"):
                out |= self.den_all(c)
            elif c.dep_ in ("compound", "amod", "nmod") and self.tok_ent[c.i] >= 0 and c.i not in self.hyphenated:
                out.add(self.tok_ent[c.i])  # 'IRGCN craft swarmed ...', 'a Russian Su-35 flew ...'
            elif c.dep_ == "prep" and c.lower_ == "of":
                out |= self.prep_objects(c)
            elif c.dep_ == "acl" and self.passive(c):
                out |= self.actor(c)  # 'a delegation headed by Ri Su-yong'
        return out

    def _clause_subjects(self, c: Token) -> set[int]:
        return {e for x in c.children if x.dep_ in ("nsubj", "nsubjpass") for e in self.den_all(x)}

    def _named_within(self, x: Token) -> set[int]:
        """'support UN Security Council resolutions', 'seized Hamas's funds': the body an object names before its
        noun."""
        named = {e for y in x.children if y.dep_ in ("compound", "poss") and (e := self.tok_ent[y.i]) >= 0}
        # 'approving the flights by X': the doer a 'by' after the object names is its owner as 'X's flights' is
        return named | {e for y in x.children if y.dep_ == "prep" and y.lower_ == "by" for e in self.prep_objects(y)}

    def _scope(self, clause: Token, below: Token | None) -> set[int]:
        acting = self.lex.troop_nouns | self.lex.vessel_nouns | _STATE_AGENTS
        return report_scope(clause, self.tok_ent, self.kind, self.hyphenated, self.lex.reporting_verbs, acting, below)

    def _relayed(self, clause: Token) -> set[int]:
        """'X said it cut ties with Y, Z reported': the parties of the act a relayed report names
        (nested_parties.py)."""
        return relayed_parties(clause, self.tok_ent, self.kind, self.hyphenated, self.lex.reporting_verbs)

    def _nested_report(self, c: Token) -> set[int]:
        """'Reuters reported Peskov told Zvezda that Moscow needed ...': an outlet reporting a report reports what
        the inner one is about."""
        if c.lemma_.lower() not in self.lex.reporting_verbs:
            return set()
        return {
            e
            for x in c.children
            if x.dep_ == "ccomp" and x.pos_ in ("VERB", "AUX")
            for s in x.children
            if s.dep_ in ("nsubj", "nsubjpass") and (e := self.tok_ent[s.i]) >= 0
        }

    def _trailing_report(self, v: Token) -> set[int]:
        """'Armenia said it would not attend ..., Russian state news agency TASS reported.' parsed with the
        reporting verb hung low: a report closing its sentence after a comma is about the sentence's main clause."""
        root = v.sent.root
        if root.i >= v.i or any(c.dep_ == "ccomp" for c in v.children):
            return set()
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRASTING for c in v.children):
            return set()  # 'A said ..., while B said in the same statement': a second speaker, not a report on A
        if not any(c.dep_ == "nsubj" for c in v.children) and not apposed_outlet(v, self.tok_ent, self.outlets()):
            return set()
        # the speaker's words run back to a comma with no verb among them ('..., Russian state news agency X
        # reported', whose words the parser may hang elsewhere)
        words = v.doc[max(v.sent.start, v.i - 9) : v.i]
        comma = max((t.i for t in words if t.text == ","), default=-1)
        if comma < 0 or any(t.pos_ in ("VERB", "AUX") for t in v.doc[comma + 1 : v.i]):
            return set()
        if any(t.pos_ in ("VERB", "AUX") for t in v.doc[v.i + 1 : v.sent.end] if t.dep_ != "aux"):
            return set()
        return self._reported_clause(root) if root.pos_ in ("VERB", "AUX") else set()

    def _undergoing(self, c: Token) -> set[int]:
        """'X said Y had been freed', 'X says Y and Z are on their way back', 'X said Y was in contact with ...': the
        person a speaker's clause tells of as undergoing or being in a state (a passive or 'be' clause's subject) is
        what he reports on (gold r35); a person acting ('X confirmed Y would visit') is talk, not a report."""
        if c.pos_ not in ("VERB", "AUX"):
            return set()
        be = c.lemma_.lower() == "be"
        if be and not any(x.dep_ == "prep" or (x.dep_ == "acomp" and x.lower_ in _CONDITIONS) for x in c.children):
            return set()  # 'X said Y was a very good friend / illegitimate': a judgement, talk, not a report
        deps = ("nsubj", "nsubjpass") if be else ("nsubjpass",)
        return {
            e
            for x in c.children
            if x.dep_ in deps
            for y in (x, *x.conjuncts)
            if (e := self.tok_ent[y.i]) >= 0 and self.kind(e) is Kind.OFFICIAL
        }

    def _victims(self, c: Token) -> set[int]:
        """'said the measures cut "Russia's revenue for funding its war against Ukraine"': a state a speaker's words
        name as the one a third party's war or invasion is waged on is what he reports on (gold r26, r22: REPORTING;
        the doer gets the speaker's verdict, read elsewhere)."""
        out: set[int] = set()
        for t in c.subtree:
            if t.pos_ != "NOUN" or self.lex.relation_nouns.get(t.lemma_.lower()) is not Family.HOSTILITY:
                continue
            if not any(x.dep_ == "poss" and (x.pos_ == "PRON" or self.tok_ent[x.i] >= 0) for x in t.children):
                continue  # whose war it is: 'Russia's war', 'their invasion'
            if own_stance(t, c):
                continue  # 'said he opposed Russia's war on X': the speaker's own stance, read by the announcements
            for x in t.children:
                if x.dep_ == "prep" and x.lower_ in ("against", "on", "of"):
                    out |= {e for e in self.prep_objects(x) if self.kind(e) is Kind.STATE}
        return out
