"""Names of a plan or a programme, not of a body: "Vision 2030", "the Kingdom's Vision 2030", "Agenda 2063": a plan's
word and the year it aims at close the name. "Mission Kestrel": a capitalised name right after
"Mission" names a programme or a space mission (a test, a launch), and the bare name that takes it up later is the same
programme; "Mission Control" (a place, space_works.py) and "the Mission of X to Y" (a post) are not this shape."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.model import Kind, LocalEntity

_PLAN_WORDS = frozenset({"Vision", "Agenda", "Plan", "Strategy", "Blueprint"})
_YEAR = re.compile(r"(?:19|20)\d\d")


def names_a_programme(doc: Doc, m: Mention) -> bool:
    """Does this mention without a key end with a plan's word and a year (see the module's docstring)?"""
    if m.key is not None or m.end - m.start < 2:
        return False
    return _YEAR.fullmatch(doc[m.end - 1].text) is not None and doc[m.end - 2].text in _PLAN_WORDS


_MISSION = re.compile(r"(?:[Tt]he[ \t]+)?Mission[ \t]+((?!Control\b)[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?)")


def drop_mission_names(entities: list[LocalEntity]) -> list[LocalEntity]:
    """Drop each body or person named "Mission X" whose other mentions are only "X" (see the module's docstring)."""
    out = []
    for e in entities:
        names = [" ".join(m.text.split()) for m in e.mentions]
        hits = [h for h in map(_MISSION.fullmatch, names) if h is not None]
        tails = {h.group(1) for h in hits}
        if e.kind in (Kind.PARTY, Kind.OFFICIAL) and hits and all(_MISSION.fullmatch(n) or n in tails for n in names):
            continue
        out.append(e)
    return out
