"""The family an act takes from what it is aimed at: sanctioning a ship is enforcement, sanctioning a state policy."""

from __future__ import annotations

from collections.abc import Iterable

from core.extract.relations.lexicon import Lexicon
from core.model import Family, Kind


def aimed_family(lex: Lexicon, lemma: str, kinds: Iterable[Kind]) -> Family | None:
    """The family a verb takes from the kinds of its targets, or None when they say nothing: 'sanctioned the
    tanker X' and 'boarded the Y' are enforcement, 'sanctioned Iran' hostility, 'a missile hit the Z' hostility."""
    kinds = set(kinds)
    if not kinds:
        return None
    if lemma in lex.listing_verbs and kinds == {Kind.STATE}:
        return Family.HOSTILITY
    if lemma in lex.listing_verbs and Kind.STATE not in kinds:
        return Family.ENFORCEMENT
    if lemma in lex.boarding_verbs and kinds <= {Kind.VESSEL, Kind.OFFICIAL} and Kind.VESSEL in kinds:
        return Family.ENFORCEMENT
    if lemma in lex.striking_verbs and kinds == {Kind.VESSEL}:
        return Family.HOSTILITY
    if lemma in lex.expelling_verbs:
        # 'expelled four Russian diplomats' is a diplomatic act on Russia; 'expelled ambassador X' a measure on X
        return Family.DIPLOMACY if kinds == {Kind.STATE} else Family.ENFORCEMENT
    if lemma in lex.escorting_verbs and Kind.VESSEL in kinds:
        return Family.ALLIANCE  # 'destroyers escorted the tanker X': protection of the ship
    return None
