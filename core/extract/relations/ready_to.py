"""An act after an adjective of readiness or schedule: 'X is due to hold talks with Y', 'X is ready to sign a deal
with Y', 'X is keen to deepen ties with Y': the infinitive hangs on the adjective ('due', 'ready'), the adjective
on the copula, and the one who acts is the copula's subject.

Adjectives that deny the act ('unable', 'unwilling', 'reluctant', 'unlikely') are not on the list: 'X was unable
to reach Y' states no tie; nor does a readiness hedged or negated on the copula ('would be willing to consider
granting asylum to Y', 'is not ready to sign').
"""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.syntax import COPULAS, HEDGES

READY = frozenset(
    {"due", "ready", "poised", "set", "keen", "eager", "willing", "likely", "able", "prepared", "expected", "scheduled"}
)


def ready_copula(v: Token) -> Token | None:
    """The copula whose subject does ``v``: 'Y is due to hold talks' -> 'is'; None if ``v`` is no such act."""
    adj = v.head
    if v.dep_ != "xcomp" or adj.i == v.i or adj.dep_ != "acomp" or adj.lower_ not in READY:
        return None
    cop = adj.head
    if cop.i == adj.i or cop.lemma_.lower() not in COPULAS:
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES) for c in cop.children):
        return None
    return cop
