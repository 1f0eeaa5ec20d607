"""A body named only as the portfolio of a minister's title: "Treasury Secretary Jane Roe", "US Treasury Secretary Jane
Roe said" (a portfolio word: a party's minister, "Hezbollah Minister X", names the party). The word names her office,
not a body that acts in the article; the body is an entity only when the text names it elsewhere too ("the Treasury
said", "the Treasury Department's sanctions"). A body of more than one word ("the Security Council Secretary", "the
Ocean Affairs Council Minister") and a secretary-general's body ("NATO Secretary General") are named as bodies, and
stay.

A portfolio named before a lower-case body noun is the body, never a person: "The Home Affairs ministry has
rejected ...", "the Foreign Affairs department": a name the model took for a person's, written before such a noun
each time, is a body's.
"""

from __future__ import annotations

import re

from core.extract.kb import lexicon_set, lookup
from core.model import Kind, LocalEntity, Span

# a government's portfolios named before a minister's or secretary's title: "Treasury Secretary", "Coal Minister";
# a party's or a group's minister ("Hezbollah Minister X") names a body, and stays
_PORTFOLIOS = frozenset(
    {"treasury", "interior", "home", "cabinet", "transport", "transportation", "oil", "petroleum", "gas", "coal"}
)
_PORTFOLIOS |= {"mines", "mining", "power", "water", "labour", "labor", "housing", "railways", "information"}
_PORTFOLIOS |= {"communications", "fisheries", "infrastructure", "immigration", "borders", "ports", "resources"}
_PORTFOLIOS |= {"shipping", "aviation", "revenue", "customs", "budget", "planning", "state", "union"}

# a title's head right after the body's name: "Treasury Secretary", "Treasury Minister"; not "Secretary General"
_TITLE_AFTER = re.compile(r"[ \u00a0]+(?:Secretary|Minister)(?![-\w])(?![ \u00a0]+General)")


def _one_word(text: str) -> bool:
    """ "Treasury", "US Treasury": one word, after a state's name."""
    words = text.split()
    if words and words[-1].lower() not in _PORTFOLIOS and words[-1].lower() not in lexicon_set("field_words"):
        return False  # "Hezbollah Minister X": a party's minister
    if len(words) == 2:
        term = lookup(words[0])
        return term is not None and term.kind is Kind.STATE
    return len(words) == 1


def _portfolio(text: str, m: Span) -> bool:
    return _one_word(m.text) and _TITLE_AFTER.match(text, m.end) is not None


# a body's noun in lower case right after a name: "the Home Affairs ministry"
_BODY_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:ministry|ministries|department|directorate)(?![-\w])")


def _body_before_noun(text: str, e: LocalEntity) -> bool:
    # every mention: one "the Hegseth department" beside "Hegseth visited" leaves a person
    return e.kind is Kind.OFFICIAL and bool(e.mentions) and all(_BODY_NOUN_AFTER.match(text, m.end) for m in e.mentions)


def without_portfolio_bodies(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """``entities`` without bodies every mention of which is one word opening a minister's title; a person's name
    right before "ministry" or "department" a body."""
    for e in entities:
        if _body_before_noun(text, e):
            e.kind = Kind.PARTY
    return [
        e
        for e in entities
        if e.kind is not Kind.PARTY or not e.mentions or not all(_portfolio(text, m) for m in e.mentions)
    ]
