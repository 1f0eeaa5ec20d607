"""A person an outlet cites or quotes as saying something is the one who says it: 'X, the news channel Y cited
Defense Minister Z as saying', 'Y quoted Z as saying that W ...'. Z reports on the parties his words name as if he
had said them himself (a state or body, not another person, nor his own state or body, nor a state his words have
act); whom the outlet reports on
is read by the rules for the outlet's own report (speech.py). The parties of a purchase include whom it is bought
from ('plans to purchase jets from A and others from B')."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.conduct_verdicts import conduct_verdict
from core.extract.relations.syntax import Tie, pobjs
from core.model import Family, Kind

# Verbs by which an outlet names whose words it carries.
_CITING = frozenset({"cite", "quote"})
# Verbs by which goods are got from someone: the seller is a party of the act.
_GETTING = frozenset({"buy", "purchase", "acquire", "import", "procure", "order", "obtain"})


class CitedSpeakers:
    """Mixed into the speech rules (which supply ``tok_ent``, ``kind``, ``den_all``, ``lex``, ``_reported_clause``,
    ``_clause_subjects``, ``_act_parties``, ``_own``, ``_own_here`` and ``_pairs``)."""

    def _cited_speaker(self, v: Token) -> Iterator[Tie]:
        if v.lemma_.lower() not in _CITING:
            return
        saying = [
            y
            for x in v.children
            if x.dep_ == "prep" and x.lower_ == "as"
            for y in x.children
            if y.dep_ == "pcomp" and y.lemma_.lower() in self.lex.reporting_verbs
        ]
        if not saying:
            return
        people = {e for x in v.children if x.dep_ == "dobj" for e in self.den_all(x) if self.kind(e) is Kind.OFFICIAL}
        if not people:
            return
        clauses = [y for s in saying for y in s.children if y.dep_ == "ccomp" and y.pos_ in ("VERB", "AUX")]
        # the words fronted before the outlet: '"...," / X plans ..., Y cited Z as saying'
        clauses += [
            c for c in v.children if c.dep_ in ("ccomp", "parataxis") and c.i < v.i and c.pos_ in ("VERB", "AUX")
        ]
        if v.dep_ in ("conj", "parataxis") and v.head.i < v.i and v.head.pos_ in ("VERB", "AUX"):
            clauses.append(v.head)
        targets: set[int] = set()
        for c in clauses:
            targets |= self._reported_clause(c) | self._act_parties(c) | _sellers(c, self.tok_ent)
            # (not a state his words have act: 'Turkey plans to buy ..., X cited its defence minister as saying')
            targets -= {e for e in self._clause_subjects(c) if self.kind(e) is Kind.STATE}
        targets = {e for e in targets if self.kind(e) is not Kind.OFFICIAL}
        targets -= people | self._own(people) | self._own_here(people, v.sent)
        for c in clauses:  # 'cited X as saying Prague's claims are absurd': his verdict on Prague
            judged, fam = conduct_verdict(c, self.tok_ent, self._verdict_word)
            judged -= people | self._own(people)
            if fam is not None and judged:
                yield from self._pairs(people, judged, "called", fam)
                targets -= judged
        yield from self._pairs(people, targets, "reported on", Family.REPORTING)


def _sellers(c: Token, tok_ent) -> set[int]:
    """'plans to purchase 12 jets from A and 12 others from B': whom a purchase in the clause (or its infinitive) is
    made from, also from a second object joined to the first."""
    out: set[int] = set()
    verbs = [c, *(x for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB")]
    for v in verbs:
        if v.lemma_.lower() not in _GETTING:
            continue
        heads = [v, *(x for x in v.children if x.dep_ in ("dobj", "conj"))]
        heads += [y for x in heads[1:] for y in x.conjuncts]
        for h in heads:
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ == "from":
                    out |= {tok_ent[o.i] for o in pobjs(p) for o in (o, *o.conjuncts)} - {-1}
    return out
