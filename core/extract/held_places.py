"""A name the text marks as held ground: "Russian-occupied Enerville", "the Armenian-populated Vardenis region",
"Houthi-held Marib". Only the words that hold ground count: a person may be held ("Hamas-held Anna Roe", a hostage)
and a body or a ship held or controlled ("the Kremlin-controlled broadcaster"), but none is occupied, populated or
annexed."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.model import Kind

_GROUND = frozenset({"occupied", "populated", "annexed"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def held_place(doc: Doc, m: Mention) -> bool:
    """Is the unknown person or body ``m`` right after an "X-occupied" (or -populated, -annexed) compound?"""
    s = m.start
    if m.key is not None or s < 3 or m.kind not in {Kind.OFFICIAL, Kind.PARTY}:
        return False
    hyphen, word = doc[s - 2], doc[s - 1]
    return word.lower_ in _GROUND and hyphen.text in _HYPHENS and not doc[s - 3].whitespace_ and not hyphen.whitespace_
