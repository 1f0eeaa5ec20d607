"""A nationality on a person's title names whose the person is, not what an act is done to (issue 11 round AK).

'Denmark's request to extradite British hedge fund trader X': the extradition is of X, and the United Kingdom is
only X's nationality (read as X's membership elsewhere). The words-between layer (between.py) takes the name right
after a short verb phrase as the act's object; when that name is a word describing a title that runs, through
compounds, into a named person ('British', 'hedge fund trader', 'X'), the person is the object instead.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.model import Kind

_DESCRIBING = ("amod", "compound", "nmod")
_LONGEST_TITLE = 5


def described_person(last: Token, tok_ent: list[int], kind: Callable[[int], Kind], named: int) -> int:
    """The person a describing name leads to through its title's compounds ('British hedge fund trader X'), or
    ``named`` when it leads to none: the name itself is what is acted on."""
    if kind(named) is Kind.OFFICIAL or last.dep_ not in _DESCRIBING:
        return named
    h = last.head
    for _ in range(_LONGEST_TITLE):
        if h.i <= last.i:
            return named
        ei = tok_ent[h.i]
        if ei >= 0:
            return ei if ei != named and kind(ei) is Kind.OFFICIAL else named
        if h.dep_ not in ("compound", "nmod") or h.pos_ not in ("NOUN", "PROPN") or h.head.i <= h.i:
            return named
        h = h.head
    return named


def verb_object(last: Token, tok_ent: list[int], person: int, lo: int, hi: int) -> bool:
    """Whether the person a describing name leads to is the direct object of a verb between ``lo`` and ``hi``
    ('to extradite British businessman X'), not a noun's complement ('a vehicle of Chinese national X')."""
    doc = last.doc
    root = next((t for t in doc[last.i + 1 :] if tok_ent[t.i] == person), None)
    while root is not None and tok_ent[root.head.i] == person and root.head.i != root.i:
        root = root.head
    return root is not None and root.dep_ == "dobj" and root.head.pos_ == "VERB" and lo <= root.head.i < hi
