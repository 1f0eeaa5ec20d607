"""A side praised in reported words as a friend: '"Nigeria is one of Brazil's main partners," X said', 'X said Greece
remains a trustworthy ally' — the speaker, an official or a state body, names the side its own ally or partner (gold
ALLIANCE, not REPORTING), the mirror of a side judged hostile (evaluations.py).

The side opens the subject of a 'be' or 'remain' clause whose predicate is an ally noun (or 'one of' them); no
negation ('is no ally', 'is not a partner'); the ally noun's owner, if a name says whose, is the speaker's side
('Brazil's partners' said by Brazil's president), never a third party ('Russia is China's ally')."""

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


def praised_as_ally(
    t: Token, tok_ent: Sequence[int], ent: int, nouns: dict[str, Family]
) -> tuple[Token, set[int]] | None:
    """The 'be' verb and the ally noun's owners when the target's name opens the subject of a clause calling it an
    ally; None otherwise."""
    s = subject_head(t, tok_ent, ent)
    v = s.head
    if s.dep_ != "nsubj" or v.lemma_.lower() not in _LINKS:
        return None
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children):
        return None
    for c in v.children:
        if c.dep_ != "attr" or tok_ent[c.i] >= 0 or any(m.lower_ == "no" for m in c.children if m.dep_ == "det"):
            continue
        noun = c
        if c.lower_ == "one":  # 'one of Brazil's main partners'
            noun = next(
                (
                    p
                    for pr in c.children
                    if pr.dep_ == "prep" and pr.lower_ == "of"
                    for p in pr.children
                    if p.dep_ == "pobj"
                ),
                c,
            )
        if nouns.get(noun.lemma_.lower()) is Family.ALLIANCE:
            return v, _owners(noun, tok_ent)
    return None
