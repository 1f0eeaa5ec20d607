"""A plural people's noun set beside a list of persons is the home of each of them: 'Peruvians A, B and C' before
the list, ', all Peruvians' or ', both Peruvians' after it ('A, B and C, all Chilean-Americans').

The parser rarely makes such a list one conjunction (the names come out as compounds, modifiers and appositions of
one another), so the list is read on the surface: person names joined by commas and 'and', nothing else between.
One name alone is left to the apposition and compound rules of modifiers.py; here only a list of two names or more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Token

from core.extract.kb import lookup
from core.extract.relations.syntax import Tie
from core.model import Family, Kind

# the type of these ties; vetoes.py knows it (the title veto would give 'Peruvians A, B' to A alone)
LISTED = "listed national of"
_JOINS = frozenset({",", "and"})
_ALL = frozenset({"all", "both"})
# the endings of plural people's nouns (Peruvians, Israelis, Britons, New Zealanders, Cypriots, Turks, Swedes,
# Filipinos); country names with such an ending are left out by name
_PLURAL = ("ans", "is", "ons", "ers", "ots", "ks", "es", "nos", "ts")
_LANDS = frozenset({"philippines", "seychelles", "maldives", "comoros", "bahamas", "grenadines", "states", "emirates"})


def _names(doc, tok_ent: Sequence[int], kind: Callable[[int], Kind], i: int, step: int) -> list[int]:
    """The persons named in a row from token ``i`` on (rightwards when ``step`` is 1, leftwards when -1), joined
    by commas and 'and' only; the list ends at the first other word."""
    out: list[int] = []
    start = i
    last = False  # an 'and' was met: only the list's last join may hold one ('A, B and C', 'A, B, and C')
    while 0 <= i < len(doc):
        e = tok_ent[i]
        if e < 0 or kind(e) is not Kind.OFFICIAL:
            break
        out.append(e)
        while 0 <= i + step < len(doc) and tok_ent[i + step] == e:
            i += step
        start = i
        if last and step == 1:
            break
        j = i + step
        joins = []
        while 0 <= j < len(doc) and doc[j].lower_ in _JOINS and len(joins) < 2:
            joins.append(doc[j].lower_)
            j += step
        if not joins or (step == -1 and len(out) > 1 and "and" in joins):
            break  # walking leftwards an 'and' past the first join is another clause's list
        last = last or "and" in joins
        i = j
    if step == -1 and out and _after_according(doc, start):
        out.pop()  # 'According to X, A and B, both ...': X is the source, not one of the list
    return list(dict.fromkeys(out))


def _after_according(doc, i: int) -> bool:
    """Whether token ``i`` (a list's first name) stands right after 'according to'."""
    return i > 1 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ == "according"


def listed_demonym_ties(t: Token, tok_ent: Sequence[int], kind: Callable[[int], Kind]) -> Iterator[Tie]:
    """(person, state, LISTED, MEMBERSHIP) for each person of a list that a plural demonym ``t`` (the last
    token of a state's mention) stands right before, or follows as ', all/both <demonyms>'."""
    state = tok_ent[t.i]
    doc, i = t.doc, t.i
    if state < 0 or kind(state) is not Kind.STATE or not t.lower_.endswith(_PLURAL) or t.lower_ in _LANDS:
        return
    term = lookup(t.text)
    if term is None or term.role != "demonym":
        return  # 'PARIS Ana Soto and Luis Ramos', 'in Tunis': a capital's or a country's own name, no people's noun
    if i + 1 < len(doc) and tok_ent[i + 1] == state:
        return
    first = i
    while first > 0 and tok_ent[first - 1] == state:
        first -= 1
    while first > 1 and doc[first - 1].text == "-" and doc[first - 2].is_title:
        first -= 2  # 'Chilean-Americans': the first people's word of a hyphened pair
    people: list[int] = []
    if i + 1 < len(doc):
        people = _names(doc, tok_ent, kind, i + 1, 1)
    if len(people) < 2 and first > 1 and doc[first - 1].lower_ in _ALL and doc[first - 2].text == ",":
        people = _names(doc, tok_ent, kind, first - 3, -1)
        if doc[first - 1].lower_ == "both":
            people = people[:2]  # 'both' counts two: the two names nearest it
    if len(people) < 2:
        return
    for p in people:
        yield p, state, LISTED, Family.MEMBERSHIP
