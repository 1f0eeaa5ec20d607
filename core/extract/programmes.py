"""Names of a plan or a programme, not of a body: "Vision 2030", "the Kingdom's Vision 2030", "Agenda 2063": a plan's
word and the year it aims at close the name. "Mission Kestrel": a capitalised name right after
"Mission" names a programme or a space mission (a test, a launch), and the bare name that takes it up later is the same
programme; "Mission Control" (a place, space_works.py) and "the Mission of X to Y" (a post) are not this shape.

"Mission" also opens the names of charities, alliances and places ("Mission Norland", "Mission Harbour Fellowship",
"Mission Bay"), so the name counts as a programme only when the article says so: it takes the name up bare ("Kestrel")
or writes a thing of space or a weapon's test beside it ("the missile test, part of Mission Kestrel"); and never when
the name after "Mission" is a state's or ends in a body's or a place's head word."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import is_state_word, lexicon_set
from core.model import Kind, LocalEntity

_PLAN_WORDS = frozenset({"Vision", "Agenda", "Plan", "Strategy", "Blueprint"})
_YEAR = re.compile(r"(?:19|20)\d\d")


def names_a_programme(doc: Doc, m: Mention) -> bool:
    """Does this mention without a key end with a plan's word and a year (see the module's docstring)?"""
    if m.key is not None or m.end - m.start < 2:
        return False
    return _YEAR.fullmatch(doc[m.end - 1].text) is not None and doc[m.end - 2].text in _PLAN_WORDS


_MISSION = re.compile(r"(?:[Tt]he[ \t]+)?Mission[ \t]+((?!Control\b)[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?)")
# what a programme or a space mission is about, written beside its name: "the missile test, part of Mission Kestrel";
# only things of space and weapons' tests, not a bare "launched" or "test" (a charity launches an appeal, a club a
# challenge: "Mission Tallwood launched an appeal")
_SPACE_WORDS = re.compile(
    r"\b(?:satellites?|rockets?|spacecraft|spaceflights?|orbit(?:al|s)?|lunar|moon|probes?|landers?|rovers?"
    r"|(?:missile|interceptor|weapons?)[ \t]+(?:tests?|launch(?:es)?)"
    r"|space[ \t]+(?:missions?|agency|station|flights?))\b",
    re.IGNORECASE,
)
_NEAR = 120  # characters either side of "Mission X"
# heads of a charity's or a place's name the shared lists leave out: "Mission Harbour Fellowship"
_MORE_HEADS = frozenset({"Fellowship", "Hospital", "Church", "School", "College", "Trust", "Charity", "Society"})


def _bodys_name(tail: str) -> bool:
    """ "Mission Norland", "Mission Harbour Fellowship", "Mission Bay": a state, a body or a place, no programme."""
    last = tail.split()[-1]
    heads = lexicon_set("org_heads") | lexicon_set("company_tails") | lexicon_set("place_tails") | _MORE_HEADS
    return is_state_word(tail) or last in heads


def _programme(text: str, e: LocalEntity) -> bool:
    """Every mention is "Mission X" or "X", X names no body, and "X" is written bare or a test or a launch is
    written beside "Mission X"."""
    names = [" ".join(m.text.split()) for m in e.mentions]
    hits = [h for h in map(_MISSION.fullmatch, names) if h is not None]
    tails = {h.group(1) for h in hits}
    if not hits or not all(_MISSION.fullmatch(n) or n in tails for n in names):
        return False
    if any(_bodys_name(t) for t in tails):
        return False
    if any(n in tails for n in names):
        return True  # "Kestrel": the programme taken up by its bare name
    return any(_SPACE_WORDS.search(text[max(0, m.start - _NEAR) : m.end + _NEAR]) for m in e.mentions)


def drop_mission_names(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """Drop each body or person named as a programme "Mission X" (see the module's docstring)."""
    return [e for e in entities if e.kind not in (Kind.PARTY, Kind.OFFICIAL) or not _programme(text, e)]
