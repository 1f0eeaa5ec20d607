"""A speaker's verdict on a party's conduct or claims is a verdict on the party: 'X said Russia's actions were
deliberate', 'Z was cited as saying Y's claims are absurd',
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
    | {"claim", "claims", "allegation", "allegations", "accusation", "accusations"}
)
# What a verdict verb ('called', 'described') may name on a party beside its conduct: its decisions and words
NAMED_CONDUCT = CONDUCT | frozenset(
    {"decision", "announcement", "comment", "remark", "statement", "policy", "stance", "response", "behaviour"}
)
# Words that condemn conduct, beside the general verdict words: 'deliberate', 'contrary to international law'.
CONDEMNING = frozenset(
    {"deliberate", "incomprehensible", "contrary", "unlawful", "unjustified", "unprovoked", "outrageous"}
    | {"destabilizing", "destabilising", "escalatory", "inadmissible", "intolerable", "unjustifiable"}
    | {"absurd", "baseless", "groundless", "unfounded", "ridiculous", "false", "fabricated"}
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


def conduct_verdict(
    c: Token, tok_ent: Sequence[int], verdict: Callable[[Token], Family | None]
) -> tuple[set[int], Family | None]:
    """Whose conduct a copular clause judges and the verdict's family: 'Prague's claims ... are absurd'."""
    if c.lemma_.lower() not in ("be", "remain", "become") or any(x.dep_ == "neg" for x in c.children):
        return set(), None
    owners = conduct_owners(c, tok_ent)
    for p in (x for x in c.children if x.dep_ in ("acomp", "attr")):
        fam = condemned(p, verdict) if owners else None
        if fam is not None:
            return owners, fam
    return set(), None
