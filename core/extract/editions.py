"""An outlet's edition named after it: "CNN Turk", "BBC Persian", "Al Jazeera English" are one outlet, not a known
outlet and a state. General words only (demonyms, languages, edition words)."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup, outlet_names
from core.model import Kind

_EDITIONS = frozenset({"International", "World", "Arabic", "English", "Persian", "Turk", "Türk", "Africa", "Arabia",
                       "Europe", "Asia", "Americas", "Español", "Mundo", "Brasil", "Farsi", "Urdu", "Hindi", "Dari"})


def outlet_editions(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions with a known outlet run on over the edition word after it (and that word's state
    mention dropped)."""
    outlets = outlet_names()
    by_start = {m.start: m for m in chosen if m.chars is None}
    dropped = set()
    for m in chosen:
        if m.kind is not Kind.PARTY or m.key not in outlets or m.chars is not None or m.end + 1 >= len(doc):
            continue
        word = doc[m.end]
        term = lookup(word.text)
        edition = word.text in _EDITIONS or (term is not None and term.kind is Kind.STATE and term.role == "demonym")
        if not edition or not word.is_title or doc[m.end + 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
            continue
        follower = by_start.get(m.end)
        if follower is not None and follower.end > m.end + 1:
            continue
        if follower is not None:
            dropped.add(id(follower))
        m.end, m.key, m.name = m.end + 1, None, None
    return [m for m in chosen if id(m) not in dropped]
