"""A state's war waged in or into another state: "X's war in Y", "X's military campaign in Y", "X's incursion into
Y". The 'in' after a war noun names where the war is fought, and a state named there is the side attacked (the gold
reads 'Russia's war in Ukraine' as HOSTILITY); elsewhere 'in' before a name makes it a place (between.py's
_ASIDE). Only the possessor of the war noun wages it, only a state is its target, and 'campaign' counts only when
it is military (an election campaign in Y attacks no one); and the noun must stand in a clause, under a verb (a
verbless label, 'Live updates: X's war in Y', states nothing). Measured over blind4..65 (round BE, x-ss81): 4 new
ties as first written, 3 gold HOSTILITY pairs; the fourth, a page's verbless link line, is what the verb check
leaves out."""

from __future__ import annotations

from spacy.tokens import Token

_WARS = frozenset({"war", "invasion", "incursion", "offensive", "aggression"})
_ARMED = frozenset({"military", "armed", "army"})


def war_in(gap: list[Token], trigger: Token, first: Token) -> bool:
    """Whether the gap between two names reads 'FIRST's [adjectives] war in|into', the war noun ``trigger`` owned by
    the first name and the 'in' its own preposition."""
    if trigger.pos_ != "NOUN" or gap[-1].lower_ not in ("in", "into") or gap[-1].head.i != trigger.i:
        return False
    lemma = trigger.lemma_.lower()
    if lemma == "campaign":
        if not any(c.dep_ == "amod" and c.lower_ in _ARMED for c in trigger.children):
            return False
    elif lemma not in _WARS:
        return False
    return first.dep_ == "poss" and first.head.i == trigger.i and _stated(trigger)


def _stated(noun: Token) -> bool:
    """The war noun stands in a clause (a verb above it: 'criticised X's war in Y'), not in a verbless label such as
    a heading or a page's link line ('Live updates: X's war in Y'), which names a topic and states no tie."""
    t = noun
    for _ in range(len(noun.sent)):
        if t.head.i == t.i:
            return t.pos_ in ("VERB", "AUX")
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return True
    return False
