"""A forum's or a conference's meeting is an event, not a party: "the 2031 Forum on Marovia-Africa Trade (FOMAT)
Summit", "the ninth Halvek International Conference for Coastal Development (HICCD) summit", "the Ninth Halvek
International Conference for Coastal Development (HICCD9)". A name holding "Forum" or "Conference" is the meeting
when "summit" follows it (past its acronym in brackets) or an ordinal goes before it; that span is claimed so no body
comes of it, and its bracketed acronym wherever else it stands. The body's own name elsewhere ("The Islands Forum said
...") is left alone: the forum may act in the story. A feast from a closed list of general knowledge (Nowruz, Eid,
Diwali, Lunar New Year ...) just before "celebrations" or "festivities" ("during Diwali celebrations") is an event as
well, and so is the same feast's word elsewhere; any other capitalised word there (a leader's name) is left alone.
The UN climate conference's short name ("COP28", "Cop28", "the COP", "the Climate Change Conference COP28") is a
meeting too (general knowledge)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.exercises import blocked_repeats, exercise_names
from core.extract.nlp import doc_column, doc_text
from core.model import Kind

_MEETINGS = frozenset({"Forum", "Conference"})
_JOINS = frozenset({"on", "for", "of", "and", "-", "\u2013"})
_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
     "twelfth"}
)
_MAX = 10
_CELEBRATIONS = frozenset({"celebrations", "festivities"})
# feasts and festivals by name (general knowledge); several words as one tuple
_FEASTS = frozenset(
    (w,)
    for w in (
        "Nowruz", "Navruz", "Newroz", "Norouz", "Eid", "Diwali", "Deepavali", "Christmas", "Easter", "Hanukkah",
        "Chanukah", "Ramadan", "Tet", "Songkran", "Holi", "Vesak", "Wesak", "Passover", "Pesach", "Purim", "Sukkot",
        "Thanksgiving", "Halloween", "Carnival", "Carnaval", "Hogmanay", "Kwanzaa", "Navratri", "Durga", "Onam",
        "Pongal", "Baisakhi", "Vaisakhi", "Chuseok", "Seollal", "Obon", "Losar", "Dussehra", "Ashura", "Mawlid",
        "Epiphany", "Pentecost", "Hajj", "Muharram", "Ganesh", "Oktoberfest",
    )
) | frozenset(
    {("New", "Year"), ("Lunar", "New", "Year"), ("Chinese", "New", "Year"), ("Spring", "Festival"),
     ("Mid", "-", "Autumn"), ("Mid", "-", "Autumn", "Festival"), ("Yom", "Kippur"), ("Rosh", "Hashanah"),
     ("Eid", "al", "-", "Fitr"), ("Eid", "al", "-", "Adha"), ("Mardi", "Gras")}
)
_FEAST_MAX = max(len(f) for f in _FEASTS)
# the UN climate conference by its short name, numbered or not ("COP28", "Cop28", "the COP"): a meeting, no body
_COP = re.compile(r"(?:COP|Cop)\d{0,2}")


def event_names(doc: Doc) -> list[Mention]:
    """The collector the entity pass calls: blockers over every named military exercise (exercises.py) and every
    forum's summit or feast (summit_names below), none of which is a party."""
    return exercise_names(doc) + summit_names(doc)


def summit_names(doc: Doc) -> list[Mention]:
    """Blockers over every meeting's name (with its bracketed acronym) and over every other place they stand."""
    out: list[Mention] = []
    forms: set[tuple[str, ...]] = set()
    texts = doc_column(doc, "text")
    for i in [i for i, w in enumerate(texts) if w in _MEETINGS]:
        start, end = _name_around(doc, i)
        if start is None:
            continue
        close = end
        acronym = None
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
            close, acronym = end + 3, doc[end + 1].text
        numbered = close < len(doc) and _COP.fullmatch(doc[close].text) is not None
        close += numbered  # "the Climate Change Conference COP28"
        after = numbered or (close < len(doc) and doc[close].lower_ == "summit")
        if not (after or _ordinal(doc, start - 1)):
            continue
        out.append(Mention(start, close, Kind.PARTY, None, 7, "block"))
        if acronym:  # the meeting's acronym elsewhere ("FOMAT was first held in 2000"); not the body's bare name
            forms.add((acronym,))
    if "COP" in doc_text(doc) or "Cop" in doc_text(doc):
        out += [Mention(i, i + 1, Kind.PARTY, None, 7, "block") for i, w in enumerate(texts) if _COP.fullmatch(w)]
    lowered = doc_column(doc, "lower_")
    for i in range(1, len(doc)):
        if lowered[i] not in _CELEBRATIONS:
            continue
        for n in range(min(_FEAST_MAX, i), 0, -1):
            if tuple(texts[i - n : i]) in _FEASTS:
                out.append(Mention(i - n, i, Kind.PARTY, None, 7, "block"))  # "during Diwali celebrations"
                forms.add(tuple(texts[i - n : i]))
                break
    return out + blocked_repeats(doc, forms, {k for m in out for k in range(m.start, m.end)})


def _name_around(doc: Doc, i: int) -> tuple[int | None, int]:
    """The capitalised run (joined by "on", "for", "of", hyphens) that holds the meeting word at ``i``."""
    start = i
    while start > 0 and i - start < _MAX and _name_word(doc[start - 1]) and not doc[start].is_sent_start:
        start -= 1
    end = i + 1
    while end < len(doc) and end - i < _MAX and (_name_word(doc[end]) or doc[end].lower_ in _JOINS):
        end += 1
    while end > i + 1 and doc[end - 1].lower_ in _JOINS:
        end -= 1
    if end - start < 2:
        return None, end
    return start, end


def _name_word(t) -> bool:
    return t.is_title and t.is_alpha and t.lower_ not in _ORDINALS


def _ordinal(doc: Doc, k: int) -> bool:
    if k < 0:
        return False
    w = doc[k].lower_
    return w in _ORDINALS or (w[:-2].isdigit() and w[-2:] in {"st", "nd", "rd", "th"})
