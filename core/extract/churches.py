"""Churches named as bodies: "the Catholic Church", "the Russian Orthodox Church", "the Anglican Communion", "the
Church of Scotland". A church's name closes with "Church" (or "Communion") right after a denomination's word, or
opens with "Church of" and a name; such a church is a body (an organisation), not the building the word "church"
names elsewhere ("St Mary's Church", "the Nativity Church": no denomination word before it), nor a person the
model's two capitalised words suggest. A demonym before the denomination is part of the church's name ("Russian
Orthodox Church") where the denomination's churches are national ones (Orthodox); before another denomination
("the Congolese Catholic Church", "Congo's Catholic Church") the words name a country's branch of a church (which
the gold names otherwise, by its bishops' conference), and no church is taken. The church gets no state from the
demonym. General words only (denominations)."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lookup
from core.extract.nlp import doc_column
from core.model import Kind

_DENOMINATIONS = frozenset({"Catholic", "Orthodox", "Anglican", "Protestant", "Lutheran", "Evangelical", "Methodist",
                            "Presbyterian", "Baptist", "Coptic", "Apostolic", "Episcopal", "Pentecostal", "Reformed",
                            "Maronite", "Roman"})
_HEADS = frozenset({"Church", "Communion"})
# a saint or an owner before the name makes it a building's ("St Mary's Catholic Church")
_BUILDING_LEADS = frozenset({"St", "St.", "Saint"})
# a saint or a mystery a church is dedicated to: "the Church of St Mary", "the Church of Our Lady": a building's name
_DEDICATIONS = frozenset({"St", "St.", "Saint", "Our", "Holy", "Blessed"})
# a church owned by a country ("Congo's Catholic Church") is that country's branch of it, no church's own name
_OWNED = frozenset({"'s", "\u2019s"})
# the denominations whose churches are named by their nation ("the Greek Orthodox Church")
_NATIONAL = frozenset({"Orthodox", "Coptic", "Apostolic"})


def churches(doc: Doc) -> list[Mention]:
    """Every denomination's church ("Catholic Church", "Russian Orthodox Church") and every "Church of X" as a
    body."""
    words = doc_column(doc, "text")
    out = []
    for i, word in enumerate(words):
        if word not in _HEADS:
            continue
        s = i
        while s > 0 and i - s < 3 and words[s - 1] in _DENOMINATIONS:
            s -= 1
        if s < i:
            term = lookup(words[s - 1]) if s > 0 else None
            if term is not None and term.role == "demonym":
                if words[s] not in _NATIONAL:
                    continue  # "the Congolese Catholic Church": one country's branch of a church, not its name
                s -= 1  # "Russian Orthodox Church", "Serbian Orthodox Church"
            if s > 0 and (words[s - 1] in _BUILDING_LEADS or _owned(doc, s) or _congregation(doc, s)):
                continue
            out.append(Mention(s, i + 1, Kind.PARTY, None, 5, "org"))
        elif word == "Church" and i + 2 < len(words) and words[i + 1] == "of" and _name_word(doc, i + 2):
            if (i > 0 and words[i - 1] in _BUILDING_LEADS) or words[i + 2] in _DEDICATIONS:
                continue  # "St Anne's Church of ...", "the Church of St Mary", "the Church of the Holy Sepulchre"
            end = i + 3
            while end < len(words) and _name_word(doc, end):
                end += 1  # "Church of Jesus Christ ...": the whole name, never its cut
            if end + 1 < len(words) and words[end] == "of" and _name_word(doc, end + 1):
                continue  # "the Church of Jesus Christ of Latter-day Saints": a longer name, left to the model
            out.append(Mention(i, end, Kind.PARTY, None, 5, "org"))  # "Church of Scotland" (not its Moderator)
    return out


def _name_word(doc: Doc, k: int) -> bool:
    return doc[k].is_title and doc[k].is_alpha


_ARTICLES = frozenset({"the", "a", "an", "and", "of", "at", "in", "to", "by", "for", "with", "from"})


def _congregation(doc: Doc, s: int) -> bool:
    """A congregation's own name before the denomination: "Ebenezer Baptist Church", "First Baptist Church" (a local
    church, not a denomination's; a demonym there was read before)."""
    w = doc[s - 1]
    return w.is_title and w.is_alpha and w.lower_ not in _ARTICLES and w.text not in _DENOMINATIONS


def _owned(doc: Doc, s: int) -> bool:
    """A possessive before the name, over lower-case adjectives: "Congo's powerful Catholic Church"."""
    k = s - 1
    while k > 0 and s - k <= 3 and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k -= 1
    return doc[k].text in _OWNED
