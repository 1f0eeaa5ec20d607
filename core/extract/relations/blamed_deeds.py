"""A speaker naming the target as the doer behind a killing or attack accuses it: 'X said Iran was behind the
killings', 'the death of Y was contracted by government offices of Z, X's office said' (gold: HOSTILITY between
speaker and accused, not REPORTING). Read from the target's name: the subject of 'be behind' a hostile deed, or the
doer in a passive's 'by' phrase whose subject is such a deed, or a named victim of a hostile verb ('Y had been
kidnapped by Z'; an unnamed boat 'fired upon by Z' is an incident the gold keeps as a report)."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.syntax import unasserted
from core.model import Family

# Deeds of killing, which the relation nouns leave without a family ('the death of X', 'the killings').
_KILLINGS = frozenset({"death", "killing", "murder", "assassination", "poisoning", "abduction", "kidnapping"})


def _hostile_noun(t: Token, nouns: dict[str, Family]) -> bool:
    lemma = t.lemma_.lower()
    return lemma in _KILLINGS or t.lower_ in _KILLINGS or nouns.get(lemma) is Family.HOSTILITY


def blamed_deed(
    t: Token, tok_ent: list[int], tgt: int, verbs: dict[str, Family], nouns: dict[str, Family]
) -> Token | None:
    """The verb by which the target's name ``t`` is blamed for a hostile deed, or None."""
    for _ in range(4):  # 'government offices of [Z]', "[Z]'s agents"
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
            t = t.head.head
        elif t.dep_ in ("poss", "compound", "amod") and t.head.i != t.i and tok_ent[t.head.i] in (-1, tgt):
            t = t.head
        else:
            break
    v = t.head
    if unasserted(v):
        return None  # 'may have been behind', 'denied that Z was behind', 'was not behind'
    if t.dep_ == "nsubj" and v.lemma_ == "be":  # 'Iran was behind the killings'
        behind = [p for p in v.children if p.dep_ == "prep" and p.lower_ == "behind"]
        if any(c.dep_ == "pobj" and _hostile_noun(c, nouns) for p in behind for c in p.children):
            return v
        return None
    if t.dep_ == "pobj" and v.dep_ == "agent" and v.head.pos_ == "VERB":  # 'was contracted by [Z]'
        verb = v.head
        named = [c for c in verb.children if c.dep_ == "nsubjpass" and tok_ent[c.i] >= 0]
        if named and verbs.get(verb.lemma_.lower()) is Family.HOSTILITY:
            return verb  # 'Y had been kidnapped by Z'; not 'a fishing boat was fired upon by Z' (an incident)
        if any(c.dep_ == "nsubjpass" and _hostile_noun(c, nouns) for c in verb.children):
            return verb
    return None
