"""Firms named as examples of a plural trade noun: "companies like A, B and C", "carriers such as A or B", "giants
including A and B". The model leaves such names untagged or reads them as people ("General Electric" as "Electric")
when nothing else in the sentence marks them; the noun before "like"/"such as"/"including" says what each item is.
Only capitalised names are taken, each item closed by a comma, "and" or "or" (a list stops at a name going on past a
particle, "Corporación Minera del X"); an item the knowledge base knows (a
state, a bloc), or one with a possessive ("Iran's X"), is left to the rules that know it. "groups like X" is left too
(a group may be armed, political or a firm), and so is "brands like X" (a brand is a product, no firm).
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup
from core.extract.nlp import doc_column
from core.model import Kind

_NOUNS = frozenset({
    "companies", "firms", "corporations", "conglomerates", "banks", "lenders", "insurers", "carriers", "airlines",
    "manufacturers", "makers", "automakers", "carmakers", "retailers", "suppliers", "contractors", "operators",
    "giants", "shipbuilders", "utilities", "developers", "exporters", "importers", "producers",
})
_JOINERS = frozenset({",", "and", "or"})
_INNER = frozenset({"&", "-", ".", "of"})  # "Procter & Gamble", "Bank of X"
_PARTICLES = frozenset({"de", "del", "della", "di", "da", "do", "dos", "du", "des", "la", "le", "van", "von", "der"})
_MOST_ITEMS = 6
_MOST_WORDS = 4


def listed_firms(doc: Doc) -> list[Mention]:
    """Each capitalised name listed after a plural trade noun and "like"/"such as"/"including"."""
    lowered = doc_column(doc, "lower_")
    out: list[Mention] = []
    for i, w in enumerate(lowered):
        if w not in _NOUNS:
            continue
        k = i + 1 + (i + 1 < len(doc) and lowered[i + 1] == ",")
        if k < len(doc) and lowered[k] in {"like", "including"}:
            k += 1
        elif k + 1 < len(doc) and lowered[k] == "such" and lowered[k + 1] == "as":
            k += 2
        else:
            continue
        out += _items(doc, k)
    return out


def _items(doc: Doc, k: int) -> list[Mention]:
    """The names listed from token ``k``: capitalised runs joined by commas, "and" or "or"."""
    out: list[Mention] = []
    while k < len(doc) and len(out) < _MOST_ITEMS:
        start = k
        while k < len(doc) and k - start < _MOST_WORDS and _name_word(doc, k, start):
            k += 1
        while k > start and doc[k - 1].text in _INNER:
            k -= 1
        if k == start or (k < len(doc) and doc[k].lower_ in _PARTICLES):
            break  # "companies like Corporación Minera del X": the name goes on past a particle, unread here
        if _taken(doc, start, k):
            out.append(Mention(start, k, Kind.PARTY, None, 3, "org"))
        if k < len(doc) and doc[k].text in {"'s", "\u2019s", "'", "\u2019"}:
            break  # "Iran's Revolutionary Guard": a possessive opens a longer phrase
        if k < len(doc) and doc[k].lower_ in _JOINERS:
            k += 1
            if k < len(doc) and doc[k].lower_ in {"and", "or"}:
                k += 1  # "A, B, and C"
            continue
        break
    return out


def _name_word(doc: Doc, k: int, start: int) -> bool:
    """A capitalised word of a name ("GDF", "E.On"), or a joining mark inside one after its first word."""
    tok = doc[k]
    if tok.text[:1].isupper():
        return any(c.isalpha() for c in tok.text)
    return k > start and tok.text in _INNER


def _taken(doc: Doc, start: int, end: int) -> bool:
    """A name to take: no known term, no possessive after it."""
    text = doc[start:end].text
    if lookup(text) is not None:
        return False
    return end >= len(doc) or doc[end].text not in {"'s", "\u2019s"}
