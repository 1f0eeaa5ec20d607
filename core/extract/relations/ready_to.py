"""An act after an adjective of readiness or schedule: 'X is due to hold talks with Y', 'X is ready to sign a deal
with Y', 'X is keen to deepen ties with Y', 'X stands ready to back Y': the infinitive hangs on the adjective
('due', 'ready'), the adjective on the copula, and the one who acts is the copula's subject.

Adjectives that deny the act ('unable', 'unwilling', 'reluctant', 'unlikely') are not on the list: 'X was unable
to reach Y' states no tie; nor does a readiness hedged or negated on the copula ('would be willing to consider
granting asylum to Y', 'is not ready to sign').
"""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.syntax import COPULAS, HEDGES

READY = frozenset(
    {"due", "ready", "poised", "set", "keen", "eager", "willing", "likely", "able", "prepared", "expected", "scheduled"}
    | {"about"}
)
# verbs that link like a copula before such an adjective: 'X stands ready to help Y', 'appeared willing to sign'
_LINKING = COPULAS | {"stand", "seem", "appear"}


def ready_copula(v: Token) -> Token | None:
    """The copula whose subject does ``v``: 'Y is due to hold talks' -> 'is'; None if ``v`` is no such act."""
    adj = v.head
    if v.dep_ != "xcomp" or adj.i == v.i or adj.dep_ not in ("acomp", "oprd") or adj.lower_ not in READY:
        return None
    cop = adj.head
    if cop.i == adj.i or cop.lemma_.lower() not in _LINKING:
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES) for c in cop.children):
        return None
    return cop
