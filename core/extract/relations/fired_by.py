"""A weapon's passive launch aimed at a side: 'rockets were fired into X by Y', 'missiles launched at X by Y' (gold:
Y's HOSTILITY to X, as in the active 'Y fired rockets into X')."""

from __future__ import annotations

from spacy.tokens import Token

LAUNCHING = frozenset({"fire", "launch", "shoot", "lob", "hurl"})
AIMED_AT = frozenset({"at", "into", "toward", "towards", "on"})


def fired_weapon(v: Token, weapons: frozenset[str] | set[str], tok_ent: list[int]) -> Token | None:
    """The weapon a passive launching verb has as its subject ('rockets were fired', 'the missiles launched at X by
    Y'), or None."""
    if v.lemma_.lower() not in LAUNCHING:
        return None
    subject = v.head if v.dep_ == "acl" else next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and v.dep_ == "relcl" and subject.lower_ in ("that", "which"):
        subject = v.head  # 'rockets that were fired into X by Y'
    if subject is None or tok_ent[subject.i] >= 0:
        return None
    # 'dozens of rockets were fired': the weapon is named after 'of'
    for w in [subject, *(o for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children)]:
        if tok_ent[w.i] < 0 and (w.lower_ in weapons or w.lemma_.lower() in weapons):
            return w
    return None
