"""Kin are no membership: 'X, the daughter of President Y', 'along with his brother, Z', 'Y and his wife X'. A person's
wife, son or brother belongs to no body by being so; a kin word tying one person to another gives no MEMBERSHIP
(the gold keeps no family ties between people). Kin of a state or body ('a son of Ruritania') keep theirs."""

from __future__ import annotations

from collections.abc import Callable

from core.extract.relations.titles import KIN_WORDS
from core.model import Family, Kind


def drop_kin_ties(found: dict, kind: Callable[[int], Kind]) -> None:
    """Remove from ``found`` ((src, tgt, family) -> type) the MEMBERSHIP ties a kin word makes between two people."""
    for key in [
        k
        for k, type_ in found.items()
        if k[2] is Family.MEMBERSHIP
        and not KIN_WORDS.isdisjoint(type_.lower().split())  # 'sister of', 'elder sister of'
        and kind(k[0]) is Kind.OFFICIAL
        and kind(k[1]) is Kind.OFFICIAL
    ]:
        del found[key]
