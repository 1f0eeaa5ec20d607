"""Taking a body off a list: 'revoked the designation of X (as a terrorist group)', 'will rescind the terrorist
designation given to X', 'lifted the ban on X', 'removed X from their lists of terrorist groups', 'delisted X'; and
taking from a party what it holds: 'revoked the operating licence of X', 'rescinded X's accreditation'.

The annotated sets file a designation and its revocation alike as a measure the listing party takes on the listed
body (ENFORCEMENT). Read only for a body, a person or a ship: taking a state off a list (a sponsor of terrorism)
is a policy toward it, not a measure on it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from core.extract.relations.families import Grammar
from core.extract.relations.syntax import HEDGES, Tie, unasserted
from core.model import Family, Kind

# verbs that undo a listing named by their object noun
UNDOING = frozenset({"revoke", "rescind", "lift", "withdraw", "cancel", "reverse", "scrap", "overturn", "repeal"})
# verbs that take the listed body itself as object: 'removed X from the list', 'delisted X'
REMOVING = frozenset({"remove", "delist", "deproscribe", "unban", "drop", "strike", "take"})
DELISTING_VERBS = UNDOING | REMOVING
# the listing undone: 'the designation of X', 'the FTO designation for X', 'the ban on X'
_LISTINGS = frozenset({"designation", "listing", "proscription", "ban", "blacklisting", "classification"})
# what a party holds and loses by a measure: 'revoked the licence of X', 'rescinded X's accreditation'
_PERMITS = frozenset({"licence", "license", "accreditation", "visa", "permit", "credential", "credentials"})
# measures undone on a party: 'the General Court revoked the restrictive measures imposed on X' (a state is left out)
_SANCTIONS = frozenset({"measure", "sanction", "restriction", "freeze", "embargo"})
# what a body is taken off: 'from their lists of terrorist groups', 'from the blacklist'
_LISTS = frozenset({"list", "lists", "blacklist", "blacklists", "register", "registry", "roster"})
# listings that are a measure whatever list they name; 'listing' and 'classification' (a stock exchange's, a
# registry's) and any list a body is taken off need the sentence to say it is a list of sanctions or terror
_MEASURES = frozenset({"designation", "proscription", "ban", "blacklisting"})
_QUALIFIERS = ("terror", "sanction", "proscri", "banned", "blacklist", "watchlist", "extremis", "designat", "outlaw")
_OWN_VERBS = frozenset({"delist", "deproscribe", "unban"})
_TAKEN = _LISTINGS | _PERMITS | _SANCTIONS
_TAKEN_MEASURES = _MEASURES | _PERMITS | _SANCTIONS
_LISTED = (Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL)
_CONDITIONS = frozenset({"if", "unless", "provided", "once"})  # 'would lift ... if X disarms': a condition, no act


# a condition the parser hangs anywhere in the clause: 'as long as', 'only after', 'in exchange for', 'should X disarm'
_INVERTED = frozenset({"should", "were", "had"})


def _conditioned(v: Token) -> bool:
    """Anything in the clause of ``v`` (or after it in its teller's) making its act conditional, however deep the
    parser hangs it: 'if', 'unless', 'provided', 'once', 'as long as', 'only after', 'in exchange (return) for', an
    inverted 'should X disarm'."""
    # the parser often hangs a trailing condition on the reporting verb: read its clause after ``v`` too
    for t in sorted({*v.subtree, *(t for t in v.head.subtree if t.i > v.i)}, key=lambda t: t.i):
        low, nxt = t.lower_, t.nbor(1).lower_ if t.i + 1 < len(t.doc) else ""
        if low in _CONDITIONS and (low != "once" or t.dep_ == "mark"):
            return True
        if (low, nxt) in (("as", "long"), ("only", "after"), ("only", "if")):
            return True
        if low == "in" and nxt in ("exchange", "return") and t.i + 2 < len(t.doc) and t.nbor(2).lower_ == "for":
            return True
        # 'should the group disarm' (a subject after the verb); 'were'/'had' so only after a comma ('..., had X')
        subject_next = t.i + 1 < len(t.doc) and t.nbor(1).pos_ in ("DET", "PRON", "PROPN")
        if low in _INVERTED and t.i > v.i and subject_next and (low == "should" or t.nbor(-1).lower_ == ","):
            return True
    return False


class Delistings(Grammar):
    """Who takes whom off a list of terrorist groups, of sanctioned bodies, of banned organisations."""

    def _delisted(self, v: Token) -> Iterator[Tie]:
        lemma = v.lemma_.lower()
        if lemma not in DELISTING_VERBS or self.passive(v) or (unasserted(v) and not self._told_will(v)):
            return  # 'did not revoke', 'could lift the ban on X', 'if X removes Y from the list': no act done
        listed: set[int] = set()
        measure = lemma in _OWN_VERBS  # 'delisted X', or a listing that is a measure in itself ('the designation of X')
        if lemma in UNDOING:
            for obj in v.children:
                if obj.dep_ == "dobj" and self.tok_ent[obj.i] < 0 and obj.lemma_.lower() in _TAKEN:
                    listed |= self._listing_of(obj)
                    measure = measure or obj.lemma_.lower() in _TAKEN_MEASURES
        else:
            taken_off = lemma in _OWN_VERBS or any(
                c.dep_ == "prep" and c.lower_ in ("from", "off") and self._a_list(c) for c in v.children
            )
            if taken_off:
                listed |= self.direct_objects(v)
        if not listed or not (measure or _qualified(v)):
            return
        doers = self.actor(v)
        listed = {e for e in listed if self.kind(e) in _LISTED} - doers
        yield from self._pairs(doers, listed, f"{lemma} listing of", Family.ENFORCEMENT)

    def _told_will(self, v: Token) -> bool:
        """'X announced that it would remove Y from its list', 'X said it would lift the designation of Y': 'would'
        in the clause a reporting verb states is the teller's 'will' told in the past, no hedge; not where anything
        else in the clause or above it hedges ('said it would not', 'would ... if Y disarms', 'might say')."""
        if v.dep_ != "ccomp" or v.head.lemma_.lower() not in self.lex.reporting_verbs or unasserted(v.head):
            return False
        kids = [c for c in v.children if c.dep_ in ("aux", "neg")]
        hedged = any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES - {"would"}) for c in kids)
        return not hedged and not _conditioned(v) and any(c.dep_ == "aux" and c.lower_ == "would" for c in kids)

    def _listing_of(self, noun: Token) -> set[int]:
        """The bodies a listing noun names: 'of X', 'for X', 'on X', 'given to X', 'X's designation'."""
        out: set[int] = set()
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "on", "against"):
                out |= self.prep_objects(c)
            elif c.dep_ in ("poss", "compound") and self.tok_ent[c.i] >= 0:
                out |= self.den_all(c)
            elif c.dep_ == "acl" and c.lemma_.lower() in ("give", "grant", "apply", "assign", "impose"):
                for p in c.children:  # 'the designation given to the group X'
                    if p.dep_ in ("dative", "prep") and p.lower_ in ("to", "on"):
                        out |= self.prep_objects(p)
        return out

    @staticmethod
    def _a_list(prep: Token) -> bool:
        """'from their lists of terrorist groups', 'off the blacklist': the preposition's object is a list."""
        return any(
            p.dep_ == "pobj" and (p.lemma_.lower() in _LISTS or p.lower_ in _LISTS) for p in prep.children
        )


def _qualified(v: Token) -> bool:
    """The sentence says the list is one of sanctions, terror or banned groups ('removed X from the list of
    terrorist groups'; not 'the list of candidates', 'its list of partners', 'the listing of A on its exchange')."""
    return any(t.lower_.startswith(_QUALIFIERS) for t in v.sent)
