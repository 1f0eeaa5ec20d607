"""A ship joined by its own state's forces: the state's forces are the ship's fellows, not an ally of it."""

from __future__ import annotations

from core.model import Family


def drop_own_ship_joins(found: dict[tuple[int, int, Family], str]) -> None:
    """'The Freedonian frigate X ... was joined by Freedonian forces': a ship of a state (a MEMBERSHIP tie from the
    ship to the state in the same sentence) gains no alliance with that state by being joined by its forces."""
    own = {(src, tgt) for src, tgt, fam in found if fam is Family.MEMBERSHIP}
    for key in [k for k, type_ in found.items() if k[2] is Family.ALLIANCE and type_.startswith("join")]:
        src, tgt, _ = key
        if (tgt, src) in own or (src, tgt) in own:
            del found[key]
