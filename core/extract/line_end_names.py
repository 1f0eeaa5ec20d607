"""A body named only where a short line without a closing stop ends: a credit ("— The Daily Courier", "SOURCE:AP",
"Why you can trust XYZ"), a headline or a teaser stopping on a name ("Velmar to sell frigates to EU"), a name cut by
the excerpt's end ("... according to the report of the Public Accounts Co"). The gold keeps credits as furniture and
headlines as aliases only, so a body no sentence of the article names is no entity. Over blind30..67 11 such bodies
from 11 stories, none gold (over all 71 sets 13, none gold); the nearest gold bodies ending a stop-less line end lines
of 17 words or more (bylines, list sentences cut by the excerpt). A line holding the name alone (a list of bodies,
one a line) is left, and so are a description ending in a common noun ("... to Myanmar military", holdout: the
article calls it "the military junta") and people (a person's name cut by the excerpt's end is the gold's alias)."""

from __future__ import annotations

import re

from core.model import Kind, LocalEntity, Span

_MAX_WORDS = 15  # a headline's or a credit's length
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
_STOPS = ".!?\"\u201d\u2019"


def _ends_short_line(text: str, m: Span) -> bool:
    rest = text[m.end : m.end + 80].lstrip(" \t")
    if rest and not rest.startswith(("\n", "\r")):
        return False
    if m.text.endswith(tuple(_STOPS)) or not m.text.split()[-1][:1].isupper():
        return False  # "... jet fuel to Myanmar military": a description the article names otherwise, no credit
    line = text[text.rfind("\n", 0, m.start) + 1 : m.start]
    return bool(line.strip()) and len(_WORD.findall(line)) + len(_WORD.findall(m.text)) <= _MAX_WORDS


def without_line_end_bodies(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """``entities`` less the bodies every mention of which ends a short line with no closing stop."""
    return [
        e
        for e in entities
        if e.kind is not Kind.PARTY or not e.mentions or not all(_ends_short_line(text, m) for m in e.mentions)
    ]
