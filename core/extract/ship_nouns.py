"""A ship's noun the rules took into a prefixed ship's name: "Flagged Vessel MV Example", "MV Example Vessel".

A ship's name carries its prefix ("MV", "M/T"); a capitalised "Vessel", "Tanker" or "Ship" written right before the
prefix or closing a prefixed name is the noun the writer set in Title Case, never part of the name. A body or
person read over the very name of a ship the page names ("the EXAMPLE vessel") is that ship; a lone "Flagged"
or "Owned" is no name at all.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set
from core.extract.vessels import is_vessel_prefix
from core.model import Kind

_PARTICIPLES = frozenset({"flagged", "registered", "owned", "operated", "managed", "chartered", "based", "bound"})


def _noun(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return tok.is_title and tok.lower_ in lexicon_set("vessel_nouns", fold=True)


def trim_ship_nouns(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions with a Title-Case ship's noun cut from the edges of a prefixed ship's name."""
    for m in chosen:
        if m.kind is not Kind.VESSEL or m.chars is not None or m.end - m.start < 3:
            continue
        start, end = m.start, m.end
        if _noun(doc, start) and is_vessel_prefix(doc[start + 1].text):
            start += 1  # "Vessel MV Example"
        if is_vessel_prefix(doc[start].text) and end - start >= 3 and _noun(doc, end - 1):
            end -= 1  # "MV Example Vessel"
        if (start, end) == (m.start, m.end):
            continue
        if m.key is not None:
            words = m.key.split()
            if words and words[-1].lower() == doc[m.end - 1].lower_ and end < m.end:
                words = words[:-1]
            if words and words[0].lower() == doc[m.start].lower_ and start > m.start:
                words = words[1:]
            if len(words) > 1 and is_vessel_prefix(words[0]):
                words = words[1:]  # the key of "MV Example" is "Example"
            m.key = " ".join(words) or m.key
        m.start, m.end = start, end
    return [m for m in _named_ships(doc, chosen) if not _participle(doc, m)]


def _participle(doc: Doc, m: Mention) -> bool:
    """ "Malta Flagged Vessel X": the participle of a ship's flag or owner, set in Title Case, is never a name."""
    return m.key is None and m.end - m.start == 1 and doc[m.start].lower_ in _PARTICIPLES


def _named_ships(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "the EXAMPLE vessel" where the page names the ship "MV Example": the bare name is the ship, not a body."""
    ships = {m.key.casefold(): m.key for m in chosen if m.kind is Kind.VESSEL and m.key}
    if not ships:
        return chosen
    for m in chosen:
        if m.kind in {Kind.PARTY, Kind.OFFICIAL} and m.key is None and m.chars is None:
            key = ships.get(doc[m.start : m.end].text.casefold())
            if key is not None:
                m.kind, m.key, m.role = Kind.VESSEL, key, "name"
    return chosen
