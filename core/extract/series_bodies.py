"""A body's name that lists its portfolios with commas, with no acronym after it to vouch for it: "the Ministry of
Trade, Fisheries and Rural Roads said", "the Survey, Mapping and Geology Agency". The comma would otherwise cut
the name in two ("Ministry of Trade" + "Fisheries and Rural Roads"), each half a false body.

The series is one name when it is all capitalised words, its last item joined by "and" or "&" and closed by a
lower-case word or a stop (first shape: a head word and "of/for/on" before it), or ended by the body's head word
(second shape). No item may be a state, a known name, a person, a place, a date or a body of its own (an item
with a head word in it, "the Ministry of Health, Department of Education and ..." or "the Ministry of Finance, Central
Bank and Revenue Authority", is a list of bodies). A head word with capitalised words before it ("the Vexland Senate
Committee on ...") opens a longer name, which is left whole."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.model import Kind

_LINKS = {"of", "for", "on"}
_JOINERS = {"and", "&"}
_SKIP_ENTS = {"GPE", "LOC", "NORP", "PERSON", "DATE", "TIME", "CARDINAL", "MONEY"}
_MAX_ITEM = 4


def series_bodies(doc: Doc) -> list[Mention]:
    """The bodies named by a comma series, each one mention of the whole name."""
    heads = lexicon_set("org_heads")
    out = []
    for i in range(len(doc) - 6):
        if doc[i].text in heads and doc[i + 1].lower_ in _LINKS and not _named_before(doc, i):
            end = _series_end(doc, i + 2, heads)
            if end is not None and (end == len(doc) or not _capital(doc[end])):
                out.append(Mention(i, end, Kind.PARTY, None, 3, "org"))
    for i in range(1, len(doc) - 6):
        if _capital(doc[i]) and not _capital(doc[i - 1]) and doc[i - 1].text not in (",", "&"):
            end = _series_end(doc, i, heads, closing_head=True)
            if end is not None:
                out.append(Mention(i, end, Kind.PARTY, None, 3, "org"))
    return out


def _named_before(doc: Doc, i: int) -> bool:
    """ "the U.S. Senate Committee on Commerce, Science and Transportation": capitalised words before the head word
    belong to a longer name the model reads whole; the series is left to it."""
    return i > 0 and _capital(doc[i - 1]) and doc[i - 1].lower_ != "the"


def _capital(tok) -> bool:
    return tok.is_title or (tok.is_upper and tok.is_alpha and len(tok) > 1)


def _item(doc: Doc, k: int, heads: frozenset[str]) -> int:
    """The end of a run of capitalised words opening at ``k`` (``k`` when there is none or it is not a portfolio)."""
    e = k
    while e < len(doc) and e - k < _MAX_ITEM and _capital(doc[e]):
        e += 1
    if e == k or any(t.text in heads for t in doc[k:e]):
        return k  # "Ministry of Finance, Central Bank and ...": an item with a head word anywhere is a body of its own
    for t in doc[k:e]:
        if t.ent_type_ in _SKIP_ENTS or lookup(t.text) is not None:
            return k
    if lookup(doc[k:e].text) is not None:
        return k
    return e


def _series_end(doc: Doc, k: int, heads: frozenset[str], closing_head: bool = False) -> int | None:
    """The end of "A, B(, C) and D" opening at ``k``; with ``closing_head`` the last item must end in a head word
    (the body's own), which the item test otherwise refuses inside an item."""
    items = 0
    while True:
        e = _item(doc, k, heads)
        if e == k:
            return None
        items += 1
        if e >= len(doc):
            return None
        w = doc[e].text
        if w == "," and e + 1 < len(doc) and doc[e + 1].lower_ in _JOINERS and items >= 2:
            e += 1
            w = doc[e].text
        if w.lower() in _JOINERS and items >= 2:
            last = _last_with_head(doc, e + 1, heads) if closing_head else _item(doc, e + 1, heads)
            return last if last > e + 1 else None
        if w != ",":
            return None
        k = e + 1


def _last_with_head(doc: Doc, k: int, heads: frozenset[str]) -> int:
    """ "Geophysics Agency": capitalised words ending in a head word, none of them a state or a known name."""
    e = k
    while e < len(doc) and e - k <= _MAX_ITEM and _capital(doc[e]) and doc[e].text not in heads:
        e += 1
    if e == k or e >= len(doc) or doc[e].text not in heads:
        return k
    if any((t.ent_type_ in _SKIP_ENTS and t.ent_type_ != "PERSON") or lookup(t.text) is not None for t in doc[k:e]):
        return k  # a person's tag on words that end in a body's head word is the model's slip ("Geodesy Agency")
    return e + 1
