"""An act taking back what a side was granted, the side named as its object: 'X suspended RFI and France 24', "Mali's
junta suspended the broadcasts of France 24", "Venezuela's aviation authority revoked the operating licences of A, B
and C", 'the committee stripped Y of the right to host the games' (doer -> side, ENFORCEMENT).

Measured verb by verb over blind30..71 (bench/verb_reach.py on main's outputs): typing every pair the rules leave
untyped between a verb's subject and its object gives no lexicon verb at >= 0.8 gold and >= 0.8 of one family but
this group: 'suspend', 'revoke' and 'strip' with the object's own name or the name after 'of'/'for' on the object,
12 pairs, 10 gold, all 10 ENFORCEMENT (the other two a state cut out of a firm's name, 'TAP Portugal'). The doer is
the subject (or the passive's 'by') with the names standing in it: "Mali's ruling junta", 'Israeli Prime Minister X'
(the gold ties the state with its organ or officer). Not: a name that only modifies the object ('the Russian Olympic
Committee was suspended', 'the China-based designer': 0.36 to 0.46 gold), a preposition on the verb ('suspended its
flights to X' stops a service, no act on X), a state after 'of' (a bloc suspending a state's membership is HOSTILITY,
suspensions.py), a noun after 'of'/'for' that is no grant one holds (a licence, a right, a status, a designation, a
broadcast, a programme: 'suspended its recognition of X' is diplomacy, 'the payments of Y', 'its contributions for
Y' no act on Y), 'strip X of' anything but a grant ('stripped Y of the peninsula' takes land), a verb not stated as
done ('has not', 'never', 'could revoke', 'if X revokes': syntax.unasserted). The verbs are revoked_holdings.py's
but 'terminate' (3 pairs, none gold); 'annul' and 'rescind' add no pair over all sets (review of round BH).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Token

from core.extract.relations.revoked_holdings import REVOKING
from core.extract.relations.suspensions import PERMITS
from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

_REVOKING = REVOKING - {"terminate"}
# steps from a name up to the phrase it stands in: "Mali's junta", 'Israeli Prime Minister X', 'US President X's
# administration'
_INNER = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
_HOLDERS = frozenset({"of", "for"})  # 'the licences of X', 'the designation for X'
# the grants one holds, taken back through 'of'/'for' on the object ('the operating licences of X', 'the broadcasts
# of X', 'the programs of X', blind64 r125_08); a tie or a flow between the two sides is none ('its recognition of X'
# is diplomacy, blind34 r65_08; 'the payments of Y', 'its contributions for Y' no act on Y)
_GRANTS = PERMITS | {"right", "status", "designation", "broadcast", "program", "programme", "operation", "activity"}
# what 'strip X of' takes as a grant: not a territory ('stripped Y of the peninsula')
_STRIPPED = _GRANTS | {"title", "membership", "citizenship", "immunity", "power"}


def _phrase(t: Token) -> tuple[Token, bool]:
    """The phrase a name's head stands in (through modifiers, then conjuncts) and whether the name only modifies it."""
    inner = False
    while t.dep_ in _INNER and t.head.i != t.i:
        t, inner = t.head, True
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t, inner


def revoked_grant_ties(toks: list[Token], tok_ent: Sequence[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """Doer -> side, ENFORCEMENT."""
    verbs = [v for v in words_in(toks, _REVOKING, lemma=True) if v.pos_ == "VERB"]
    if not verbs:
        return
    heads = [t for t in toks if (e := tok_ent[t.i]) >= 0 and (t.head.i == t.i or tok_ent[t.head.i] != e)]
    for v in verbs:
        if unasserted(v) or any(c.lower_ == "never" for c in v.children):
            continue  # 'has not suspended', 'could revoke', 'if X revokes', 'never stripped'
        doers: dict[int, None] = {}
        sides: dict[int, str] = {}
        for t in heads:
            e = tok_ent[t.i]
            top, inner = _phrase(t)
            h = top.head
            if (top.dep_ == "nsubj" and h.i == v.i) or (top.dep_ == "pobj" and h.dep_ == "agent" and h.head.i == v.i):
                doers[e] = None
            elif inner:
                continue
            elif top.dep_ in ("dobj", "nsubjpass") and h.i == v.i:
                if v.lemma_.lower() != "strip" or _stripped_of_grant(v, top):
                    sides.setdefault(e, v.lower_)
            elif (
                top.dep_ == "pobj"
                and h.dep_ == "prep"
                and h.lower_ in _HOLDERS
                and h.head.dep_ in ("dobj", "nsubjpass")
                and h.head.head.i == v.i
                and h.head.lemma_.lower() in _GRANTS
                and kind(e) is not Kind.STATE
            ):
                sides.setdefault(e, f"{v.lower_} {h.head.lemma_.lower()} {h.lower_}")
        for d in doers:
            for s, label in sides.items():
                if d != s:
                    yield d, s, label, Family.ENFORCEMENT


def _stripped_of_grant(v: Token, side: Token) -> bool:
    """'stripped Y of the right to host', 'Y was stripped of its title': the 'of' (on the verb or, misparsed, on the
    side) names a grant."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in _STRIPPED for p in c.children)
        for t in (v, side)
        for c in t.children
    )
