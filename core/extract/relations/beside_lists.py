"""A list of names set beside the doer of a joint act, not the doers themselves: 'Lammy, along with his counterparts
from A, B and C, said in a joint statement', 'the delegation made a joint statement that included A and the troika
of countries - B, C and D'. The names listed act with the doer named before them, each beside it (other rules tie
them to it), not as partners of one another. Where the noun the list hangs on is the subject of the act ('leaders
from A, B and C signed a joint declaration'), the listed are the doers."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.model import Kind

_INTRO_WORDS = frozenset({"from", "—", "–"})  # 'counterparts from A, B', 'the troika - A, B'
_INCLUDE = frozenset({"include"})  # 'a statement that included A and B', 'including A and B'
_ACTORS = frozenset({Kind.STATE, Kind.PARTY, Kind.OFFICIAL})


def set_beside_doer(
    start: Token, run: list[int], tok_ent: list[int], kind: Callable[[int], Kind], sent_start: int
) -> bool:
    """The list of ``run`` whose first name starts at ``start`` comes after 'from', a dash or 'include(d/ing)', and
    an actor outside the list is named before it in the sentence."""
    doc = start.doc
    i = start.i - 1
    while i >= sent_start and doc[i].lower_ == "the":
        i -= 1
    if i < sent_start:
        return False
    w = doc[i]
    if w.lower_ not in _INTRO_WORDS and w.lemma_.lower() not in _INCLUDE:
        return False
    if w.lower_ == "from" and w.head.dep_ in ("nsubj", "nsubjpass"):
        return False  # 'leaders from A, B and C signed a joint declaration': the listed are the doers
    return any(
        tok_ent[j] >= 0 and tok_ent[j] not in run and kind(tok_ent[j]) in _ACTORS for j in range(sent_start, i)
    )
