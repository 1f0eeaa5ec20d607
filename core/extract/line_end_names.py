"""A body named only where a short line without a closing stop ends: a credit ("— The Daily Courier", "SOURCE:AP",
"Why you can trust XYZ"), a headline or a teaser stopping on a name ("Velmar to sell frigates to EU"), a name cut by
the excerpt's end ("... according to the report of the Public Accounts Co"). The gold keeps credits as furniture and
headlines as aliases only, so a body no sentence of the article names is no entity. Over blind30..67 11 such bodies
from 11 stories, none gold (over all 71 sets 13, none gold); the nearest gold bodies ending a stop-less line end lines
of 17 words or more (bylines, list sentences cut by the excerpt). A line holding the name alone (a list of bodies,
one a line) is left, and so are a description ending in a common noun ("... to Myanmar military", holdout: the
article calls it "the military junta") and people (a person's name cut by the excerpt's end is the gold's alias).
A line that is no headline keeps its body: one the next line carries on ("\nfor a loan ...", hard-wrapped text), a list
item ("- a firm linked to X", "1. ...") and a sentence in the past ("The talks were hosted by X": headlines drop
"was/were/had")."""

from __future__ import annotations

import re

from core.model import Kind, LocalEntity, Span

_MAX_WORDS = 15  # a headline's or a credit's length
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
_STOPS = ".!?\"\u201d\u2019"
_BULLET = re.compile(r"\s*(?:[-\u2022*]|\d{1,2}[.)])\s")
_PAST = re.compile(r"\b(?:was|were|had)\b")
# a hard-wrapped sentence carries on in lower case with a joining word ("... the World Bank\nfor an emergency loan");
# a headline's next line in lower case is furniture ("by Jan Roe", "text size", "watch ...", "updated ...")
_CARRIES_ON = re.compile(
    r"(?:and|or|but|for|of|in|on|at|to|from|with|under|over|after|before|since|amid|against|which|who|that|as|while|"
    r"when|where|its|their|the|a|an)\s+\S+\s+\S"
)


def _ends_short_line(text: str, m: Span) -> bool:
    rest = text[m.end : m.end + 80].lstrip(" \t")
    if rest and not rest.startswith(("\n", "\r")):
        return False
    if m.text.endswith(tuple(_STOPS)) or not m.text.split()[-1][:1].isupper():
        return False  # "... jet fuel to Myanmar military": a description the article names otherwise, no credit
    line = text[text.rfind("\n", 0, m.start) + 1 : m.start]
    if not line.strip() or len(_WORD.findall(line)) + len(_WORD.findall(m.text)) > _MAX_WORDS:
        return False
    if _CARRIES_ON.match(rest.lstrip("\r\n")) or _PAST.search(line):
        return False  # the sentence carries on over the line break; a sentence in the past (no headline)
    return not (_BULLET.match(line) and len(_WORD.findall(line)) >= 3)  # a list item, not "- The Daily Courier"


def without_line_end_bodies(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """``entities`` less the bodies every mention of which ends a short line with no closing stop."""
    return [
        e
        for e in entities
        if e.kind is not Kind.PARTY or not e.mentions or not all(_ends_short_line(text, m) for m in e.mentions)
    ]
