"""An act after an adjective of readiness or schedule: 'X is due to hold talks with Y', 'X is ready to sign a deal
with Y', 'X is keen to deepen ties with Y', 'X stands ready to back Y': the infinitive hangs on the adjective
('due', 'ready'), the adjective on the copula, and the one who acts is the copula's subject.

Adjectives that deny the act ('unable', 'unwilling', 'reluctant', 'unlikely') are not on the list: 'X was unable
to reach Y' states no tie; nor does a readiness hedged or negated on the copula ('would be willing to consider
granting asylum to Y', 'is not ready to sign'). A forecast or a wish ('likely', 'willing', 'keen', 'eager') makes
no hostile act a fact ('X is likely to attack Y', 'is willing to block Y's membership': no hostility stated); the
gold counts them for the other acts ('willing to offer security guarantees to', 'willing to fund', 'willing to talk
with', 'expected to visit').
"""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.syntax import COPULAS, HEDGES

READY = frozenset(
    {"due", "ready", "poised", "set", "keen", "eager", "willing", "likely", "able", "prepared", "expected", "scheduled"}
    | {"about"}
)
# a forecast or a wish, not a readiness: no hostile act after them
_WISHED = frozenset({"likely", "willing", "keen", "eager"})
# verbs that link like a copula before such an adjective: 'X stands ready to help Y', 'appeared willing to sign'
_LINKING = COPULAS | {"stand", "seem", "appear"}


def ready_copula(v: Token, hostile: bool = False) -> Token | None:
    """The copula whose subject does ``v``: 'Y is due to hold talks' -> 'is'; None if ``v`` is no such act (or a
    ``hostile`` act only forecast or wished)."""
    adj = v.head
    if v.dep_ != "xcomp" or adj.i == v.i or adj.dep_ not in ("acomp", "oprd") or adj.lower_ not in READY:
        return None
    if hostile and adj.lower_ in _WISHED:
        return None
    cop = adj.head
    if cop.i == adj.i or cop.lemma_.lower() not in _LINKING:
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES) for c in cop.children):
        return None
    return cop
