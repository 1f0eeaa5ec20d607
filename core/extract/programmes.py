"""Names of a plan or a programme, not of a body: "Vision 2030", "the Kingdom's Vision 2030", "Agenda 2063": a plan's
word and the year it aims at close the name."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention

_PLAN_WORDS = frozenset({"Vision", "Agenda", "Plan", "Strategy", "Blueprint"})
_YEAR = re.compile(r"(?:19|20)\d\d")


def names_a_programme(doc: Doc, m: Mention) -> bool:
    """Does this mention without a key end with a plan's word and a year (see the module's docstring)?"""
    if m.key is not None or m.end - m.start < 2:
        return False
    return _YEAR.fullmatch(doc[m.end - 1].text) is not None and doc[m.end - 2].text in _PLAN_WORDS
