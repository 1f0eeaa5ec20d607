"""What a report by a news outlet is about, and where a report's clause or its outlet sits in the sentence."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.families import Grammar
from core.extract.relations.outlets import OUTLET_NOUNS, outlet_entities
from core.extract.relations.syntax import pobjs
from core.model import Kind

# Prepositions naming with or against whom an act's object is: 'trade with X', 'sanctions on Y'.
_PARTNERS = frozenset({"with", "against", "on", "upon"})
# Words by which a subject names who acts: 'Indian Air Force jets', 'Russia's navy'.
_NAMING = frozenset({"compound", "amod", "poss"})  # (a state only by its own name, as in 'according to')
# Nouns for a person's words to an outlet: 'in an interview with X'.
_INTERVIEWS = frozenset({"interview", "conversation", "remark", "comment"})
# Nouns for a message a subject sends: 'in her letter to X' (whom the act is addressed to).
_MESSAGES = frozenset({"letter", "message", "note"})
# Verbs by which goods go to someone: 'will send howitzers to Poland', 'continued selling drives to X'.
_TRANSFER = frozenset({"send", "sell", "ship", "supply", "export", "deliver", "transfer", "smuggle", "provide"})


class Reports(Grammar):
    """Outlets and the parties of the acts they report."""

    def outlets(self) -> frozenset[int]:
        """The document's news outlets (found once)."""
        found = self.__dict__.get("_outlet_set")
        if found is None:
            found = self.__dict__["_outlet_set"] = outlet_entities(self.doc, self.tok_ent, self.entities)
        return found

    def _act_parties(self, c: Token, depth: int = 0) -> set[int]:
        """Who takes part in the act an outlet reports: the clause's subject, what it acts on, with or against
        whom ('suspended trade with Israel', 'had ties with Ukraine's services'), and the same of a clause it
        reports in turn ('claimed that Indian Air Force jets were shot down'); not where it happened, nor what a
        relative or adverbial clause adds."""
        out: set[int] = set()
        report = c.lemma_.lower() in self.lex.reporting_verbs
        for x in c.children:
            dep = x.dep_
            if dep in ("nsubj", "nsubjpass"):
                if report:  # a speaker reported speaking: the outlet reports him, not his body
                    out |= {self.tok_ent[x.i]} - {-1}
                elif depth:  # 'claimed that Indian Air Force jets were shot down' (not 'Indian troops crossed ...')
                    named = {self.tok_ent[y.i] for y in (x, *x.children) if y is x or y.dep_ in _NAMING} - {-1}
                    out |= {e for e in named if self.kind(e) is not Kind.STATE or self.tok_ent[x.i] == e}
                else:
                    out |= self._subject_core(x)
            elif dep == "dobj":
                # not a person the parser hangs on the object as a modifier ('sent Kim Jong-un greetings')
                out |= self._subject_core(x) - {
                    e
                    for y in x.children
                    if y.dep_ == "compound"
                    and self.kind(e := self.tok_ent[y.i]) is Kind.OFFICIAL
                    and e != self.tok_ent[x.i]  # not the object's own name: 'told Luis Mora'
                }
                for p in x.children:
                    if p.dep_ == "prep" and p.lower_ in _PARTNERS:
                        out |= {e for o in pobjs(p) for e in self._subject_core(o)}
            elif dep == "prep" and x.lower_ in _PARTNERS | {"as"}:
                out |= {e for o in pobjs(x) for e in self._subject_core(o) | self._aimed_below(o)}
            elif dep == "prep" and x.lower_ == "in":
                # 'in her letter to X, Y reported a shortage': the letter's addressee takes part in the act
                out |= {
                    e
                    for o in pobjs(x)
                    if o.lemma_.lower() in _MESSAGES
                    for p in o.children
                    if p.dep_ == "prep" and p.lower_ == "to"
                    for e in self.prep_objects(p)
                }
            elif dep == "prep" and x.lower_ == "to" and any(y.dep_ == "dobj" for y in c.children):
                out |= {e for o in pobjs(x) for e in self.den_all(o)}  # 'handed over a system to Ukraine'
            elif dep == "prep" and x.lower_ == "by" and depth < 2:
                # 'aligned with the sanctions by listing two firms': the means is the same act
                out |= {e for y in x.children if y.dep_ == "pcomp" for e in self._act_parties(y, depth + 1)}
            elif dep in ("ccomp", "xcomp", "conj") and x.pos_ in ("VERB", "AUX") and depth < 2:
                out |= self._act_parties(x, depth + 1)
        return out

    def _recipients(self, c: Token) -> set[int]:
        """'X will send howitzers to Poland, said Y', '"Z continued sending drives to W," said V': whom the goods of
        a reported clause go to (a state or a body; not a clause the reported one reports in turn)."""
        out: set[int] = set()
        stack = [c]
        while stack:
            t = stack.pop()
            if t.pos_ == "VERB" and t.lemma_.lower() in _TRANSFER and not self._state_sells(t):
                heads = [t, *(x for x in t.children if x.dep_ == "dobj")]
                out |= {
                    e
                    for h in heads
                    for p in h.children
                    if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                    for e in self.prep_objects(p)
                }
            stack.extend(
                x
                for x in t.children
                if x.dep_ != "parataxis"
                and (x.dep_ != "relcl" or any(y.dep_ == "aux" and y.lower_ == "to" for y in x.children))
                and x.lemma_.lower() not in self.lex.reporting_verbs
            )  # (an infinitive's clause is the act's: 'a scheme to sell products to X')
        return {e for e in out if self.kind(e) in (Kind.STATE, Kind.PARTY)}

    def _state_sells(self, t: Token) -> bool:
        """'X said Russia sold arms to Y': a state's sales an analyst sums up are no report on the buyer (a firm's
        sales a ministry or an official reports are)."""
        return any(
            self.kind(e) is Kind.STATE
            for v in (t, t.head)
            for c in v.children
            if c.dep_ == "nsubj"
            for e in self.den_all(c)
        )

    def _aimed_below(self, t: Token) -> set[int]:
        """'the round of sanctions against Russia': whom a noun's act is aimed at, through 'of' phrases."""
        out: set[int] = set()
        for x in t.children:
            if x.dep_ == "prep" and x.lower_ in ("against", "on", "of"):
                for o in pobjs(x):
                    out |= (set(self.den_all(o)) if x.lower_ != "of" else set()) | self._aimed_below(o)
        return out

    def _fronted_clause(self, c: Token, v: Token) -> bool:
        """'USS X was escorting the Y, the 5th Fleet said in a statement': the reported clause before a report
        closing the sentence, which the parser may hang as an adverbial clause (one with no 'as', 'when', 'if')."""
        return (
            c.dep_ == "advcl"
            and c.i < v.i
            and c.pos_ in ("VERB", "AUX")
            and not any(x.dep_ in ("mark", "advmod") and x.i < c.i for x in c.children)
            and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
            and any(t.text == "," for t in v.doc[c.right_edge.i : v.i])
        )

    def _second_reported(self, c: Token, v: Token) -> bool:
        """'X said foreign meddling has been a threat for decades, and Canada has robust measures': a second clause
        of the speaker's words the parser hangs on the reporting verb as its conjunct (its own subject, not a
        report of its own, after a reported clause; not the speaker going on: 'and he left')."""
        if c.dep_ != "conj" or c.i < v.i or c.pos_ not in ("VERB", "AUX"):
            return False
        if c.lemma_.lower() in self.lex.reporting_verbs:
            return False
        subjects = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(x.pos_ == "PRON" for x in subjects):
            return False
        reported = [x for x in v.children if x.dep_ == "ccomp" and x.i < c.i]
        if not reported:
            return False
        # 'X said the talks had failed, and Y recalled its envoy': the speaker's words shifted back a tense, the next
        # clause in the narrator's plain past is the narrator's ('said its ship fired ..., and a plane dropped ...'
        # keeps one tense: the speaker's still)
        shifted = any(a.dep_ == "aux" and a.lower_ in ("had", "would") for r in reported for a in r.children)
        plain = c.tag_ == "VBD" and not any(x.dep_ in ("aux", "auxpass") for x in c.children)
        return not (v.tag_ == "VBD" and shifted and plain)

    def _outlet_word(self, p: Token) -> set[int]:
        """The outlet an outlet's noun names before it: 'on SKAI radio', 'told Andes television'."""
        if self.tok_ent[p.i] >= 0 or p.lemma_.lower() not in OUTLET_NOUNS:
            return set()
        out = {e for x in p.children if x.dep_ in ("compound", "nmod") and (e := self.tok_ent[x.i]) >= 0}
        # 'told French news agency AFP': the name after the noun, parsed beside it or under it
        if p.i + 1 < len(p.doc) and (e := self.tok_ent[p.i + 1]) >= 0 and p.doc[p.i + 1].head.i in (p.i, p.head.i):
            out.add(e)
        return out

    def _interviewers(self, v: Token) -> set[int]:
        """Outlets a person speaks to: 'told CNN', 'said to Reuters', 'said on Kuwait TV', 'in an interview with
        Al-Jazeera'."""
        out = set(self._told_outlets(v))
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "in"):
                for p in pobjs(c):
                    out |= self.den_all(p) | self._outlet_word(p) if c.lower_ == "on" else set()
                    if p.lemma_.lower() in _INTERVIEWS:
                        out |= {
                            e
                            for x in p.children
                            if x.dep_ == "prep" and x.lower_ in ("with", "to")
                            for e in self.prep_objects(x)
                        }
        return out & self.outlets()
