"""Named sports events are events, not parties: "the Champions Trophy", "the World Gymnastics Championships", "the
ODI World Cup 2023", "the Women's T20 World Cup", "the Asian Games". The model reads such a capitalised name as an
organisation or a person; an entity every form of which ends in an event word (a year may follow) is dropped. The
bodies that run the events keep their own words ("International Olympic Committee", "Asian Football Confederation");
a vessel named like an event ("the tanker OLYMPICS") is not touched. Works on a document's finished entities."""

from __future__ import annotations

import re

from core.model import Kind, LocalEntity

_EVENT_END = re.compile(
    r"\b(?:Cup|Trophy|Championships?|Olympics|Paralympics|Games|Grand[ \t]+Prix|Tournament)(?:[ \t]+(?:19|20)\d\d)?$"
)


def drop_event_names(entities: list[LocalEntity]) -> list[LocalEntity]:
    """Drop each body or person all of whose mentions name a sports event."""
    return [
        e
        for e in entities
        if e.kind not in (Kind.PARTY, Kind.OFFICIAL)
        or not e.mentions
        or not all(_EVENT_END.search(" ".join(m.text.split())) for m in e.mentions)
    ]
