"""A list of people sought, issued like a warrant: 'the police issued a wanted list of X, Y and Z' (also with the
groups of names split by semicolons: 'of lawmakers X and Y; activists Z; and businessman W'). The issuer acts against
each one named on it, as with 'issued an arrest warrant for X' (verbs.py ``_warrant_for``)."""

from __future__ import annotations

from spacy.tokens import Token

# what marks a list as one of people sought: 'a wanted list', 'its most-wanted list'
_WANTED = frozenset({"wanted", "most-wanted"})


def wanted_list(o: Token) -> bool:
    """``o`` is the noun 'list' modified by 'wanted' ('a wanted list', 'the most-wanted list')."""
    return o.lemma_.lower() == "list" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _WANTED for c in o.children
    )
