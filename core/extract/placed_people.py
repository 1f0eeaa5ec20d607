"""A one-word "person" that the text only ever names as a place: "the fall of Goma", "from Port-au-Prince to
Cap-Haïtien", "parts of Java", "(Indonesian Borneo)". The model sometimes tags an unknown town or island as a
person; where every use of the word in the document sits after a place preposition or a demonym, and never beside
another capitalised word of a longer name, it is no one's name."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.furniture import heading_ranges
from core.extract.kb import lexicon_set, lookup
from core.extract.nlp import doc_text
from core.model import Kind

# prepositions of place beyond the lexicon's ("in", "at", "near", "from", "outside", "into")
_MORE_PLACE_WORDS = frozenset({"across", "toward", "towards", "throughout"})
# "the fall of X", "parts of X": nouns whose "of" names a place, never a person ("the arrival of Macron")
_PLACE_OF = frozenset(
    {"fall", "siege", "control", "outskirts", "suburbs", "streets", "parts", "part", "centre", "center", "city"}
    | {"town", "port", "island", "islands", "province", "region", "coast", "shores", "residents", "heart", "edge"}
    | {"north", "south", "east", "west"}
)
_PREVIOUS = re.compile(r"(\S+)\s+$")
_headings = lru_cache(maxsize=2)(heading_ranges)  # one document's headings, not one walk per mention
_POSSESSIVE_AFTER = re.compile(r"^['\u2019]s?\b")


def _demonym(word: str) -> bool:
    """ "Indonesian", "Malaysian": a state's adjective (not the state's own name)."""
    term = lookup(word)
    return term is not None and term.kind is Kind.STATE and term.role == "demonym"


def _as_place(text: str, a: int, b: int) -> bool:
    """Is this use of the word (at text[a:b]) one a place takes?"""
    after = text[b : b + 30]
    if _POSSESSIVE_AFTER.match(after) or re.match(r"^\s?[A-Z]", after):
        return False  # "the rest of Obama's cabinet"; "Jamal Khashoggi": a longer name goes on
    before = text[max(0, a - 80) : a]
    found = _PREVIOUS.search(before)
    if found is None or "\n" in before[found.start() :]:
        return False
    prev = found.group(1).lstrip("([").lower()
    if prev in lexicon_set("place_prepositions") or prev in _MORE_PLACE_WORDS:
        return True
    if prev == "to":  # "from Port-au-Prince to Cap-Haïtien": a way between two places
        return re.search(r"\bfrom [A-Z][^\s,.;]* $", before[: found.start()]) is not None
    if prev == "of":  # "the fall of Goma", "parts of Java": after a noun of a place's parts or fate
        noun = _PREVIOUS.search(before[: found.start()])
        return noun is not None and noun.group(1).lower() in _PLACE_OF
    if prev == "and":  # "fires in Sumatra and Borneo": the second of two places after a place preposition
        first = re.search(r"\b(\w+) [A-Z][^\s,.;]* $", before[: found.start()])
        return first is not None and first.group(1) in lexicon_set("place_prepositions")
    return _demonym(found.group(1).lstrip("(["))


def named_only_as_place(doc: Doc, m: Mention, said: str) -> bool:
    """A one-word OFFICIAL mention whose every use in the document is a place's."""
    if m.kind is not Kind.OFFICIAL or not said or " " in said or not said[:1].isupper():
        return False
    text = doc_text(doc)
    headings = _headings(text)  # a title or a dateline ("Goma" on a line of its own) tells nothing
    uses = [
        (x.start(), x.end())
        for x in re.finditer(rf"(?<![\w-]){re.escape(said)}(?![\w-])", text)
        if not any(a <= x.start() < b for a, b in headings)
    ]
    return bool(uses) and all(_as_place(text, a, b) for a, b in uses)
