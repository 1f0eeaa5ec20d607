"""A body keeping another's money: "X's reserves held at the Bank of Y", 'frozen X-ian sovereign funds, held at Y',
'X has long stored gold reserves at the Bank of Y', "Y holds X's reserves" — the custodian serves the owner
(TRADE, custodian -> owner). The custodian must be a body (a state or a city the money is 'held in' only says
where); the owner is named before the money ('X's', 'X-ian') or after it ('of X'), or stores it itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import MODIFIER_DEPS, Tie, unasserted, words_in
from core.model import Family, Kind

_MONEY = frozenset({"asset", "reserve", "fund", "gold", "deposit", "security", "holding"})
_KEEPING = frozenset({"hold", "store", "keep", "deposit", "park"})
_AT = frozenset({"at", "by", "with", "through"})  # not "in": "held in the EU" says where


def held_asset_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Custodian -> owner of the money it holds, TRADE."""
    for money in words_in(toks, _MONEY, lemma=True):
        if money.pos_ != "NOUN" or (money.lemma_.lower() == "security" and money.lower_ != "securities"):
            continue  # (the security of a state is no money: only its 'securities' are)
        owners = _owners(money, den)
        keepers: list[Token] = [c for c in money.children if c.dep_ == "acl" and c.lemma_.lower() in _KEEPING]
        amount = money.head.head if money.dep_ == "pobj" and money.head.lower_ == "of" else None
        if amount is not None and amount.pos_ == "NUM":  # '$7 billion of X's reserves being held at Y'
            keepers += [c for c in amount.children if c.dep_ == "acl" and c.lemma_.lower() in _KEEPING]
        verb = money.head
        custodians: set[int] = set()
        if money.dep_ == "dobj" and verb.lemma_.lower() in _KEEPING and not unasserted(verb):
            subjects = {e for c in verb.children if c.dep_ == "nsubj" for e in den(c)}
            if verb.lemma_.lower() == "hold" and not owners - subjects:
                continue  # 'X holds reserves': its own
            if verb.lemma_.lower() == "hold":
                custodians |= subjects  # "Y holds X's reserves"
            else:
                owners |= subjects  # 'X stored gold reserves at Y'
            keepers += [verb, money]  # the parser may hang 'at Y' on the money
        elif money.dep_ == "nsubjpass" and verb.lemma_.lower() in _KEEPING and not unasserted(verb):
            keepers.append(verb)  # "X's gold is held at Y"
        for k in keepers:
            for p in k.children:
                if p.dep_ in ("prep", "agent") and p.lower_ in _AT:
                    custodians |= {e for o in p.children if o.dep_ == "pobj" for e in den(o)}
                    custodians |= {
                        e
                        for o in p.children
                        if o.dep_ == "pobj"
                        for x in o.children
                        if x.dep_ == "pobj"
                        for e in den(x)
                    }
            # 'held primarily at Y': the adverb between
        custodians = {e for e in custodians if kind(e) is Kind.PARTY}
        for a in custodians:
            for b in owners - custodians:
                if kind(b) in (Kind.STATE, Kind.PARTY):
                    yield a, b, "holds assets of", Family.TRADE


def _owners(money: Token, den: Callable[[Token], frozenset[int]]) -> set[int]:
    out = {e for c in money.children if c.dep_ in MODIFIER_DEPS for e in den(c)}
    for p in money.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            out |= {e for o in p.children if o.dep_ == "pobj" for e in den(o)}
    return out
