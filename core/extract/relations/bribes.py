"""Bribes: money paid for a favour ties the payer to the one paid (TRADE, payer -> payee; gold54 review and r104:
'paid bribes to officials of X', 'spent millions in bribes to X', 'had taken bribes from Y'). The verb 'bribe' is a
TRADE verb of the lexicon ('X bribed officials of Y'); this module reads the noun: 'bribes' as what a verb of paying
hands over ('pay', 'offer', 'give', 'spend ... in bribes') to whom its 'to' names, or what a verb of taking receives
from whom its 'from' names. Officials paid stand for the state or body they serve ('Chilean officials', 'officials
in Chile', 'officials of the bank')."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family

_BRIBES = frozenset({"bribe", "bribes", "kickback", "kickbacks"})
_PAYING = frozenset({"pay", "offer", "give", "spend", "authorise", "authorize", "promise", "funnel", "channel"})
_TAKING = frozenset({"take", "accept", "receive", "solicit", "demand"})
_REFUSING = frozenset({"refuse", "deny", "decline"})  # 'refused to pay bribes'
# nouns for people paid that stand for whom they serve
_SERVANTS = frozenset(
    {
        "official",
        "officials",
        "members",
        "member",
        "bankers",
        "banker",
        "executives",
        "employees",
        "staff",
        "ministers",
        "minister",
        "lawmakers",
        "judges",
        "politicians",
        "officers",
    }
)


def _named(o: Token, den: Callable[[Token], frozenset[int]]) -> frozenset[int]:
    """Whom the noun ``o`` names: itself, or for 'officials' the state or body they serve ('Chilean officials',
    'officials of X', 'officials in X')."""
    out = set(den(o))
    if o.lower_ in _SERVANTS:
        for c in o.children:
            if c.dep_ in ("amod", "compound", "poss"):
                out |= den(c)
            elif c.dep_ == "prep" and c.lower_ in ("of", "in", "at"):
                out |= {e for p in c.children if p.dep_ == "pobj" for e in den(p)}
    for c in o.children:
        if c.dep_ == "conj":
            out |= _named(c, den)
    return frozenset(out)


def _objects(v: Token, noun: Token, prep: str, den: Callable[[Token], frozenset[int]]) -> frozenset[int]:
    return frozenset(
        e
        for h in (noun, v)
        for c in h.children
        if c.dep_ in ("prep", "dative") and c.lower_ == prep
        for p in c.children
        if p.dep_ == "pobj"
        for e in _named(p, den)
    )


def bribe_ties(
    toks: list[Token],
    den: Callable[[Token], frozenset[int]],
    actor: Callable[[Token], frozenset[int]],
) -> Iterator[Tie]:
    """Payer -> payee, TRADE, for bribes handed over or taken (see the module's text)."""
    for noun in words_in(toks, _BRIBES):
        if noun.pos_ != "NOUN":
            continue
        v = noun.head
        if noun.dep_ == "pobj" and v.lower_ == "in" and v.head.pos_ == "VERB":
            v = v.head  # 'spent millions in bribes to X'
        elif noun.dep_ != "dobj":
            continue
        lemma = v.lemma_.lower()
        if lemma in _PAYING:
            payers, payees = actor(v), _objects(v, noun, "to", den)
        elif lemma in _TAKING:
            payers, payees = _objects(v, noun, "from", den), actor(v)
        else:
            continue
        if unasserted(v) or (v.dep_ == "xcomp" and v.head.lemma_.lower() in _REFUSING):
            continue  # 'did not pay bribes', 'denied paying bribes', 'refused to pay bribes' (an alleged or planned
            # bribe is still the gold's tie)
        for a in payers:
            for b in payees - {a}:
                yield a, b, "paid bribes to", Family.TRADE
