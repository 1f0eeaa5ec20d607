"""Firms and bodies as sources: 'according to maritime analytics firm X, the ships flagged to A were subject to B
sanctions and traded with C', 'according to the Y database, the vessel was struck by Z'. A source that is neither a
news outlet (whose report has its own scope, outlet_scope.py) nor a state's organ (whose word its state takes over)
reports on every party its words name (gold r39: the firm -> each state its figures name), not on a place an act
happened in, a person, a relative clause's or an apposition's addition, nor the words of a speaker it reports in
turn."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.syntax import PLACE_PREPS
from core.model import Kind

# Prepositions of where an act took place, which a source's words are not about: 'in Haiti', 'off the coast of Y'.
_WHERE = PLACE_PREPS | {"near", "off", "outside", "through", "across", "along", "via"}
# Verbs by which goods go to a buyer.
_TRANSFER = frozenset({"send", "sell", "ship", "supply", "export", "deliver", "transfer", "provide"})
# Phrases that add to a name or say where or when, rather than name a party of the act.
_ASIDES = frozenset({"relcl", "npadvmod", "advmod"})


class Sources:
    """Mixed into the speech rules' reading of 'according to' (which supply ``kind``, ``outlets``, ``_organ``,
    ``tok_ent``, ``hyphenated`` and ``lex``)."""

    def source_body(self, reporters: set[int]) -> bool:
        """Every reporter is a body that is no outlet and no state's organ."""
        return (
            bool(reporters)
            and not reporters & self.outlets()
            and all(self.kind(e) is Kind.PARTY and not self._organ(e) for e in reporters)
        )

    def named_in(self, clause: Token, skip: Token) -> set[int]:
        """Every entity but a person named in ``clause``, outside ``skip``'s subtree (the source's own phrase), asides,
        place phrases, clauses reported in turn and hyphenated words ('X-flagged')."""
        out: set[int] = set()
        stack = [clause]
        while stack:
            t = stack.pop()
            for x in t.children:
                if x.i == skip.i or x.dep_ in _ASIDES or (x.dep_ in ("prep", "prt") and x.lower_ in _WHERE):
                    continue
                if x.dep_ == "appos" and self.tok_ent[t.i] >= 0:
                    continue  # 'X, the defence unit of Y': what is said of a name (not 'the company, Z', naming it)
                if x.dep_ == "prep" and (x.lower_ == "from" or (x.lower_ == "to" and _route(t))):
                    continue  # 'a drone fired from Iran', 'a flight from A to B': where something came from or went
                if x.lower_ == "to" and self._sold_to(x):
                    continue  # 'said Russia sold arms to X': a state's sales summed up are no report on the buyer
                if x.dep_ == "amod" and self.tok_ent[x.i] >= 0:
                    continue  # 'a Dutch entity', 'Belarusian planes': a state's adjective names where a thing is from
                if x.dep_ in ("ccomp", "parataxis") and t.lemma_.lower() in self.lex.reporting_verbs:
                    continue
                stack.append(x)
            e = self.tok_ent[t.i]
            counted = any(c.dep_ == "nummod" for c in t.children)  # 'carrying 18 Filipinos': people, no party
            if e >= 0 and t.i not in self.hyphenated and self.kind(e) is not Kind.OFFICIAL and not counted:
                out.add(e)
        return out

    def joined_before(self, clause: Token, t: Token) -> Token | None:
        """'The U.S. determined that ... and the aircraft was flown to Florida, according to X': a source closing
        its sentence after its clause speaks for the sentence's main clause too, where the parser hangs 'according'
        on a clause joined to it or reported in it."""
        root = t.sent.root
        if root.i == clause.i or root.pos_ not in ("VERB", "AUX") or not root.i < clause.i < t.i:
            return None
        if any(x.pos_ not in ("PUNCT", "SPACE") for x in t.doc[t.right_edge.i + 1 : t.sent.end]):
            return None  # the source does not close its sentence
        x = clause
        while x.i != root.i:
            if x.dep_ not in ("conj", "ccomp"):
                return None
            x = x.head
        return root

    def _sold_to(self, to: Token) -> bool:
        """'Russia sold arms worth $20 million to X': the 'to' of a sale by a state, however far below the verb."""
        v = next((a for a in to.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return v is not None and v.lemma_.lower() in _TRANSFER and self._state_sells(v)


def _route(t: Token) -> bool:
    """'a flight from A to B': the word has a 'from' beside its 'to'."""
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in t.children)
