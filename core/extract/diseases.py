"""Diseases and outbreaks are no parties: "the Ebola outbreak", "Coronavirus spread to Kuwait", "Swine Flu cases".
The model reads a capitalised disease's name as an organisation or a person; an entity every form of which is a
disease's name (KB `diseases`, general vocabulary), with the words a disease's name takes ("virus", "outbreak"), is
dropped. A body named after a disease keeps its own words ("Ebola Response Team", "Global Fund to Fight AIDS"): only
a whole form that is the disease counts. Works on a document's finished entities."""

from __future__ import annotations

import re
from functools import cache

from core.extract.kb import lexicon_set
from core.model import Kind, LocalEntity

_TAILS = r"(?:[ \t]+(?:virus|disease|fever|outbreak|epidemic|pandemic|variant|crisis|strain))*"


@cache
def _disease_form() -> re.Pattern[str]:
    names = sorted(lexicon_set("diseases"), key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in names)
    return re.compile(rf"(?:the[ \t]+)?(?:{body}){_TAILS}", re.IGNORECASE)


def drop_disease_names(entities: list[LocalEntity]) -> list[LocalEntity]:
    """Drop each body or person all of whose mentions name a disease."""
    form = _disease_form()
    return [
        e
        for e in entities
        if e.kind not in (Kind.PARTY, Kind.OFFICIAL)
        or not e.mentions
        or not all(form.fullmatch(" ".join(m.text.split())) for m in e.mentions)
    ]
