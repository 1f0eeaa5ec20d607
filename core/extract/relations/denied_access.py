"""Keeping someone out: 'the commander denied the ship X access to the waters', 'efforts to deny Y access to
equipment', 'refused Z entry' — a measure on whoever is kept out: ENFORCEMENT on a ship, firm or person, HOSTILITY
on a state (as with listing verbs). Those kept out are the verb's dative or the names on the noun ('denied X
access'); a 'to' after the noun names where or what, not whom. Denying a claim ('denied the report') is not read."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.extract.relations.syntax import MODIFIER_DEPS, Tie, unasserted, words_in
from core.model import Family, Kind

_DENYING = frozenset({"deny", "refuse"})
_JOINING = frozenset({"join", "lead"})
_WAYS_IN = frozenset({"access", "entry", "permission", "clearance", "passage"})


def denied_access_ties(
    toks: list[Token], kind: Callable[[int], Kind], den: Callable[[Token], frozenset[int]]
) -> Iterator[Tie]:
    """Denier -> the one kept out."""
    for way in words_in(toks, _WAYS_IN):
        verb = way.head
        if way.dep_ != "dobj" or verb.lemma_.lower() not in _DENYING or unasserted(verb):
            continue
        kept_out = {e for c in verb.children if c.dep_ == "dative" for e in den(c)}
        kept_out |= {e for c in way.children if c.dep_ in MODIFIER_DEPS for e in den(c)}
        deniers = {e for c in verb.children if c.dep_ == "nsubj" for e in den(c)}
        if not deniers and verb.dep_ == "conj":
            deniers = {e for c in verb.head.children if c.dep_ == "nsubj" for e in den(c)}
        if not deniers and verb.dep_ == "acl":  # 'joined US efforts to deny Y access': the efforts' owner
            deniers = {e for c in verb.head.children if c.dep_ in MODIFIER_DEPS for e in den(c)}
            joined = verb.head.head  # 'X joined the efforts to deny Y access': X denies too
            if verb.head.dep_ == "dobj" and joined.lemma_.lower() in _JOINING and not unasserted(joined):
                deniers |= {e for c in joined.children if c.dep_ == "nsubj" for e in den(c)}
        for a in deniers:
            for b in kept_out - deniers:
                fam = Family.HOSTILITY if kind(b) is Kind.STATE else Family.ENFORCEMENT
                yield a, b, f"denied {way.lower_} to", fam
