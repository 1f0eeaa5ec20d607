"""The capitalised tail of a body's name after "of"/"for"/"on" ("Ministry of Foreign Affairs", "Commission on
Trade-Economic and Scientific-Technical Cooperation"): how far it runs."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.cap_words import is_cap

_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019", "s'"})
_HYPHENS = frozenset({"-", "\u2010"})


def _hyphen_between_words(doc: Doc, e: int) -> bool:
    """A hyphen written tight between two capitalised words ("Trade-Economic"): the compound is one word of the name."""
    return (
        doc[e].text in _HYPHENS
        and e > 0
        and e + 1 < len(doc)
        and not doc[e - 1].whitespace_
        and not doc[e].whitespace_
        and is_cap(doc[e - 1])
        and is_cap(doc[e + 1])
    )


def tail_end(doc: Doc, t: int) -> int:
    """The end of the capitalised words from ``t``: words joined by "and", a possessive, or a tight hyphen."""
    e = t
    while e < len(doc) and (
        is_cap(doc[e])
        or (doc[e].lower_ == "and" and e + 1 < len(doc) and is_cap(doc[e + 1]))
        or (doc[e].text in _POSSESSIVE and e > t)
        or _hyphen_between_words(doc, e)
    ):
        e += 1
    return e
