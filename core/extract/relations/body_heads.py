"""The head of a state's body is a member of the state: 'Vietnamese National Assembly Chairman X', "Canada's
President of the Treasury Board, X", "Turkey's parliament speaker X" (gold MEMBERSHIP of X in the state, LEADERSHIP
in the body), where one title tie reads him as the leader of both the body and the state.

Only where the same title (one type label in one sentence) ties the person as LEADER to a body and to a state; a
body whose name says it governs the whole state ('Presidential Council', 'Government', 'Cabinet', 'Junta') is led by
the state's head, so its leader keeps LEADERSHIP of the state.
"""

from __future__ import annotations

from collections.abc import Callable

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_GOVERNING = frozenset({"presidential", "presidency", "government", "cabinet", "junta", "regime", "administration"})


def body_head_members(stated: list[Tie], kind: Callable[[int], Kind], words: Callable[[int], set[str]]) -> list[Tie]:
    """``stated`` with a person's LEADERSHIP of a state made MEMBERSHIP where the same title makes him the leader of
    a body that does not govern the state."""
    bodies: dict[tuple[int, str], bool] = {}
    for src, tgt, type_, fam in stated:
        if fam is Family.LEADERSHIP and kind(src) is Kind.OFFICIAL and kind(tgt) is Kind.PARTY:
            governing = bool(words(tgt) & _GOVERNING)
            bodies[(src, type_)] = bodies.get((src, type_), False) or governing
    if not bodies or all(bodies.values()):
        return stated
    out: list[Tie] = []
    for src, tgt, type_, fam in stated:
        if fam is Family.LEADERSHIP and kind(tgt) is Kind.STATE and bodies.get((src, type_)) is False:
            out.append((src, tgt, type_, Family.MEMBERSHIP))
        else:
            out.append((src, tgt, type_, fam))
    return out
