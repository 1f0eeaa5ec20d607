"""A city named as the venue of a games: "the Olympic Games Paris 2024", "the Paris 2024 Olympics", "the 2020 Tokyo
Paralympics", "the Beijing Games", a bare "Paris 2024". The city is where the games are held, not its country's
government. A year after a city followed by a meeting or document noun names no games ("the Beijing 2023 talks", "the
Paris 2015 agreement"): the government held them."""

from __future__ import annotations

import re

from spacy.tokens import Doc

_YEAR = re.compile(r"(?:18|19|20)\d\d")
_SEASONS = {"summer", "winter", "youth"}
_GAMES = {"olympics", "olympic", "paralympics", "paralympic", "games"}
# nouns after 'City YEAR' that name a meeting or a document the government held or signed, no games
_MEETINGS = frozenset(
    {"talks", "summit", "conference", "meeting", "agreement", "accord", "declaration", "deal", "visit"}
    | {"summits", "conferences", "meetings", "agreements", "accords", "declarations", "deals", "visits", "treaty"}
)


def _games_word(doc: Doc, k: int) -> bool:
    """ "Olympics", "Paralympics" or "Games" (after "Summer", "Winter" or "Youth") written as a head at token k."""
    k = k + 1 if k < len(doc) and doc[k].lower_ in _SEASONS and doc[k].is_title else k
    return k < len(doc) and doc[k].is_title and doc[k].lower_ in _GAMES


def games_venue(doc: Doc, start: int, end: int) -> bool:
    """Does the city's name at tokens [start, end) name a games' venue: a games word as its head ("the Beijing
    Games"), or a year right after it ("Paris 2024", "the Paris 2024 Olympics") that no meeting or document noun
    follows ("the Beijing 2023 talks" are the government's)?"""
    if end >= len(doc):
        return False
    if _YEAR.fullmatch(doc[end].text):
        return end + 1 >= len(doc) or doc[end + 1].lower_ not in _MEETINGS
    return _games_word(doc, end)
