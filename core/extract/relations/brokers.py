"""A go-between named in a hyphenated word: 'A and B completed a Sylvanian-brokered swap', 'A and B announced that a
US-mediated agreement has been reached', 'a Sylvania-brokered truce between A and B'. The broker deals with each
side (DIPLOMACY); the parser hangs the broker's name on the participle, so no verb rule reads it. The sides are the
doers of the verb the deal is the object of, the sayers of a clause whose subject the deal is, or 'between A and B'."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

_BROKERED = frozenset({"brokered", "mediated"})
_SIDES = frozenset({Kind.STATE, Kind.PARTY, Kind.OFFICIAL})
# what the sides do with the deal ('completed a Y-brokered swap', 'a Y-mediated agreement has been reached'); those who
# welcome or condemn it are no side of it
_MAKING = frozenset({"complete", "sign", "reach", "conclude", "carry", "agree", "implement", "accept", "finalize"})
_MAKING = _MAKING | {"finalise", "seal", "strike", "make", "hold", "conduct", "announce"}


def broker_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Broker -> each side, DIPLOMACY (see the module's text); ``den`` reads the entities a word stands for."""
    for w in words_in(toks, _BROKERED):
        if w.dep_ != "amod" or w.i < 2 or w.doc[w.i - 1].text not in ("-", "–"):
            continue
        brokers = {e for c in w.children if c.i < w.i for e in den(c) if kind(e) in _SIDES}
        if not brokers:
            continue
        deal = w.head
        sides: set[int] = set()
        for p in deal.children:
            if p.dep_ == "prep" and p.lower_ == "between":
                for o in p.children:
                    if o.dep_ == "pobj":
                        sides |= den(o)
        v = deal.head
        if not sides and deal.dep_ in ("dobj", "pobj") and v.pos_ in ("VERB", "ADP"):
            if v.pos_ == "ADP":
                v = v.head  # 'agreed to a Sylvanian-brokered deal'
            if v.pos_ != "VERB" or v.lemma_.lower() not in _MAKING or unasserted(v):
                continue
            sides = {e for c in v.children if c.dep_ == "nsubj" for e in den(c)}
        elif (
            not sides
            and deal.dep_ in ("nsubj", "nsubjpass")
            and v.dep_ == "ccomp"
            and v.lemma_.lower() in _MAKING
            and not unasserted(v)
        ):
            sayer = v.head
            sides = {e for c in sayer.children if c.dep_ == "nsubj" for e in den(c)}
        sides = {e for e in sides if kind(e) in _SIDES} - brokers
        if len(sides) < 2:
            continue  # a deal has two sides named; one alone may be the broker's own partner
        for a in brokers:
            for b in sides:
                yield a, b, f"{w.lower_} {deal.lemma_.lower()} with", Family.DIPLOMACY
