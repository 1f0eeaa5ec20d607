"""'X is working to contain the fire onboard the vessel', 'Y fought the blaze on the Z': fighting a fire on a ship
helps the ship (ALLIANCE, doer -> ship), as a rescue does."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

_FIRES = frozenset({"fire", "fires", "blaze", "flames", "inferno"})
_FIGHTING = frozenset({"fight", "contain", "extinguish", "douse", "battle", "tackle", "quell", "put"})
_ON = frozenset({"on", "onboard", "aboard", "in"})


def fire_fighting_ties(
    toks: list[Token],
    kind: Callable[[int], Kind],
    den: Callable[[Token], frozenset[int]],
    actor: Callable[[Token], frozenset[int]],
) -> Iterator[Tie]:
    """Doer -> ship, ALLIANCE, for a fire fought on a named ship (or 'the vessel' standing for one)."""
    for fire in words_in(toks, _FIRES):
        v = fire.head
        if fire.dep_ != "dobj" or v.lemma_.lower() not in _FIGHTING or unasserted(v):
            continue
        if v.lemma_.lower() == "put" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
            continue
        ships = {
            e
            for p in (*fire.children, *v.children)
            if p.lower_ in _ON and p.dep_ in ("prep", "advmod")
            for o in (p.children if p.dep_ == "prep" else (p,))
            if o.dep_ == "pobj" or o is p
            for e in den(o)
            if kind(e) is Kind.VESSEL
        }
        if not ships:
            continue
        for a in actor(v) - ships:
            for b in ships:
                yield a, b, f"{v.lemma_.lower()} fire on", Family.ALLIANCE


def fights_fire(v: Token) -> bool:
    """'fought the blaze on the tanker': the verb's object is a fire (read here, not as a fight with the ship)."""
    return v.lemma_.lower() in _FIGHTING and any(c.dep_ == "dobj" and c.lower_ in _FIRES for c in v.children)
