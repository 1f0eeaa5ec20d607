"""Whose a pronoun is, where the clause says so before the sentence's first name does (referents.py reads the rest).

- 'its' after an object: 'X will hold Y accountable for its attacks on Z', 'X condemned Y for its attacks': a
  possessive pronoun in a 'for' or 'over' phrase on a verb that has a named object (or on the predicate of a small
  clause, 'hold Y accountable') stands for that object, not for the verb's subject.
- 'his' or 'he' in a relative clause on a person: 'X criticized Y, who during his visit to Z made statements': the
  pronoun is the one the clause is about (Y), not the first person of the sentence (X)."""

from __future__ import annotations

from spacy.tokens import Token

# the prepositions that give the ground of an act done to an object: 'blamed Y for', 'sanctioned Y over'
_GROUNDS = frozenset({"for", "over"})
# the prepositions by which a measure names whom it is aimed at: 'sanctions against Y', 'a ban on Y'
_AIMED = frozenset({"against", "on"})


def object_owners(noun: Token, tok_ent: list[int]) -> frozenset[int]:
    """The named object before ``noun`` (the noun 'its' modifies) of the verb or small clause its 'for' or 'over'
    phrase hangs on; empty when there is none."""
    p = noun.head
    if noun.dep_ != "pobj" or p.dep_ != "prep" or p.lower_ not in _GROUNDS:
        return frozenset()
    h = p.head
    if h.pos_ == "ADJ" and h.dep_ in ("ccomp", "oprd", "xcomp"):
        objs = [c for c in h.children if c.dep_ == "nsubj"]  # 'hold Y accountable for its ...'
    elif h.pos_ == "VERB":
        objs = [c for c in h.children if c.dep_ == "dobj"]
        if not any(tok_ent[c.i] >= 0 for c in objs):
            # 'agreed on sanctions against Y over its supply of drones': the one a measure named on the verb targets
            nouns = objs + [
                o for c in h.children if c.dep_ == "prep" and c.i < p.i for o in c.children if o.dep_ == "pobj"
            ]
            objs = [
                o
                for n in nouns
                for c in n.children
                if c.dep_ == "prep" and c.lower_ in _AIMED
                for o in c.children
                if o.dep_ == "pobj"
            ]
    else:
        return frozenset()
    return frozenset(tok_ent[c.i] for c in objs if c.i < noun.i and tok_ent[c.i] >= 0)


# relative pronouns that stand for a person as a relative clause's subject
_WHO = frozenset({"who"})
_UP = 6


def relative_speaker(t: Token, tok_ent: list[int]) -> int:
    """The person named by the noun a relative clause with 'who' hangs on, when pronoun ``t`` sits in that clause
    ('Y, who during his visit ...'); -1 if it sits in none."""
    x = t
    for _ in range(_UP):
        if x.head.i == x.i:
            return -1
        x = x.head
        if x.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _WHO for c in x.children):
            return tok_ent[x.head.i]
    return -1
