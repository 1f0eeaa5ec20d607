"""'..., according to X', 'per X': the source a sentence names by a preposition reports on what it states. A mixin
of the speech rules (speech.py)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.according_states import states_named
from core.extract.relations.issuers import sources_outlets
from core.extract.relations.outlet_sources import named_beside
from core.extract.relations.outlets import DATA_NOUNS
from core.extract.relations.reported_clauses import CLAUSE_ARGS
from core.extract.relations.reports import Reports
from core.extract.relations.syntax import Tie, pobjs
from core.model import Family, Kind

# What an outlet gathers rather than issues: 'according to information collated by X'.
_GATHERED = frozenset(
    {"information", "info", "footage", "imagery", "image", "photo", "photograph", "video", "document"}
)
# Nouns for a state's own government: "Pakistan's government has issued an order, as per X" reports on the state.
_GOVERNMENTS = frozenset({"government", "administration", "authority", "cabinet"})  # lemmas
# What a body puts out without being a document as such: 'according to an announcement from X', "according to X's
# post on social media".
_ISSUED = frozenset({"announcement", "post", "tweet"})


class According(Reports):
    """The reading of 'according to' and 'per'."""

    def _according(self, t: Token) -> Iterator[Tie]:
        """'..., according to the state broadcaster VTV', 'according to a report by the UN Panel of Experts'."""
        clause = t.head
        if t.lower_ == "per" and clause.lower_ == "as" and clause.dep_ == "prep":
            clause = clause.head  # 'As per CNN, X left the door open'
        if clause.pos_ not in ("VERB", "AUX") or clause.i == t.i:
            return
        reporters: set[int] = set()
        direct: set[int] = set()  # sources named as such, or as the authors of a document
        # 'Per Reuters, X works for Y': the source is the preposition's own object
        preps = [t] if t.lower_ == "per" else [c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"]
        for c in preps:
            for p in pobjs(c):
                reporters |= self.den_all(p) | self.issuer(p) | self._joined_issuers(p)
                direct |= {self.tok_ent[p.i]} - {-1}
                if p.lower_ == "base" and any(x.dep_ == "compound" and x.lower_ == "data" for x in p.children):
                    # 'according to the X data base' (two words): its keeper, as 'the X database'
                    keepers = {self.tok_ent[x.i] for x in p.children if x.dep_ in ("compound", "poss")} - {-1}
                    reporters |= keepers
                    direct |= keepers
                if p.lemma_.lower() in self.lex.document_nouns:
                    authors = {
                        e
                        for x in p.children
                        if x.dep_ == "prep" and x.lower_ in ("by", "from", "of")
                        for e in self.prep_objects(x)
                    }
                    # 'according to the statement issued on Monday and broadcast by X': who carried it
                    authors |= self._carriers(p)
                    reporters |= authors
                    direct |= authors
                elif p.lemma_.lower() in _ISSUED:
                    # 'according to an announcement from the ministry', "according to the ministry's post on X"
                    authors = {e for e in self.modifiers(p, complements=False) if self.kind(e) is not Kind.STATE}
                    authors |= {
                        e
                        for x in p.children
                        if x.dep_ == "prep" and x.lower_ in ("by", "from", "of")
                        for e in self.prep_objects(x)
                    }
                    reporters |= authors
                    direct |= authors
                elif p.lemma_.lower() in _GATHERED:
                    # 'according to information collated by X'
                    reporters |= self._carriers(p)
                    direct |= self._carriers(p)
                if p.lemma_.lower() in DATA_NOUNS:
                    # 'according to ship-tracking data analyzed by X', 'according to data from X': who gathered it
                    found = self._carriers(p) | {
                        e for x in p.children if x.dep_ == "prep" and x.lower_ == "from" for e in self.prep_objects(x)
                    }
                    reporters |= found  # (no direct speaker: whose state an act is, is no reading of its data)
                elif self.tok_ent[p.i] < 0:
                    # 'according to diplomats speaking to X', 'according to sources cited by X': the outlet they
                    # spoke to reports their word
                    reporters |= sources_outlets(p, self.prep_objects) & self.outlets()
        reporters = {e for e in reporters if self.kind(e) is not Kind.VESSEL}
        if t.lower_ == "per" and t.i > clause.i:
            # 'X fired back, per the AP, calling ...': after its verb only an outlet or a body is a source, and
            # what it reports is the clause's named subject (not a state a description names: 'the Dutch firm')
            reporters = {e for e in reporters if self.kind(e) is Kind.PARTY}
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            named = {
                e
                for c in subjects
                for e in self.den_all(c)
                if self.kind(e) is not Kind.STATE or self.tok_ent[c.i] == e or c.lemma_.lower() in _GOVERNMENTS
            }
            yield from self._pairs(reporters, named - reporters, "reported on", Family.REPORTING)
            return
        if reporters:
            targets = self._reported_clause(clause)
            if self.source_body(reporters):
                # 'According to X, the ships flagged to A were ...': a source opening its sentence speaks for all of
                # it, however the parser hangs 'according' (here on the subject's participle)
                top = t.sent.root if t.i == t.sent.start and t.sent.root.pos_ in ("VERB", "AUX") else clause
                targets |= self.named_in(top, t) - self._own_here(reporters, t.sent) - self._own(reporters)
            if reporters <= self.outlets():
                if clause.dep_ == "advcl" and clause.head.dep_ == "ROOT" and t.i > clause.head.i:
                    # 'A voted against, while B abstained, according to X': the parser hangs the source on the
                    # last clause; an outlet closing its sentence reports all of it
                    whole = self._scope(clause.head, None) - self._own_here(reporters, t.sent) - self._own(reporters)
                    targets |= self._act_parties(clause.head) | whole
                targets |= self._act_parties(clause)
                # every party the words name ('According to X, A and B drilled with Japanese ships')
                wide = self._scope(clause, t if t.head.i == clause.i else None) - self._own_here(reporters, t.sent)
                targets |= wide - self._own(reporters)
            first = self.joined_before(clause, t)
            if first is not None:  # 'A determined that ... and B was flown to C, according to Y': Y reports on A
                subjects = (x for x in first.children if x.dep_ in ("nsubj", "nsubjpass"))
                targets |= {e for x in subjects for e in self._subject_core(x)} - self._own(reporters)
                if reporters <= self.outlets():
                    # 'A accused B of ..., and said ..., according to the agency X': an outlet reports the whole act
                    targets |= self._act_parties(first) - self._own(reporters)
            if clause.lemma_.lower() in self.lex.reporting_verbs:
                # 'X said "the United States condemns ...", according to Y': Y reports what X's words are about
                # (a state only where it is named as such: 'Indian troops crossed ...' is no report on India)
                for c in clause.children:
                    if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
                        named = {self.tok_ent[x.i] for x in c.subtree if x.dep_ in CLAUSE_ARGS}
                        targets |= {e for e in self._reported_clause(c) if self.kind(e) is not Kind.STATE or e in named}
            own = self._own(reporters)
            if t.lower_ == "according" and reporters <= self.outlets() and not targets - reporters - own:
                # an outlet whose sentence the rules above found no party of: every person and body it names,
                # however parsed (outlet_sources.py)
                targets = named_beside(t, self.tok_ent, self.kind) - self._own_here(reporters, t.sent) - own
            if t.lower_ == "according" and reporters <= self.outlets():
                # the states the sentence names as a subject or in a list, however hung (according_states.py)
                named = states_named(t, self.tok_ent, self.kind, self.heads, self.hyphenated)
                targets |= named - self._own_here(reporters, t.sent) - own
            # 'according to a ministry official' is the official's word, not the ministry's
            home = self._home_state(direct, targets, own, t.sent) if direct == reporters else set()
            yield from self._pairs(reporters, home, "of", Family.MEMBERSHIP)
            yield from self._pairs(reporters, targets - reporters - own - home, "reported on", Family.REPORTING)
