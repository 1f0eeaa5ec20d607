"""The words around a speaker's name (speech.py): the phrase that names the speaker, and whether a clause's verb
is the speaker's own stance ('he', 'we')."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token


def own_stance(t: Token, top: Token) -> bool:
    """A verb between ``t`` and ``top`` (both included) whose subject is the speaker himself ('he', 'we')."""
    x = t
    while True:
        if any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "i", "we") for c in x.children):
            return True
        if x.i == top.i or x.head.i == x.i:
            return False
        x = x.head


def name_phrase(t: Token) -> Iterator[Token]:
    """A name's phrase (its title, apposition, 'of' phrase) without a relative clause hung on it: 'X, who said Y
    seized Z' names Y and Z in X's words, not as X's own."""
    yield t
    for c in t.children:
        if c.dep_ != "relcl":
            yield from c.subtree
