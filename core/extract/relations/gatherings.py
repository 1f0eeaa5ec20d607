"""'X was adopted in a meeting between A and B, said Y': a meeting or talks a reported clause places its act in is
no place but an event whose sides are what the report is about (gold r88: Y reports A and B), unlike 'in Doha'."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from core.extract.relations.act_words import GATHERINGS

# nouns of a gathering whose parties take part in what happens 'in' or 'at' it (not 'round': 'in the second round' is
# a vote's; act_words.GATHERINGS is the set of places of a meeting 'on the sidelines of' which two sides meet)
_MEETING_NOUNS = frozenset({"meeting", "talk", "negotiation", "summit", "conference", "session", "call"})
_MEETING_NOUNS |= {"conversation"}


def in_gathering(prep: Token) -> bool:
    """``prep`` is 'in' or 'at' with a gathering noun as its object: 'in a meeting between A and B'."""
    return prep.lower_ in ("in", "at") and any(
        p.dep_ == "pobj" and p.lemma_.lower() in _MEETING_NOUNS for p in prep.children
    )


# a shared appearance before the press: 'X said at a joint press conference with Y', 'told a news conference in Paris
# with Y' (gold r127, r128, r120): the two hold it together and meet (DIPLOMACY); what X says there is no report on Y
_APPEARANCES = frozenset({"conference", "briefing"})


def press_appearance_with(v: Token, noun: Token | None, prep: str | None, named: Callable[[Token], bool]) -> bool:
    """``noun`` is a press conference or briefing, the object of 'at'/'in' on the verb ``v`` ('at' or 'in' is
    ``prep``), and the party tied is named after its 'with' (``named`` says a token names it)."""
    if prep not in ("at", "in") or noun is None or noun.lemma_.lower() not in _APPEARANCES:
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ != prep or noun.head.head.i != v.i:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(named(t) for t in _with_whom(c)) for c in noun.children
    )


def _with_whom(prep: Token) -> list[Token]:
    """The object of 'with', its conjuncts and appositions, and the name words set on them ('with President X and
    Y', 'with the minister, X'); not a possessor ('with X's spokesman') nor a noun further down."""
    out: list[Token] = []
    todo = [t for t in prep.children if t.dep_ == "pobj"]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
        out.extend(c for c in t.children if c.dep_ in ("compound", "flat"))
    return out


_AT = frozenset({"at", "on", "during", "in"})  # 'on' also for 'on the sidelines of'


def gathering_owners(via: Token | None, prep: str | None, den_all: Callable[[Token], frozenset[int]]) -> frozenset[int]:
    """The bloc or host whose gathering ``via`` is, when a verb reaches it through a preposition: 'met on the sidelines
    of the G7 summit', 'loomed large at the first White House summit', 'spoke at the NATO summit' (the G7, the White
    House, NATO: the occasion, not the act's other side). Only names set on the gathering noun itself or after its
    'of'; never those after its 'with', 'between', 'in' ('a summit with X', 'the summit in Y'). Only where the verb is
    at, in or during it: one who goes or speaks to it ('traveled to the NATO summit', 'will speak by video to the
    G20 summit') deals with its bloc."""
    if via is None or prep not in _AT or via.lemma_.lower() not in GATHERINGS:
        return frozenset()
    out: frozenset[int] = frozenset()
    for c in via.children:
        if c.dep_ in ("compound", "poss", "amod", "nmod"):
            out |= den_all(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    out |= den_all(p)
    return out
