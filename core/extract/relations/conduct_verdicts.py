"""A speaker's verdict on a party's conduct is a verdict on the party: 'X said Russia's actions were deliberate',
'Y called Rome's refusal "incomprehensible" and "unacceptable"', '"Iran's actions are contrary to international law,"
Z said' (gold: HOSTILITY between the speaker and the one whose conduct is judged). The judged subject names no party
itself; its possessor does ('Russia's actions', 'the regime's behaviour')."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from core.model import Family

# Nouns naming what a party does or how it behaves.
CONDUCT = frozenset(
    {"action", "actions", "conduct", "behaviour", "behavior", "refusal", "activity", "activities", "move", "moves"}
    | {"step", "steps", "provocation", "provocations", "aggression", "violation", "violations", "incursion"}
)
# Words that condemn conduct, beside the general verdict words: 'deliberate', 'contrary to international law'.
CONDEMNING = frozenset(
    {"deliberate", "incomprehensible", "contrary", "unlawful", "unjustified", "unprovoked", "outrageous"}
    | {"destabilizing", "destabilising", "escalatory", "inadmissible", "intolerable", "unjustifiable"}
)


def conduct_owners(pred_clause: Token, tok_ent: Sequence[int]) -> set[int]:
    """Whose conduct the copular clause's subject names ('Russia's actions'), where the subject names no party."""
    out: set[int] = set()
    for s in pred_clause.children:
        if s.dep_ != "nsubj" or tok_ent[s.i] >= 0 or (s.lemma_.lower() not in CONDUCT and s.lower_ not in CONDUCT):
            continue
        out |= {tok_ent[x.i] for x in s.children if x.dep_ == "poss"} - {-1}
    return out


def condemned(p: Token, verdict: Callable[[Token], Family | None]) -> Family | None:
    """The family of a verdict word or of one joined to it ('"incomprehensible" and "unacceptable"'); a condemning
    word on conduct is HOSTILITY."""
    for w in (p, *p.conjuncts):
        fam = verdict(w)
        if fam is not None:
            return fam
        if w.lower_ in CONDEMNING:
            return Family.HOSTILITY
    return None
