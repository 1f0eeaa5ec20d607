"""'X came under fire from Y', 'peacekeepers came under attack by Y': Y acts against X (the parser reads no doer:
'come' is vague and the attack a noun after 'under')."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import Tie, unasserted, words_in
from core.model import Family, Kind

_ATTACKS = frozenset({"fire", "attack", "attacks", "shelling", "bombardment", "assault", "gunfire", "bombing"})
_COMING = frozenset({"come", "fall"})
_UNDER = frozenset({"under"})


def under_fire_ties(
    toks: list[Token], tok_ent: list[int], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Y -> X, HOSTILITY, for 'X came under fire from Y'; ``den`` reads the entities a word and its conjuncts stand
    for (a name, or a demonym on a collective noun: 'Sylvanian troops')."""
    for under in words_in(toks, _UNDER):
        if under.dep_ != "prep" or under.head.lemma_.lower() not in _COMING:
            continue
        v = under.head
        attack = next((o for o in under.children if o.dep_ == "pobj" and o.lower_ in _ATTACKS), None)
        if attack is None or unasserted(v):
            continue
        doers: set[int] = set()
        for p in (*v.children, *attack.children):
            if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by"):
                for o in p.children:
                    if o.dep_ == "pobj":
                        doers |= den(o)
        done: set[int] = set()
        for s in v.children:
            if s.dep_ == "nsubj":
                done |= den(s)
        for a in doers:
            for b in done - doers:
                if kind(a) is not Kind.VESSEL or kind(b) is Kind.VESSEL:
                    yield a, b, f"{v.lemma_.lower()} under {attack.lower_} from", Family.HOSTILITY
