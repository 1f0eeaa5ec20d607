"""A speaker alleging that the target did something accuses it: 'the DOJ alleges that X was involved in the hack',
'Y alleged that Indian diplomats were passing information to crime groups', 'Z alleged Chinese interference'. The
annotated sets give the speaker HOSTILITY with the target (blind37, blind41, blind42, blind43), where a plain
'said' keeps REPORTING. Only the speaker who alleges, of a target that is the doer of the alleged clause (its active
subject, not a passive one: 'alleged that X's diplomats were harassed' makes X the victim, nor what X is: 'alleged
that X was the victim of ...') or the owner of the alleged thing; a negated allegation accuses no one."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

_ALLEGING = frozenset({"allege"})
_TAKING_PART = frozenset({"involve", "implicate", "link", "tie", "connect", "engage"})


def _negated(v: Token) -> bool:
    return any(c.dep_ == "neg" for c in v.children)


def _doer_subject(x: Token) -> bool:
    """The alleged clause's doer: its active subject, or the passive subject of a verb of taking part ('was involved
    in', 'was linked to'); not one an act was done to ('diplomats were harassed')."""
    return x.dep_ == "nsubj" or (x.dep_ == "nsubjpass" and x.head.lemma_.lower() in _TAKING_PART)


def _copular(v: Token) -> bool:
    """'alleged that X was the victim of ...': what X is, not what X did."""
    return v.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in v.children)


def alleged_by(t: Token, tok_ent: Sequence[int], tgt: int, src: int) -> bool:
    """``t`` heads a mention of ``tgt``: whether ``src`` alleges something of it in ``t``'s clause."""
    x = t
    while x.dep_ in ("poss", "compound", "amod") and x.head.i != x.i and tok_ent[x.head.i] in (-1, tgt):
        x = x.head  # 'Indian diplomats', "Chinese interference", "Russia's agents"
    if x.dep_ == "dobj":
        verb = x.head  # 'alleged Chinese interference'
    elif _doer_subject(x) and x.head.dep_ == "ccomp" and not _negated(x.head) and not _copular(x.head):
        verb = x.head.head  # 'alleged that X was involved'
    else:
        return False
    if verb.lemma_.lower() not in _ALLEGING or _negated(verb):
        return False
    return any(c.dep_ == "nsubj" and tok_ent[c.i] == src for c in verb.children)
