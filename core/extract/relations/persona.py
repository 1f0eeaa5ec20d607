"""Declaring a person unwelcome: 'X declared the ambassador Y persona non grata', 'to declare Y "persona non
grata"', 'Y was made persona non grata by X'.

The annotated sets file the declaration as a measure the declaring party takes on the person (ENFORCEMENT:
'declared persona non grata', 'made persona non grata'). The parser reads the Latin words as anything from a clause
to an object, so the phrase is found on the surface and tied to the nearest declaring verb before it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.families import Grammar
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

DECLARING_VERBS = frozenset({"declare", "make", "deem", "name", "designate", "label"})
# a declaration only wanted, feared or refused: 'refused to declare Y', 'threatened to declare Y'
_UNDONE = frozenset({"refuse", "threaten", "consider", "urge", "ask", "demand", "call", "want", "seek", "plan", "vow"})
_UNDONE |= frozenset({"decline", "reject", "weigh", "mull", "propose", "push", "press"})
_CLAUSE_WORDS = frozenset({"where", "that", "who", "which", "whom", "whose", "while", "as"})
_PHRASE = ("persona", "non", "grata")


class PersonaNonGrata(Grammar):
    """Who declares whom persona non grata."""

    def _non_grata(self, v: Token) -> Iterator[Tie]:
        if v.lemma_.lower() not in DECLARING_VERBS:
            return
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in v.children):
            return  # 'did not declare', 'could declare'
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in _UNDONE:
            return  # 'refused to declare Y persona non grata'
        phrase = _phrase_after(v)
        if phrase is None:
            return
        if self.passive(v):
            declared = self._declared_passive(v)
        else:
            objects = [c for c in v.children if c.dep_ in ("dobj", "ccomp", "oprd", "nsubj") and v.i < c.i < phrase]
            declared = {self.tok_ent[c.i] for c in objects if self.tok_ent[c.i] >= 0}
            declared |= {self.tok_ent[x.i] for c in objects for x in c.children if x.dep_ == "nsubj"} - {-1}
            if not declared:  # the parser hangs the name anywhere before the Latin words: the first name after the verb
                first = next((i for i in range(v.i + 1, phrase) if self.tok_ent[i] >= 0), None)
                declared = {self.tok_ent[first]} if first is not None else set()
        declared = {e for e in declared if self.kind(e) is Kind.OFFICIAL}
        if not declared:
            return
        doers = set(self._declarers(v, phrase)) - declared
        said = "made" if v.lemma_.lower() == "make" else "declared"
        yield from self._pairs(doers, declared, f"{said} persona non grata", Family.ENFORCEMENT)

    def _declarers(self, v: Token, phrase: int) -> set[int]:
        """Who declares, and the state a titled declarer speaks for ('Israel's Foreign Minister X declared')."""
        doers = set(self.actor(v))
        if not doers and self.passive(v):
            by = v.doc[phrase + 3] if phrase + 3 < v.sent.end else None
            if by is not None and by.lower_ == "by":  # 'was made persona non grata by X': parsed under 'grata'
                doers = set(self.prep_objects(by))
        if not doers and v.dep_ == "acl" and any(c.dep_ == "poss" for c in v.head.children):
            doers = set(self.actor(v.head.head))  # 'X reinforced his decision to declare Y ...'
        holders = [c for c in v.children if c.dep_ == "nsubj"]
        if v.dep_ == "acl":
            holders += [c for c in v.head.head.children if c.dep_ == "nsubj"]
        for h in holders:  # the declarer's own state named in the title
            for t in h.subtree:
                e = self.tok_ent[t.i]
                if t.i < h.i and e >= 0 and t.dep_ in ("poss", "amod", "compound") and self.kind(e) is Kind.STATE:
                    doers.add(e)
        return doers

    def _declared_passive(self, v: Token) -> set[int]:
        """'Y was made persona non grata': the passive subject is the one declared."""
        return {e for c in v.children if c.dep_ == "nsubjpass" for e in self.den_all(c)}


def _phrase_after(v: Token) -> int | None:
    """Where 'persona non grata' starts after the verb in its sentence, with no other declaring verb between."""
    sent = v.sent
    for i in range(v.i + 1, min(sent.end, v.i + 16) - 2):
        t = v.doc[i]
        if t.lemma_.lower() in DECLARING_VERBS and t.pos_ in ("VERB", "AUX"):
            return None  # the phrase belongs to the nearer verb
        if t.lower_ in _CLAUSE_WORDS or (t.text == "," and i > v.i + 1 and v.doc[i + 1].tag_.startswith("V")):
            return None  # 'made a visit to X, where Y is persona non grata': another clause's words
        if tuple(v.doc[i + k].lower_ for k in range(3)) == _PHRASE:
            return i
    return None
