"""A maker named by a passive's 'by': 'The satellite was manufactured by A and B for C', 'the frigate ... developed by
A', 'Y has been modernized by A', "C's patrol vessels are built by A" (maker -> what it made or the one it made it
for, TRADE).

Measured over blind30..81 (bench/by_agents.py on main 97fb762a's outputs, round BJ): the making verbs below in the
passive with a named maker after 'by' are left untyped by the other rules; the pairs of the maker's own name (or
its conjuncts) with a ship made, the owner ("C's vessels") or the 'for' object of the thing made, or the 'for'
object of the verb were 7 new pairs, 6 gold, all 6 TRADE in the gold, from 4 stories. Not: a name that only
modifies either side ('French shipbuilder X' gives no France, 'the United Arab Emirates Armed Forces' no state),
the thing made when it is not a ship (a vaccine or a product is no party to a sale), a maker named deeper in the
'by' phrase ('X, Y's partner in the Z programme'), a verb not stated as done (syntax.unasserted). The owner and the
'for' object are taken only when the thing made is a ship, a weapon or a craft (the lexicon's vessel_nouns and
equipment_nouns, a satellite): 'deliver' and 'develop' are everyday verbs, and "X's message was delivered by the Red
Cross" or "X's plan was developed by the ministry" is no sale (review of round BJ, item 3).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Token

from core.extract.kb import lexicon_set
from core.extract.relations.families import equipment
from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

MAKING = frozenset(
    {
        "build", "manufacture", "construct", "develop", "modernize", "modernise", "upgrade", "refit", "overhaul",
        "deliver", "assemble",
    }
)
# craft the equipment list leaves out
_CRAFT = frozenset({"satellite", "spacecraft"})
# steps from a name's head word up to the phrase it names ('Japan Marine United Corporation', 'the Tahya Misr')
_OWN = frozenset({"compound", "flat", "appos"})


def _own_names(head: Token, tok_ent: Sequence[int]) -> list[int]:
    """The entities a noun phrase names as its own head (and its conjuncts'), not its modifiers'."""
    out: list[int] = []
    for t in (head, *[c for c in head.conjuncts]):
        e = tok_ent[t.i]
        if e >= 0 and e not in out:
            out.append(e)
    return out


def _possessor(noun: Token, tok_ent: Sequence[int]) -> list[int]:
    """The entity owning a phrase ("the PCG's vessels"), not one whose own name holds the possessive ("X's
    Covishield" is the product's name)."""
    own = tok_ent[noun.i]
    return [e for c in noun.children if c.dep_ == "poss" and (e := tok_ent[c.i]) >= 0 and e != own]


def _for_objects(word: Token, tok_ent: Sequence[int]) -> list[int]:
    """The entities named as the object of a 'for' on ``word`` ('for the French Navy')."""
    out: list[int] = []
    for c in word.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for p in c.children:
                if p.dep_ == "pobj":
                    out += _own_names(p, tok_ent)
    return out


def _goods(t: Token, tok_ent: Sequence[int], kind: Callable[[int], Kind]) -> bool:
    """Is the thing made a ship, a weapon or a craft ('the patrol boats', 'the fighter jets', 'the satellite', a
    named ship, or a noun 'of' one: 'the latest model of frigate', 'a batch of jets'), so that its owner or the one it
    was made for is a buyer?"""
    if _goods_word(t, tok_ent, kind):
        return True
    return any(
        _goods_word(p, tok_ent, kind)
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    )


def _goods_word(t: Token, tok_ent: Sequence[int], kind: Callable[[int], Kind]) -> bool:
    if (e := tok_ent[t.i]) >= 0 and kind(e) is Kind.VESSEL:
        return True
    lemma = t.lemma_.lower()
    return lemma in lexicon_set("vessel_nouns", fold=True) or lemma in _CRAFT or equipment(t)


def _made_for(t: Token, v: Token) -> bool:
    """The participle hangs on the body after 'for' ('a frigate for the X Navy developed by A'): the parser's
    attachment of the thing made to the one it was made for."""
    return t.i == v.head.i and t.dep_ == "pobj" and t.head.lower_ == "for"


def made_by_ties(toks: list[Token], tok_ent: Sequence[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """Maker -> ship made, its owner, or the one it was made for; TRADE."""
    for v in words_in(toks, MAKING, lemma=True):
        if v.pos_ not in ("VERB", "AUX") and v.tag_ != "VBN":
            continue
        agents = [c for c in v.children if c.dep_ == "agent" and c.lower_ == "by"]
        if not agents or unasserted(v):
            continue
        makers = [
            e
            for a in agents
            for p in a.children
            if p.dep_ == "pobj"
            for e in _own_names(p, tok_ent)
            if kind(e) in (Kind.PARTY, Kind.STATE)
        ]
        if not makers:
            continue
        things: list[Token] = [c for c in v.children if c.dep_ == "nsubjpass"]
        if v.dep_ in ("acl", "relcl") and v.head.i != v.i:
            things.append(v.head)
        ends: list[int] = []
        goods = False
        for t in things:
            made_for = _made_for(t, v)
            if made_for and not _goods(t.head.head, tok_ent, kind):
                continue  # 'a plan for the X Navy developed by A'
            ends += [e for e in _own_names(t, tok_ent) if kind(e) is Kind.VESSEL or made_for]
            if _goods(t, tok_ent, kind):
                goods = True
                ends += _possessor(t, tok_ent) + _for_objects(t, tok_ent)
        if goods:
            ends += _for_objects(v, tok_ent)
        label = f"{v.lemma_.lower()} by"
        for m in dict.fromkeys(makers):
            for e in dict.fromkeys(ends):
                if e != m and kind(e) is not Kind.OFFICIAL:
                    yield m, e, label, Family.TRADE
