"""Whoever summons a state's envoy deals with the envoy's state: "the Polish Foreign Ministry summoned Ukrainian
Ambassador X" (the ministry -> Ukraine), "Y, vice minister for foreign affairs, summoned X, ambassador of China to
Japan" (Y -> China). The gold gives the summoner DIPLOMACY with the envoy's state ('summoned ambassador of') beside
the summons of the envoy (dev, blind10, blind22, blind45). The rule reads the sentence's own ties: the summons of a
named person and that person's envoy title of a state; the summoner's own state never gets the tie."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from core.extract.relations.syntax import Tie
from core.model import Family, Kind

_SUMMONS = frozenset({"summoned", "summons", "summon", "summoning"})


def _role(type_: str, roles: Iterable[str]) -> str | None:
    """The envoy's title a membership tie names ('ambassador of', 'chargé d'affaires of'), if it is an envoy's."""
    words = type_.lower().removesuffix(" of").strip()
    for role in roles:
        if words == role or words.endswith(" " + role) or words.startswith(role + " "):
            return words
    return None


def summoned_envoy_states(stated: list[Tie], kind: Callable[[int], Kind], roles: frozenset[str]) -> list[Tie]:
    """The ties with the summoner's DIPLOMACY with each summoned envoy's state added (when no other typed tie
    joins them already)."""
    tied = {frozenset((s, t)) for s, t, _, f in stated if f is not Family.ASSOCIATION}
    homes: dict[int, set[int]] = {}
    envoys: dict[int, list[tuple[int, str]]] = {}
    for s, t, type_, fam in stated:
        if fam in (Family.MEMBERSHIP, Family.LEADERSHIP) and kind(t) is Kind.STATE:
            homes.setdefault(s, set()).add(t)
            role = _role(type_, roles) if fam is Family.MEMBERSHIP and kind(s) is Kind.OFFICIAL else None
            if role is not None:
                envoys.setdefault(s, []).append((t, role))
    out = list(stated)
    for s, t, type_, fam in stated:
        if fam is not Family.DIPLOMACY or not type_ or type_.split()[0].lower() not in _SUMMONS:
            continue
        for state, role in envoys.get(t, ()):
            if state == s or state in homes.get(s, ()) or frozenset((s, state)) in tied:
                continue
            tied.add(frozenset((s, state)))
            out.append((s, state, f"summoned {role} of", Family.DIPLOMACY))
    return out
