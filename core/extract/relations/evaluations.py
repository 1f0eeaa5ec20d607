"""A side's deed judged in reported words: 'X said Y's inauguration of the dam was an unlawful act', 'X told reporters
that the presence of a Y submarine was worrisome', 'X said Y is the biggest threat to Z' — the speaker, an official
or a state body, accuses the side whose deed or self the reported clause's subject names (gold HOSTILITY, not
REPORTING). The judgement is the clause's predicate after 'be': a blaming adjective, or a noun of enmity (or one a
blaming adjective or 'of aggression' qualifies). A negated judgement ('was not illegal', 'was no threat') accuses no
one; an act's 'of' phrase names its patient ('the killing of Y soldiers was unacceptable' accuses no Y)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from core.model import Family

# adjectives that blame a deed or a side when said of it
BLAMING = frozenset(
    {"unlawful", "illegal", "illegitimate", "unacceptable", "provocative", "hostile", "aggressive", "worrisome"}
    | {"reckless", "irresponsible", "destabilising", "destabilizing", "malicious", "outrageous", "criminal"}
)
_LINKS = frozenset({"be", "remain"})
# heads whose 'of' phrase names the doer ('the presence of a Y submarine'); an act's 'of' phrase names its patient
# ('the killing of Y soldiers', 'the blockade of Y') and is never climbed
_DOER_HEADS = frozenset(
    {"presence", "deployment", "activity", "action", "conduct", "behaviour", "behavior", "involvement"}
    | {"interference", "incursion", "intrusion", "buildup", "build-up", "participation", "mobilisation"}
)
# attribute nouns an 'of aggression' phrase makes a judgement of ('an act of aggression', not 'a victim of aggression')
_DEED_NOUNS = frozenset({"act", "action", "deed", "policy", "campaign"})


def subject_head(t: Token, tok_ent: Sequence[int], ent: int) -> Token:
    """The noun the target's name qualifies, up through possessives, modifiers and 'of' phrases: "Y's inauguration
    of the dam", 'the presence of a Y submarine'."""
    for _ in range(6):
        if t.dep_ in ("poss", "compound", "amod") and t.head.i != t.i and tok_ent[t.head.i] in (-1, ent):
            t = t.head
        elif (
            t.dep_ == "pobj"
            and t.head.lower_ == "of"
            and t.head.head.pos_ == "NOUN"
            and t.head.head.lemma_.lower() in _DOER_HEADS
            and tok_ent[t.head.head.i] < 0
        ):
            t = t.head.head
        else:
            break
    return t


def judged_hostile(t: Token, tok_ent: Sequence[int], ent: int, nouns: dict[str, Family]) -> str | None:
    """The blaming word when the target's name opens the subject of a judging 'be' clause; None otherwise."""
    s = subject_head(t, tok_ent, ent)
    v = s.head
    if s.dep_ != "nsubj" or v.lemma_.lower() not in _LINKS:
        return None
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children):
        return None
    for c in v.children:
        if c.dep_ == "acomp" and c.lemma_.lower() in BLAMING:
            return c.lemma_.lower()
        if c.dep_ != "attr" or tok_ent[c.i] >= 0:
            continue
        if any(m.dep_ == "det" and m.lower_ == "no" for m in c.children):
            continue  # 'was no threat to anyone'

        if nouns.get(c.lemma_.lower()) is Family.HOSTILITY:
            return c.lemma_.lower()
        for m in c.children:
            if m.dep_ == "amod" and m.lemma_.lower() in BLAMING:
                return m.lemma_.lower()
            if (
                m.dep_ == "prep"
                and m.lower_ == "of"
                and c.lemma_.lower() in _DEED_NOUNS
                and any(nouns.get(p.lemma_.lower()) is Family.HOSTILITY for p in m.children if p.dep_ == "pobj")
            ):
                return c.lemma_.lower()  # 'an act of aggression'
    return None


def judged_verb(t: Token, tok_ent: Sequence[int], ent: int) -> Token:
    """The 'be' of the judging clause whose subject the target's name opens."""
    return subject_head(t, tok_ent, ent).head
