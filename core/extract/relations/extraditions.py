"""Extraditions between two states: what passes between the asking state and the one holding the person.

- 'Peru requested the extradition from Chile of X', 'Japan refused Peru's request to extradite X': a request
  between states is DIPLOMACY (so every annotated state-to-state extradition); the act on the person sought stays
  ENFORCEMENT.
- 'an agreement allowing for extradition between A and B': the two states are parties to the deal (AGREEMENT).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_DEALS = frozenset({"agreement", "treaty", "pact", "accord", "deal", "memorandum", "convention", "arrangement"})


def state_extraditions(stated: list[Tie], kind: Callable[[int], Kind], doc: Doc, start: int, end: int) -> list[Tie]:
    """An ENFORCEMENT tie of an extradition between two states is DIPLOMACY, or AGREEMENT where the sentence names
    a deal and the states are the two sides 'between' which extradition runs."""
    out: list[Tie] = []
    deal: bool | None = None
    for src, tgt, type_, fam in stated:
        words = type_.split()
        if (
            fam is Family.ENFORCEMENT
            and any(w.startswith("extradit") for w in words)
            and words[-1] != "of"  # 'extradited to X a citizen of Y': the person's own state is no party to it
            and kind(src) is Kind.STATE
            and kind(tgt) is Kind.STATE
        ):
            if words[-1] == "between":
                if deal is None:
                    deal = any(doc[i].lemma_.lower() in _DEALS for i in range(start, end))
                fam = Family.AGREEMENT if deal else Family.DIPLOMACY
            else:
                fam = Family.DIPLOMACY
        out.append((src, tgt, type_, fam))
    return out
