"""A city named as the venue of a games: "the Olympic Games Paris 2024", "the Paris 2024 Olympics", "the 2020 Tokyo
Paralympics", "the Beijing Games". The city is where the games are held, not its country's government. A year after a
city alone names no games ("the Beijing 2023 talks"): a games word must stand right before the city or after it."""

from __future__ import annotations

import re

from spacy.tokens import Doc

_YEAR = re.compile(r"(?:18|19|20)\d\d")
_SEASONS = {"summer", "winter", "youth"}
_GAMES = {"olympics", "olympic", "paralympics", "paralympic", "games"}


def _games_word(doc: Doc, k: int) -> bool:
    """ "Olympics", "Paralympics" or "Games" (after "Summer", "Winter" or "Youth") written as a head at token k."""
    k = k + 1 if k < len(doc) and doc[k].lower_ in _SEASONS and doc[k].is_title else k
    return k < len(doc) and doc[k].is_title and doc[k].lower_ in _GAMES


def games_venue(doc: Doc, start: int, end: int) -> bool:
    """Does the city's name at tokens [start, end) name a games' venue: a games word as its head ("the Beijing
    Games"), or a year right after it with a games word after the year ("Paris 2024 Olympics") or right before the
    city ("the Olympic Games Paris 2024")?"""
    if end >= len(doc):
        return False
    if _YEAR.fullmatch(doc[end].text):
        before = start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in _GAMES
        return before or _games_word(doc, end + 1)
    return _games_word(doc, end)
