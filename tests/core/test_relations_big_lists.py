"""A long list of names acting as one side ties each to the act's other end, not every member to every other (rev-AS
item 12). Invented sentences; states from the knowledge base placed by hand."""

from __future__ import annotations

import pytest

from core.extract.relations.big_lists import MAX_JOINT, drop_big_cliques, member_pairs
from core.model import Family
from tests.core.test_relations import S, stated

pytestmark = pytest.mark.usefixtures("rules_alone")

_NAMES = ["Ruritania", "Freedonia", "Sylvania", "Vexora", "Maldora", "Kestria", "Borduria", "Syldavia", "Elbonia"]
_NAMES += ["Latveria", "Genovia", "Zubrowka"]


def _spec(names: list[str]) -> dict:
    return {n: (S, [n]) for n in [*names, "Orsinia"]}


def _listed(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


def test_a_short_list_condemning_together_are_allies_pairwise():
    names = _NAMES[:3]
    got = stated(f"{_listed(names)} condemned the missile test by Orsinia.", _spec(names))
    assert ("Freedonia", "Ruritania", Family.ALLIANCE) in got or ("Ruritania", "Freedonia", Family.ALLIANCE) in got


def test_a_long_list_condemning_together_is_no_clique_but_each_keeps_the_target():
    names = _NAMES[: MAX_JOINT + 2]
    got = stated(f"{_listed(names)} condemned the missile test by Orsinia.", _spec(names))
    among = {(a, b) for a, b, f in got if f is Family.ALLIANCE and a in names and b in names}
    assert not among, among
    hostile = {({a, b} - {"Orsinia"}).pop() for a, b, f in got if f is Family.HOSTILITY and "Orsinia" in (a, b)}
    assert hostile == set(names), hostile


def test_member_pairs_stops_at_the_cap():
    assert len(list(member_pairs(range(MAX_JOINT)))) == MAX_JOINT * (MAX_JOINT - 1) // 2
    assert list(member_pairs(range(MAX_JOINT + 1))) == []


def test_drop_big_cliques_keeps_small_cliques_and_hubs():
    big = {(a, b, Family.ALLIANCE): "jointly condemned with" for a in range(12) for b in range(a + 1, 12)}
    hub = {(20, b, Family.HOSTILITY): "sanctioned" for b in range(21, 60)}
    small = {(a, b, Family.ALLIANCE): "voted with" for a in range(30, 35) for b in range(a + 1, 35)}
    found = {**big, **hub, **small}
    drop_big_cliques(found)
    assert set(found) == set(hub) | set(small)


def test_a_long_list_with_no_other_end_still_co_occurs():
    # rev-AT item 1: the dropped clique's pairs are named together again, not left with nothing
    from tests.core.test_relations import run

    names = _NAMES[: MAX_JOINT + 1]
    ents, rels = run(f"{_listed(names)} condemned the test.", _spec(names))
    assert not [r for r in rels if r.family is Family.ALLIANCE]
    linked = {ents[i].name for r in rels for i in (r.source, r.target)}
    assert set(names) <= linked, linked
