"""State mentions that name no state, or another one: "the former Soviet state", "Turkmen forces" in Syria, "Congo".

A demonym after "former"/"ex-" before a state noun describes the state the article is about, not the old union; a
demonym that is also a people's name ("Turkmen") names its state only where the state is named by name as well;
a short form two states share ("Congo") is the one the article names in full. General words only.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract import currencies
from core.extract.coref import Mention
from core.extract.kb import lexicon_set, lookup
from core.extract.nlp import doc_text, span_text
from core.model import Kind

_FORMER = frozenset({"former", "ex", "ex-", "post", "post-", "erstwhile"})
_STATE_NOUNS = frozenset({"state", "states", "republic", "republics", "country", "countries", "nation", "nations",
                          "satellite", "satellites", "bloc", "space", "territory", "territories", "region"})
# demonyms that are also the name of a people living across several states
_PEOPLES = frozenset({"Turkmen", "Turkmens", "Uzbek", "Uzbeks", "Tajik", "Tajiks"})
# a short form that stands for the state named in full beside it
_SHARED_SHORT = {"Congo": "Democratic Republic of the Congo"}


def _former(doc: Doc, m: Mention) -> bool:
    if m.role != "demonym" or m.end >= len(doc) or doc[m.end].lower_ not in _STATE_NOUNS:
        return False
    k = m.start - 1
    if k >= 0 and doc[k].text in {"-", "\u2010"}:
        k -= 1
    return k >= 0 and doc[k].lower_ in _FORMER


def _names_a_text(doc: Doc, m: Mention) -> bool:
    """ "the Vienna Convention", "the Minsk agreements": a town (or a state) a treaty is named after."""
    return (
        m.role in {"capital", "name"}
        and m.chars is None
        and m.end < len(doc)
        and doc[m.end].text in lexicon_set("document_heads")
        and doc[m.end].text not in {"Act", "Order", "Law", "Code", "Statement", "Report"}
    )


def state_fixes(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions without demonyms that name no state here; shared short forms given to the state named."""
    states = [m for m in chosen if m.kind is Kind.STATE and m.key is not None and m.role != "block"]
    if not states:
        return chosen
    named = {m.key for m in states if m.role in {"name", "acronym", "capital"} and doc[m.start].text not in _PEOPLES}
    written = {m.key for m in states if m.role == "demonym"}
    # "US dollars", "Indian rupee": the money, no state, where the state is named no other way (the gold's reading)
    text = doc_text(doc)
    money = {
        id(m)
        for m in states
        if (currencies.names_money(doc, m.end) if m.chars is None else currencies.money_hyphened(text, m.chars[1]))
    }
    otherwise = {m.key for m in states if id(m) not in money}
    drop = set()
    for m in states:
        text = span_text(doc, m.start, m.end) if m.chars is None else doc_text(doc)[m.chars[0] : m.chars[1]]
        only_money = id(m) in money and m.key not in otherwise
        if _former(doc, m) or (text in _PEOPLES and m.key not in named) or _names_a_text(doc, m) or only_money:
            drop.add(id(m))
            continue
        full = _SHARED_SHORT.get(text)
        if full is not None and full in named | written and lookup(text) is not None:
            m.key = full  # "Congo" beside "Democratic Republic of Congo" or "Congolese" (its demonym)
    return [m for m in chosen if id(m) not in drop]
