"""Whom a speaker's reported passive clause names as the doer: 'X said the decision was made by President Y', 'X
confirmed the ship was boarded by Y' (gold: X's REPORTING tie to Y, as to a named subject that acts), not an act
hedged, negated or denied ('could be made by Y', 'was not ordered by Y'), a state of being ('was a friend of Y'), nor
a listing ('has been sanctioned by Y', read as the listing body's act), nor what was done to the speaker himself ('X
said he was insulted by Y': the act is Y's to X, not X's report)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from core.extract.relations.syntax import COPULAS, unasserted

# a passive done to one of these may be done to the speaker ('X said he was insulted by Y'); 'it was ordered by Y'
# is not
_PERSONAL = frozenset({"he", "she", "they", "we", "i", "him", "her", "them", "us", "me"})


def passive_doers(
    clauses: Iterable[tuple[Token, Token | None]],
    prep_objects: Callable[[Token], set[int]],
    listing_verbs: frozenset[str],
    speaker: Callable[[Token], bool],
) -> set[int]:
    """Entities named after 'by' as the agent of a reported passive clause (one with a passive subject that is not a
    personal pronoun and not ``speaker``)."""
    out: set[int] = set()
    for c, _ in clauses:
        lemma = c.lemma_.lower()
        if lemma in COPULAS or lemma in listing_verbs or unasserted(c):
            continue
        undergoing = [x for x in c.children if x.dep_ == "nsubjpass"]
        if not undergoing or any(x.lower_ in _PERSONAL or speaker(x) for x in undergoing):
            continue
        out |= {e for x in c.children if x.dep_ == "agent" for e in prep_objects(x)}
    return out
