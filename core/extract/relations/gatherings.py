"""'X was adopted in a meeting between A and B, said Y': a meeting or talks a reported clause places its act in is
no place but an event whose sides are what the report is about (gold r88: Y reports A and B), unlike 'in Doha'."""

from __future__ import annotations

from spacy.tokens import Token

# nouns of a gathering whose parties take part in what happens 'in' or 'at' it (not 'round': 'in the second round' is
# a vote's; act_words.GATHERINGS is the set of places of a meeting 'on the sidelines of' which two sides meet)
_MEETING_NOUNS = frozenset({"meeting", "talk", "negotiation", "summit", "conference", "session", "call"})
_MEETING_NOUNS |= {"conversation"}


def in_gathering(prep: Token) -> bool:
    """``prep`` is 'in' or 'at' with a gathering noun as its object: 'in a meeting between A and B'."""
    return prep.lower_ in ("in", "at") and any(
        p.dep_ == "pobj" and p.lemma_.lower() in _MEETING_NOUNS for p in prep.children
    )
