"""Names the text uses as places: before a place's noun ("the A, B and C border posts") or listed after one."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup
from core.extract.nlp import doc_column, span_text
from core.model import Kind

# a body's name also stands before "camp", "base" or "state" ("the Wagner camp", "Chinese state media"): not these
_HEADS = {"island", "islands", "city", "town", "village", "province", "region", "county", "district", "peninsula"}
_HEADS |= {"post", "posts", "border", "crossing", "crossings", "station", "checkpoint", "checkpoints", "villages"}
_HEADS |= {"towns", "regions", "cities", "provinces", "districts"}
_HEADS |= {"earthquake", "quake"}  # "the X earthquake": where the earth shook, no person or body
_PLURAL_OF = {"cities", "towns", "villages", "regions", "provinces", "districts", "islands", "ports"}
# a plural place noun written capitalised after listed names: "the X and Y Regions" (several places, no body)
_TITLED_PLURALS = {"Regions", "Provinces", "Districts", "Oblasts", "Territories"}
_BETWEEN = {"international", "remote", "main", "northern", "southern", "eastern", "western", "disputed"}
_LIST = {",", "and", "or"}
_SPAN = 12  # tokens a list of place names may run over


def _name_token(tok) -> bool:
    return tok.text[:1].isupper() or tok.text in {"-", "\u2010", "\u2011"}


def _head_after(doc: Doc, k: int) -> bool:
    """From token k on, over further listed names, a lowercase place noun follows ("..., Imatra and Niirala border
    posts", "the Essequibo region")."""
    stop = min(len(doc), k + _SPAN)
    first = k
    while k < stop and (doc[k].text in _LIST or _name_token(doc[k])):
        if doc[k].is_sent_start:
            return False
        if doc[k].text in _TITLED_PLURALS and k > first + 1 and doc[k - 1].is_title:
            return True  # "X and Y Regions"
        k += 1
    while k < stop and doc[k].lower_ in _BETWEEN:
        k += 1
    return k < len(doc) and k > 0 and doc[k].is_lower and doc[k].lower_ in _HEADS


def _head_before(doc: Doc, k: int) -> bool:
    """Before token k, over earlier listed names, "the cities of" opens the list."""
    stop = max(0, k - _SPAN)
    k -= 1
    while k > stop:
        if k > 2 and doc[k].lower_ == "as" and doc[k - 1].lower_ == "well" and doc[k - 2].lower_ == "as":
            k, stop = k - 3, max(0, stop - 3)  # "the cities of X and Y, as well as Z"
            continue
        if not (doc[k].text in _LIST or _name_token(doc[k])) or doc[k + 1].is_sent_start:
            break
        k -= 1
    return k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_ in _PLURAL_OF


def _capital_based(doc: Doc, m: Mention) -> str | None:
    """ "a London-based organisation": the state whose capital is written before "-based"."""
    if m.kind is not Kind.STATE or m.end >= len(doc):
        return None
    k = m.end + (doc[m.end].text in {"-", "\u2010", "\u2011"})  # "a London-based", "the Abu Dhabi based group"
    term = lookup(doc[m.start : m.end].text)
    if k < len(doc) and doc[k].lower_ == "based" and term is not None and term.role == "capital":
        if k == m.end and k + 1 < len(doc) and doc[k + 1].tag_ in {"DT", "PRP$", "PDT"}:
            return None  # "Moscow based its claim on a treaty": the state's verb
        return term.name
    return None


def lone_capitals(doc: Doc, chosen: list[Mention]) -> set[int]:
    """Starts of capitals before "-based" whose state the text names nowhere else: the city, not the state (where
    the state is named too, "the Doha-based channel" still says where the body sits)."""
    based = {m.start: name for m in chosen if (name := _capital_based(doc, m)) is not None}
    if not based:
        return set()  # (the names below only rule out capitals)
    named = {m.key for m in chosen if m.kind is Kind.STATE and m.start not in based}
    named |= {
        t.name for m in chosen if m.start not in based and (t := lookup(span_text(doc, m.start, m.end))) is not None
    }
    return {start for start, name in based.items() if name not in named}


def place_texts(doc: Doc, chosen: list[Mention]) -> set[str]:
    """Texts of unkeyed bodies and people that one mention places ("the X border station", "the cities of X, Y"):
    every mention so written is then a place."""
    out = set()
    elsewhere: set[str] | None = None
    for m in chosen:
        if m.chars is not None or m.key is not None or m.kind not in {Kind.PARTY, Kind.OFFICIAL}:
            continue
        if _listed_plural(doc, m):
            out.add(doc[m.start : m.end].text)
            continue
        if doc[m.end - 1].is_lower or doc[m.end - 1].lower_ in _HEADS:
            continue  # the place noun is inside the name: left to the rules on whole names
        if _head_after(doc, m.end) or _head_before(doc, m.start):
            out.add(doc[m.start : m.end].text)
            continue
        if elsewhere is None:
            elsewhere = _names_before_heads(doc)
        if span_text(doc, m.start, m.end) in elsewhere:
            out.add(doc[m.start : m.end].text)  # "the status of X" after "the disputed X region"
    return out


def _listed_plural(doc: Doc, m: Mention) -> bool:
    """ "the X and Y Regions": a name and a capitalised plural place noun, after another listed name."""
    listed = m.start > 1 and doc[m.start - 1].text in _LIST and doc[m.start - 2].is_title
    return listed and m.end - m.start >= 2 and doc[m.end - 1].text in _TITLED_PLURALS and doc[m.end - 2].is_title


def _names_before_heads(doc: Doc) -> set[str]:
    """Names the text writes right before a lower-case place noun anywhere ("the disputed X region"), found by one
    scan of the text: their other mentions are the place too."""
    out = set()
    lower, text = doc_column(doc, "lower_"), doc_column(doc, "text")
    for k in range(1, len(lower)):
        if not (lower[k] in _HEADS and text[k].islower()):  # (``Token.is_lower`` is ``text.islower()``)
            continue
        j = k - 1
        while j > 0 and doc[j].lower_ in _BETWEEN:
            j -= 1
        e = j + 1
        while j >= 0 and e - j <= 4 and doc[j].is_title and doc[j].is_alpha and not doc[j].is_sent_start:
            out.add(doc[j:e].text)
            j -= 1
    return out


def is_named_place(doc: Doc, m: Mention, places: set[str], capitals: set[int]) -> bool:
    """True when ``m`` is written as one of ``places`` or is one of the lone ``capitals`` before "-based"."""
    if m.chars is not None:
        return False
    unkeyed = m.key is None and m.kind in {Kind.PARTY, Kind.OFFICIAL}
    return m.start in capitals or (unkeyed and span_text(doc, m.start, m.end) in places)
