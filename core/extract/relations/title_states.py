"""Which state a title belongs to, when the sentence names other states near it.

'Pyongyang, Ruritania - Freedonian President X': a name set off from the title by a spaced dash (a dateline)
does not qualify the title, though the parser may hang it there as a compound."""

from __future__ import annotations

from spacy.tokens import Token

_DASHES = frozenset({"-", "–", "—"})


def dashed_off(c: Token, r: Token) -> bool:
    """A modifier ``c`` before the title ``r`` with a spaced dash between them: 'Ruritania - Freedonian President'."""
    if c.i >= r.i:
        return False
    doc = r.doc
    return any(
        doc[k].text in _DASHES and (doc[k - 1].whitespace_ or doc[k].whitespace_)
        for k in range(c.right_edge.i + 1, r.i)
    )
