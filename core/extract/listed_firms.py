"""Firms named as examples of a plural trade noun: "companies like A, B and C", "carriers such as A or B", "giants
including A and B". The model leaves such names untagged or reads them as people ("General Electric" as "Electric")
when nothing else in the sentence marks them; the noun before "like"/"such as"/"including" says what each item is.
Only capitalised names are taken, each item closed by a comma, "and" or "or" (a list stops at a name going on past a
particle, "Corporación Minera del X"); an item the knowledge base knows (a
state, a bloc), or one with a possessive ("Iran's X"), is left to the rules that know it. "groups like X" is left too
(a group may be armed, political or a firm), and so is "brands like X" (a brand is a product, no firm).
A full stop joins a name only with no space after it ("E.On"): "carriers like A. B said" is two sentences, and an
item ends where the parser starts a sentence. A title word ends an item ("carmakers like A CEO B" is the firm A), a
title opening one is a person ("... such as President B"), and so is an item the model reads wholly as a person
("tour operators such as B C"; a firm it misreads as a person, "firms including A", is firm_people.py's). Bare "makers"
is not listed: "policy makers" and "decision makers" are people ("carmakers" and "automakers" are firms); nor is a
trade noun whose first part names people at work ("tour operators such as B C", "drone operators").
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import PARTICLES, Mention
from core.extract.kb import lookup, title_words
from core.extract.nlp import doc_column
from core.model import Kind

_NOUNS = frozenset({
    "companies", "firms", "corporations", "conglomerates", "banks", "lenders", "insurers", "carriers", "airlines",
    "manufacturers", "automakers", "carmakers", "retailers", "suppliers", "contractors", "operators",
    "giants", "shipbuilders", "utilities", "developers", "exporters", "importers", "producers",
})
_JOINERS = frozenset({",", "and", "or"})
_INNER = frozenset({"&", "-", ".", "of"})  # "Procter & Gamble", "Bank of X"
# a name's particles (coref's, shared with name_particles.py) and the Romance articles inside firms' names
_PARTICLES = PARTICLES | {"del", "della", "do", "dos", "des", "la", "le"}
# compounds that make a trade noun a person's job: "tour operators", "policy makers", "crane operators"
_PEOPLE_WORK = frozenset({"tour", "policy", "decision", "drone", "radio", "machine", "crane", "film", "law", "deal"})
_FIRM_TITLES = frozenset({"ceo", "cfo", "coo", "boss", "founder", "chairman", "chief"})  # "A CEO B": A is the firm
_MOST_ITEMS = 6
_MOST_WORDS = 4


def listed_firms(doc: Doc) -> list[Mention]:
    """Each capitalised name listed after a plural trade noun and "like"/"such as"/"including"."""
    lowered = doc_column(doc, "lower_")
    out: list[Mention] = []
    for i, w in enumerate(lowered):
        if w not in _NOUNS or (i > 0 and lowered[i - 1] in _PEOPLE_WORK):
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
        if _titled(doc[start]):
            break  # "decision makers such as President B": a person, and so are the rest
        if _taken(doc, start, k) and not all(t.ent_type_ == "PERSON" for t in doc[start:k]):
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
    if k > start and (tok.is_sent_start or _titled(tok)):
        return False  # "carriers like A. B said": a new sentence; "carmakers like A CEO B": a title ends the firm
    if tok.text[:1].isupper():
        return any(c.isalpha() for c in tok.text)
    if tok.text == ".":
        return k > start and not tok.whitespace_  # "E.On", not "A. B"
    return k > start and tok.text in _INNER


def _titled(tok) -> bool:
    """A title word ("CEO", "President"); "General" opens firm names ("General Tessel") as often as ranks, so not it."""
    low = tok.lower_
    return low != "general" and (low in _FIRM_TITLES or low in title_words()[0])


def _taken(doc: Doc, start: int, end: int) -> bool:
    """A name to take: no known term, no possessive after it."""
    text = doc[start:end].text
    if lookup(text) is not None:
        return False
    return end >= len(doc) or doc[end].text not in {"'s", "\u2019s"}
