"""A firm or group named before its head noun under an owner's possessive: "Ruritania's Zarno energy giant",
"the state's Kestrel paramilitary group", "Vexora's Acme group". The name hangs on the head noun as a compound or
a noun modifier, or on a noun or adjective between them ('energy', 'paramilitary'); the named body is the owner's
(the owner comes from the head noun's possessive, as for any role noun). Without a possessive owner nothing is
read: 'the Acme group of companies' names no owner."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.model import Kind

# Head nouns of firms and armed groups (the news-outlet and ministry heads are read elsewhere); not 'subsidiary' or
# 'affiliate': "Ruritania's Acme subsidiary" is Acme's unit in Ruritania more often than Ruritania's firm.
FIRM_HEADS = frozenset({"group", "giant", "company", "firm", "corporation", "conglomerate", "militia", "major"})
# Words between the name and the head noun that make the named body the owner's counterpart, not its own: "Ruritania's
# Acme rival company". (A movement's words stay: "Yemen's Houthi rebels" are the gold's members of Yemen.)
_NOT_OWN = frozenset({"rival", "rivals", "partner", "competitor", "client", "supplier", "customer", "contractor"})
_OWNERS = frozenset({Kind.STATE, Kind.PARTY})
_NAME_DEPS = frozenset({"compound", "nmod"})
_INNER_DEPS = frozenset({"compound", "nmod", "npadvmod"})


def counterpart(r: Token) -> bool:
    """A word before the head noun ``r`` makes the body named there the owner's counterpart."""
    return any(c.lower_ in _NOT_OWN or c.lemma_.lower() in _NOT_OWN for c in r.lefts)


def owned_firm_names(r: Token, tok_ent: list[int], kind: Callable[[int], Kind]) -> set[int]:
    """The bodies named before the firm head noun ``r`` when ``r`` has a named possessive owner."""
    if r.lemma_.lower() not in FIRM_HEADS or r.tag_ not in ("NN", "NNS"):
        return set()
    if not any(c.dep_ == "poss" and tok_ent[c.i] >= 0 and kind(tok_ent[c.i]) in _OWNERS for c in r.children):
        return set()  # "Marta Kowal's Dravex group" names no owner of the group's kind
    if counterpart(r):
        return set()
    out: set[int] = set()
    for c in r.children:
        if c.dep_ not in _NAME_DEPS | {"amod"} or c.i > r.i:
            continue
        names = [c, *c.conjuncts] if c.dep_ in _NAME_DEPS else []  # "Ruritania's Dravex and Acme companies"
        if tok_ent[c.i] < 0 and c.pos_ in ("NOUN", "ADJ"):
            # "Zarno energy giant", "Kestrel paramilitary group": the name hangs on the word between
            names = [x for x in c.children if x.dep_ in _INNER_DEPS and x.i < c.i]
        for x in names:
            ei = tok_ent[x.i]
            if ei >= 0 and kind(ei) is Kind.PARTY:
                out.add(ei)
    return out
