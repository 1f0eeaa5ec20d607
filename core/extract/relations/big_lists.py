"""Long lists of names read as one side do not tie every member to every other.

'A, B and C condemned the test' ties every two of them (the gold's every-pair reading of a joint act, r42), but a
vote list or a report's roll of forty states acting together is one act, not 780 alliances: no annotated sentence
ties more than five names pairwise, and a clique of a hundred draws a hairball and takes minutes to read. So the
rules that pair the members of a list pair them only up to ``MAX_JOINT`` members (``member_pairs``), and whatever
rule still yields a larger clique of one label in one sentence has it dropped (``drop_big_cliques``); the ties of each
member to the list's other end stay.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations
from math import comb

from core.model import Family

MAX_JOINT = 8


def member_pairs(members: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Every two of ``members`` (sorted), or none when the list is longer than ``MAX_JOINT``."""
    names = sorted(set(members))
    if len(names) > MAX_JOINT:
        return iter(())
    return combinations(names, 2)


def drop_big_cliques(found: dict[tuple[int, int, Family], str]) -> set[frozenset[int]]:
    """Drop, in place, the ties of one label and family that join more than ``MAX_JOINT`` names nearly every two;
    return the pairs left with no tie at all (they co-occur, as any two names of one sentence do)."""
    groups: dict[tuple[str, Family], list[tuple[int, int, Family]]] = defaultdict(list)
    for key, type_ in found.items():
        groups[(type_, key[2])].append(key)
    dropped: set[frozenset[int]] = set()
    for keys in groups.values():
        if len(keys) <= comb(MAX_JOINT + 1, 2) * 0.8:
            continue
        names = {e for a, b, _ in keys for e in (a, b)}
        if len(names) > MAX_JOINT and len(keys) >= 0.8 * comb(len(names), 2):
            for key in keys:
                del found[key]
                dropped.add(frozenset(key[:2]))
    return dropped - {frozenset((a, b)) for a, b, _ in found}
