"""A side praised in reported words as one of the speaker's friends: '"Nigeria is one of Brazil's main partners," X
said' — the speaker, an official or a state body, names the side one of its own allies or partners (gold ALLIANCE,
not REPORTING), the mirror of a side judged hostile (evaluations.py). A plain 'X said Y is a partner' is a verdict
(verdicts.py); this reads only the 'one of <owner>'s <ally noun>' form, whose owner the verdict rule leaves alone.

The side opens the subject of a 'be' or 'remain' clause whose predicate is 'one of' an ally noun; no negation ('is
not one of', 'never'); no friendship ended ('was one of our partners until 2016', 'is no longer one of'); the noun's
owner, if a name says whose, is the speaker's side ('Brazil's partners' said by Brazil's president), never a third
party ('Russia is one of China's allies')."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from core.extract.relations.evaluations import subject_head
from core.model import Family

_LINKS = frozenset({"be", "remain"})


def _owners(noun: Token, tok_ent: Sequence[int]) -> set[int]:
    """The names saying whose ally the noun is: "Brazil's partners", 'an ally of Greece'."""
    out = {tok_ent[c.i] for c in noun.children if c.dep_ == "poss" and tok_ent[c.i] >= 0}
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in ("of", "to"):
            out |= {tok_ent[c.i] for c in p.children if c.dep_ == "pobj" and tok_ent[c.i] >= 0}
    return out


def ended(v: Token) -> bool:
    """'was one of our partners until 2016', 'is no longer a partner': a friendship ended, not praise."""
    return any(
        c.lower_ == "longer" or (c.dep_ == "prep" and c.lower_ in ("until", "till") and v.tag_ == "VBD")
        for c in v.children
    )


def praised_as_ally(
    t: Token, tok_ent: Sequence[int], ent: int, nouns: dict[str, Family]
) -> tuple[Token, set[int], Token] | None:
    """The 'be' verb, the ally noun's owners and the noun when the target's name opens the subject of a clause
    calling it one of someone's allies; None otherwise."""
    s = subject_head(t, tok_ent, ent)
    v = s.head
    if s.dep_ != "nsubj" or v.lemma_.lower() not in _LINKS:
        return None
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children) or ended(v):
        return None
    for c in v.children:
        if c.dep_ != "attr" or c.lower_ != "one" or tok_ent[c.i] >= 0:
            continue
        for pr in c.children:
            if pr.dep_ != "prep" or pr.lower_ != "of":
                continue
            for noun in pr.children:
                if noun.dep_ == "pobj" and nouns.get(noun.lemma_.lower()) is Family.ALLIANCE:
                    return v, _owners(noun, tok_ent), noun
    return None
