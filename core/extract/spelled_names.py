"""Long names of bodies cut apart by the model, joined back; names glued across a list's comma, cut apart.

Spelled by an acronym: a body's name the acronym in brackets right after it spells whole ("Americans for Example &
Human Rights in Norland (AEHRN)", read as a people, a body and a state) is one body; every capitalised word of it is
a letter of the acronym, and the words between may be links ("for", "of", "and", "&", "in", "to", "the", "on", the
Romance "de", "du", "des", "la", "le"), a hyphen, or a lower-case word right after a hyphen with no space after it.

Run on over a place: "the Committee for Freedom in Norland Foundation" read as "Committee for Freedom" + "Norland
Foundation" is one name (a body "for" something, "in" a place, and a body's name that opens with the place and ends
in a head word right after it).

A people "for" a body: "Norlanders for Justice" (a people's plural word, "for" and a body's unkeyed name) is one
body's name, unless the people is a verb's object or the "for" hangs on a verb ("blamed Norlanders for X attacks").

Read whole by the model: "the Defense for Example International", an ORG entity of three words or more that the
rules cut into two unkeyed bodies at its "for" (or "for the"), is one name.

A list's comma with a space on each side ("Examplefirm , Otherfirm") parts two names the model read as one, when
each piece opens with a capital.

A join needs two pieces or more (one for a people "for" a body), none running over the name's edges, none a ship and
none an alias mention; the joined name is an unkeyed body.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.extract.nlp import doc_column, doc_ents
from core.model import Kind

_LINKS = frozenset({"for", "of", "and", "&", "in", "to", "the", "on", "de", "du", "des", "la", "le"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _acronym_at(doc: Doc, k: int) -> str | None:
    """The acronym in brackets opening at token k: "(", an all-capital word of three letters or more, ")"."""
    if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return None
    word = doc[k + 1].text
    return word if len(word) >= 3 and word.isalpha() and word.isupper() else None


def _spelled_start(doc: Doc, end: int, acronym: str) -> int | None:
    """Where the words before ``end`` start whose capitalised words' first letters spell ``acronym``."""
    letters = ""
    i = end - 1
    while i >= 0 and len(letters) < len(acronym):
        t = doc[i]
        if t.is_alpha and t.text[0].isupper():
            letters = t.text[0] + letters
            if not acronym.endswith(letters):
                return None
            if letters == acronym:
                return i
        elif not (
            t.lower_ in _LINKS
            or t.text in _HYPHENS
            or (t.is_lower and t.is_alpha and i > 0 and doc[i - 1].text in _HYPHENS and not t.whitespace_)
        ):
            return None
        i -= 1
    return None


def _joined(chosen: list[Mention], start: int, end: int, least: int = 2) -> list[Mention]:
    """``chosen`` with the mentions inside [start, end) made one body's unkeyed name, when ``least`` or more are
    there, none runs over its edges, none is an alias mention (``chars`` set) and none is a ship."""
    inside = [m for m in chosen if m.start < end and m.end > start]
    if len(inside) < least or any(m.start < start or m.end > end or m.chars is not None for m in inside):
        return chosen
    if any(m.kind is Kind.VESSEL for m in inside):
        return chosen
    gone = {id(m) for m in inside}
    whole = Mention(start, end, Kind.PARTY, None, max(m.tier for m in inside), "org")
    return [m for m in chosen if id(m) not in gone] + [whole]


def _spelled_bodies(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "Americans for Example & Human Rights in Norland (AEHRN)": the words the bracketed acronym spells, made one
    body when they do not open on a link word."""
    texts = doc_column(doc, "text")
    for k in range(1, len(doc) - 2):
        if texts[k] != "(":
            continue  # (no acronym opens here: ``_acronym_at`` asks this first)
        acronym = _acronym_at(doc, k)
        if acronym is None:
            continue
        start = _spelled_start(doc, k, acronym)
        if start is not None and doc[start].lower_ not in _LINKS:
            chosen = _joined(chosen, start, k)
    return chosen


def _place_run_ons(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "Committee for Freedom" + "in" + "Norland Foundation": one body's name."""
    heads = lexicon_set("org_heads")
    by_start = {m.start: m for m in chosen if m.key is None and m.chars is None and m.kind is Kind.PARTY}
    for a in list(by_start.values()):
        b = by_start.get(a.end + 1)
        if b is None or doc[a.end].lower_ != "in" or b.end - b.start < 2 or doc[b.end - 1].text not in heads:
            continue
        if not any(t.lower_ == "for" for t in doc[a.start + 1 : a.end - 1]):
            continue
        place = lookup(doc[b.start : b.end - 1].text)
        ent = doc[b.start].ent_type_
        if (place is not None and place.kind is Kind.STATE) or ent in {"GPE", "LOC"}:
            chosen = _joined(chosen, a.start, b.end)
    return chosen


def _peoples_for(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "Norlanders for Justice": a people's plural word, "for" and a body's unkeyed name are one body's name."""
    by_start = {m.start: m for m in chosen if m.key is None and m.chars is None and m.kind is Kind.PARTY}
    types = doc_column(doc, "ent_type_")
    for i in range(len(doc) - 2):
        if types[i] != "NORP":
            continue
        t = doc[i]
        if t.ent_type_ == "NORP" and t.is_title and t.text.endswith("s") and doc[i + 1].lower_ == "for":
            b = by_start.get(i + 2)
            # 'blamed Norlanders for X attacks': a verb's object and its cause, not one name
            acted_on = t.dep_ == "dobj" or doc[i + 1].head.pos_ in ("VERB", "AUX")
            if b is not None and not acted_on and (i == 0 or doc[i - 1].ent_type_ != "NORP"):
                chosen = _joined(chosen, i, b.end, least=1)
    return chosen


def _bodies_for(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "the Defense for Example International" read whole by the model, cut at its "for": one body's name. The
    mentions are indexed by token once; the model's entities never overlap, so each one's joining leaves the
    others' pieces as they were and the joins are made after the scan."""
    covering: dict[int, list[Mention]] = {}
    for m in chosen:
        for i in range(m.start, m.end):
            covering.setdefault(i, []).append(m)
    joins = []
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or len(ent) < 3:
            continue
        start, end = ent.start + (doc[ent.start].lower_ == "the"), ent.end
        while end > start and doc[end - 1].text in {",", ".", "'s", "\u2019s"}:
            end -= 1
        found = {id(m): m for i in range(start, end) for m in covering.get(i, ())}
        pieces = sorted(found.values(), key=lambda m: m.start)
        if len(pieces) != 2 or pieces[0].start != start or pieces[1].end != end:
            continue
        gap = tuple(t.lower_ for t in doc[pieces[0].end : pieces[1].start])
        bodies = all(m.kind is Kind.PARTY and m.key is None for m in pieces)
        if gap in {("for",), ("for", "the")} and bodies:
            joins.append((start, end))
    for start, end in joins:
        chosen = _joined(chosen, start, end)
    return chosen


def _list_commas(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "Examplefirm , Otherfirm" read as one name: a name on each side of the spaced comma."""
    out = []
    for m in chosen:
        commas = [
            i
            for i in range(m.start + 1, m.end - 1)
            if doc[i].text == "," and doc[i - 1].whitespace_ and doc[i].whitespace_
        ]
        if not commas or m.key is not None or m.chars is not None or m.kind is Kind.VESSEL:
            out.append(m)
            continue
        bounds = [m.start, *commas, m.end]
        pieces = [(a + (a != m.start), b) for a, b in itertools.pairwise(bounds)]
        if not all(b > a and doc[a].is_title for a, b in pieces):
            out.append(m)
            continue
        label = doc[m.start].ent_type_
        kind = Kind.PARTY if label == "ORG" else m.kind
        out += [Mention(a, b, kind, None, m.tier, "org" if kind is Kind.PARTY else m.role) for a, b in pieces]
    return out


def spelled_names(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions with bodies' long names joined back (spelled by an acronym, run on over a place, a people
    "for" a body, read whole by the model, in that order) and list-glued names parted."""
    chosen = _place_run_ons(doc, _spelled_bodies(doc, chosen))
    return _list_commas(doc, _bodies_for(doc, _peoples_for(doc, chosen)))
