"""A text or meeting held 'between X and Y' by a participle or a passive relative clause on its noun; the prize of
a dispute ('a war over Z') is no party to it."""

from __future__ import annotations

from spacy.tokens import Token

from core.extract.relations.denials import DISPUTE_NOUNS


def signed_between(held: Token) -> bool:
    """'an agreement signed between X and Y', 'the accord which was signed last year between X and Y', 'the treaty
    concluded between X and Y' (the parser may tag the participle as a past tense): the verb on the noun whose
    'between' names the parties. A relative clause counts only in the passive: 'the deal which X signed' is X's."""
    if held.dep_ == "acl":
        return held.tag_ in ("VBN", "VBD")
    if held.dep_ == "relcl" and held.tag_ == "VBN":
        return any(c.dep_ == "auxpass" for c in held.children)
    return False


def passive_held(noun: Token) -> list[Token]:
    """The passive verb a text or meeting noun is the subject of: 'the agreement was signed between X and Y' names
    the parties as the participle on the noun does ('an agreement signed between X and Y')."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.i == noun.i or verb.tag_ != "VBN":
        return []
    return [verb] if any(c.dep_ == "auxpass" for c in verb.children) else []


# places and times inside the 'between' phrase: 'between X and Y in Barbados' ties only X and Y
_ASIDE_PREPS = frozenset({"in", "at", "near", "off", "on", "during", "inside", "outside"})
# generic nouns whose 'in' phrase names a party by its seat: 'between the authorities in Tripoli and Tobruk'
_SEATED = frozenset({"authority", "government", "administration", "leadership", "regime", "parliament", "side"})


def named_parties(between: Token, tok_ent: list[int]) -> set[int]:
    """The names inside a 'between' phrase (objects and conjuncts), leaving out those under a place or time
    preposition: 'between the government and the opposition platform in Barbados'."""
    out: set[int] = set()
    for t in between.subtree:
        if t.dep_ in ("pobj", "conj") and tok_ent[t.i] >= 0 and not _aside(t, between):
            out.add(tok_ent[t.i])
        elif _governing(t, tok_ent) and not _aside(t, between):
            out.add(tok_ent[t.i])  # 'between the X government and Y': the name whose government it is
    return out


# a side named by whose government it is: 'the Maduro government', "Tripoli's government", 'the Ruritanian regime'
_GOVERNMENTS = frozenset({"government", "administration", "regime", "authority", "junta", "cabinet"})


def _governing(t: Token, tok_ent: list[int]) -> bool:
    """A name set before an unnamed government noun that is itself a member of the 'between' list."""
    head = t.head
    return (
        tok_ent[t.i] >= 0
        and t.dep_ in ("compound", "poss", "amod")
        and head.dep_ in ("pobj", "conj")
        and tok_ent[head.i] < 0
        and head.lemma_.lower() in _GOVERNMENTS
    )


def _aside(t: Token, between: Token) -> bool:
    """Whether a place or time preposition stands between the token and the 'between' that holds it. spaCy makes a
    new Token object at every access, so the walk compares indices (.i), never identity; it stops at the root and
    is bounded by the sentence length in any case."""
    up = t.head
    for _ in range(len(t.doc)):
        if up.i == between.i or up.head.i == up.i:
            return False
        if up.dep_ == "prep" and up.lower_ in _ASIDE_PREPS and up.head.lemma_.lower() not in _SEATED:
            return True  # (not 'the authorities in Tripoli and Tobruk': the seats name the parties)
        up = up.head
    return False


# nouns of a dispute whose 'over' names what is fought for: 'a war over Z', 'the dispute over Z'
_DISPUTES = DISPUTE_NOUNS | {"war"}  # 'the war between X and Y over Z' as well


def disputed_over(gap: list[Token]) -> bool:
    """Whether the words before a name end in 'over' hung on a dispute noun ('fought a short war over')."""
    last = gap[-1]
    return last.lower_ == "over" and last.head.lemma_.lower() in _DISPUTES and last.head.i != last.i
