"""A city named as the venue of a games: "the Olympic Games Paris 2024", "the 2020 Tokyo Paralympics", "the Beijing
Games". The city is where the games are held, not its country's government."""

from __future__ import annotations

import re

from spacy.tokens import Doc

_YEAR = re.compile(r"(?:18|19|20)\d\d")
_SEASONS = {"summer", "winter", "youth"}
_GAMES = {"olympics", "olympic", "paralympics", "paralympic", "games"}


def games_venue(doc: Doc, end: int) -> bool:
    """Does a city's name ending before token ``end`` name a games' venue: a year right after it ("Paris 2024"), or
    "Olympics", "Paralympics" or "Games" (after "Summer" or "Winter") written as its head?"""
    if end >= len(doc):
        return False
    if _YEAR.fullmatch(doc[end].text):
        return True
    k = end + 1 if doc[end].lower_ in _SEASONS and doc[end].is_title else end
    return k < len(doc) and doc[k].is_title and doc[k].lower_ in _GAMES
