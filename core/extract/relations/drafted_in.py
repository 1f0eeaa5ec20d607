"""The body a drafted resolution is put to: 'the Security Council resolution drafted by X', 'the resolution,
initiated by X and Y, was approved by the General Assembly' (gold: X → the council or assembly, DIPLOMACY; on
blind4..59 the 9 such ties no other rule read are all gold pairs). Only an international voting body named in the
sentence (the Security Council, General Assembly, Human Rights Council or a Board of Governors, bare or after 'UN')
votes on a text ('the draft tabled by X, Russia's UN ambassador said': the UN named in a title is no body voting
on it; 'National Security Council spokesman' names a state's own body, review BC)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from core.model import Kind

# the international bodies that vote on resolutions, bare or after 'UN' / 'United Nations' ('the National Security
# Council' is a state's own body, the 'Council on Foreign Relations' a think tank: neither votes on a resolution)
_VOTING = frozenset({"security council", "general assembly", "human rights council", "board of governors"})
_UN = ("un ", "u.n. ", "united nations ", "the ")


def voting_bodies(
    v: Token, tok_ent: list[int], kind: Callable[[int], Kind], name: Callable[[int], str]
) -> Iterator[int]:
    """The international voting bodies named in the sentence of the drafting verb ``v``, each once."""
    seen: set[int] = set()
    sent = v.sent
    for i in range(sent.start, sent.end):
        e = tok_ent[i]
        if e < 0 or e in seen:
            continue
        seen.add(e)
        if kind(e) is Kind.PARTY and _votes(name(e)):
            yield e


def _votes(name: str) -> bool:
    """One of the international voting bodies, bare or after 'UN' ('UN Security Council', 'General Assembly')."""
    low = name.lower()
    stripped = True
    while stripped:
        stripped = False
        for lead in _UN:
            if low.startswith(lead):
                low, stripped = low[len(lead) :], True
    return low in _VOTING
