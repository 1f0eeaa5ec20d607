"""An escort of a named ship is protection (ALLIANCE), not a visit, unless the ship is held ('the seized tanker')."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

# a ship escorted after these is under guard, not protection: that act is enforcement, stated by other rules
_HELD = frozenset(
    {"seize", "seized", "detain", "detained", "capture", "captured", "impound", "impounded", "hijack", "confiscate"}
)


def escorts_as_alliance(ties: list[Tie], lemmas: Iterable[str], kind: Callable[[int], Kind]) -> list[Tie]:
    """Ties whose verb escorts or accompanies a ship, read ALLIANCE ('the destroyer was escorting the X')."""
    if not any(type_.startswith(("escort", "accompan")) for *_, type_, _ in ties):
        return ties
    held = not _HELD.isdisjoint(lemmas)
    # a held ship escorted is under guard: ENFORCEMENT, whichever family the verb's aim gave it
    was, now = (Family.ALLIANCE, Family.ENFORCEMENT) if held else (Family.DIPLOMACY, Family.ALLIANCE)
    return [
        (src, tgt, type_, now)
        if fam is was and type_.startswith(("escort", "accompan")) and kind(tgt) is Kind.VESSEL
        else (src, tgt, type_, fam)
        for src, tgt, type_, fam in ties
    ]
