"""The doer of a gerund after an adjective of stance: 'X remains committed to supporting Y' (X supports Y)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from core.extract.relations.syntax import COPULAS, HEDGES
from core.model import Family

if TYPE_CHECKING:
    from core.extract.relations.clauses import Clauses

_PREPS = frozenset({"to", "on", "in", "toward", "towards"})
# adjectives that hold the act as the subject's own course ('unable', 'opposed', 'reluctant' ... are not here)
_STANCES = frozenset({"committed", "dedicated", "devoted", "determined", "open", "keen", "interested", "intent"})
_STANCES |= frozenset({"ready", "eager", "focused"})
# a wish or an openness, not a course taken: no hostile act, no joining, no trade after them ('open to striking Y',
# 'interested in joining Y', 'keen on buying Y's gas': none has happened)
_WISHED = frozenset({"open", "keen", "interested", "eager"})
_UNWISHED = frozenset({Family.HOSTILITY, Family.MEMBERSHIP, Family.TRADE})
_PASSIVE_STANCES = frozenset({"commit", "dedicate", "devote", "determine", "focus"})
# verbs of a pledge that take the act through a preposition: 'X has committed to providing aid to Y'
_PLEDGING = frozenset({"commit", "recommit"})
_LINKING = COPULAS | {"stand", "seem", "appear", "stay"}


def stance_doer(clauses: Clauses, v: Token) -> frozenset[int]:
    """Who does the gerund ``v`` hung on an adjective of stance through a preposition.

    'The group remains committed to supporting Y', 'X is open to talking to Y', 'X is keen on expanding trade
    with Y': the parser hangs the gerund on the adjective ('committed/JJ acomp > to > supporting'), and no verb
    links it to a doer; the adjective is said of the linking verb's subject, who is the one to do it. A passive
    participle of stance ('X is committed to joining Y') is said of its passive subject, and a pledge by its
    subject ('X has committed to providing aid to Y'). Only adjectives of a
    course taken count ('opposed to joining Y', 'unable to' are not), none negated or hedged ('is not committed to',
    'could be open to'), and no hostile act, joining or trade after a mere wish ('open to striking Y', 'interested in
    joining Y', 'keen on buying Y's gas').
    """
    head = v.head
    if v.dep_ != "pcomp" or v.tag_ != "VBG" or head.dep_ != "prep" or head.lower_ not in _PREPS:
        return frozenset()
    stance = head.head
    word = stance.lower_
    if word in _WISHED and clauses.lex.verbs.get(v.lemma_.lower()) in _UNWISHED:
        return frozenset()
    if stance.dep_ == "acomp" and stance.pos_ == "ADJ" and word in _STANCES:
        linking = stance.head
        if linking.lemma_.lower() not in _LINKING or _doubted(linking) or _doubted(stance):
            return frozenset()
        return clauses.subjects(linking)
    if stance.tag_ == "VBN" and stance.lemma_.lower() in _PASSIVE_STANCES and clauses.passive(stance):
        if _doubted(stance):
            return frozenset()
        return clauses.undergoer(stance)
    pledge = stance.pos_ == "VERB" and head.lower_ == "to" and stance.lemma_.lower() in _PLEDGING
    if pledge and not _doubted(stance) and not clauses.passive(stance):
        return clauses.subjects(stance)
    return frozenset()


def _doubted(t: Token) -> bool:
    """'is not committed', 'could be open', 'never committed': the stance is not stated as held."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES) or c.lower_ in ("never", "less") for c in t.children
    )
