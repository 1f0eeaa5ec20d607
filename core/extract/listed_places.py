"""Places the model typed as people or bodies: towns in a list after a place preposition, border lines.

"targeted sites in Alpha, Beta and Gamma", "sabotage towards Alpha, Beta and Gamma", "the Alpha, Beta and Gamma
areas", "the disputed territory of Alpha", "the Alpha Line", "the Line of Actual Control (LAC)": none is an actor.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.nlp import doc_column
from core.model import Kind

_BEFORE_LIST = frozenset({"in", "near", "towards", "toward", "around", "outside"})
_PLACE_OF = frozenset(
    {"territory", "region", "town", "towns", "village", "villages", "district", "districts", "cities"}
)
_AREA_NOUNS = frozenset({"areas", "area", "districts", "regions", "villages", "towns", "sectors", "sector"})
_LIST_WORDS = frozenset({",", "and"})
# words no person's name holds: a treaty, a day, a programme ("the Convention Against Graft", "Sanctions Programs")
_NOT_PERSON_WORDS = frozenset(
    {"Convention", "Treaty", "Accord", "Protocol", "Charter", "Day", "Program", "Programs", "Programme", "Programmes"}
)


def _one_word(doc: Doc, i: int) -> bool:
    return doc[i].is_title and doc[i].is_alpha


def _list_edges(doc: Doc, s: int) -> tuple[int, int, int]:
    """The first token, the end and the number of one-word items of the list of capitalised words around ``s``."""
    a, items = s, 1
    while a >= 2 and doc[a - 1].text in _LIST_WORDS and _one_word(doc, a - 2):
        a -= 2
        items += 1
    b = s + 1
    while b + 1 < len(doc) and doc[b].text in _LIST_WORDS and _one_word(doc, b + 1):
        b += 2
        items += 1
    return a, b, items


def _listed_place(doc: Doc, s: int) -> bool:
    """A one-word name in a list of two or more after "in"/"towards", or before "areas"."""
    a, b, items = _list_edges(doc, s)
    labels = {doc[k].ent_type_ for k in range(a, b, 2)}
    if (
        items < 2
        or not any(doc[k].lower_ == "and" for k in range(a, b))
        or not (labels & {"GPE", "LOC"} or len(labels) > 1)
    ):
        return False  # one of them is a place the model knows, or the model reads the same kind of word two ways
    if a > 0 and doc[a - 1].lower_ in _BEFORE_LIST:
        return True
    if a > 1 and doc[a - 1].lower_ == "the" and doc[a - 2].lower_ in _BEFORE_LIST:
        return b < len(doc) and doc[b].lower_ in _AREA_NOUNS
    return b < len(doc) and doc[b].lower_ in _AREA_NOUNS


def _line_acronym(doc: Doc, s: int, e: int) -> bool:
    """ "the Line of Actual Control (LAC)": the short form of a border line."""
    if e - s != 1 or s < 3 or doc[s - 1].text != "(":
        return False
    return any(doc[k].text == "Line" and doc[k + 1].lower_ == "of" for k in range(max(0, s - 7), s - 2))


def drop_listed_places(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions without towns in place lists, places "of" a territory word and border lines."""
    out = []
    for m in chosen:
        if m.key is None and m.kind in {Kind.OFFICIAL, Kind.PARTY}:
            last = doc[m.end - 1].text
            if m.kind is Kind.OFFICIAL and m.end - m.start >= 2 and last == "Line":
                continue  # "the Hoffmann Line": no person is called "X Line"
            if m.kind is Kind.OFFICIAL and not _NOT_PERSON_WORDS.isdisjoint(doc_column(doc, "text")[m.start : m.end]):
                continue
            if _line_acronym(doc, m.start, m.end):
                continue
            if m.end - m.start == 1 and _one_word(doc, m.start) and _listed_place(doc, m.start):
                continue
            if m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in _PLACE_OF:
                continue  # "the disputed territory of Alpha"
        out.append(m)
    return out
