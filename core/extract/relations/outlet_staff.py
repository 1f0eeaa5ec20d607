"""'..., a TASS correspondent reports', '..., a Reuters source reported': an outlet named before the noun of one who
reports for it (its correspondent, reporter, journalist, or its own source) is the one reporting."""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of those who report for an outlet, or whom it reports from.
STAFF_NOUNS = frozenset({"correspondent", "reporter", "journalist", "source", "stringer"})


def outlet_staff(c: Token, tok_ent: list[int], outlets: frozenset[int]) -> set[int]:
    """The outlets named (as a compound or a possessive) before a reporter's or source's noun."""
    if tok_ent[c.i] >= 0 or c.lemma_.lower() not in STAFF_NOUNS:
        return set()
    return {e for x in c.children if x.dep_ in ("compound", "poss") and (e := tok_ent[x.i]) >= 0 and e in outlets}
