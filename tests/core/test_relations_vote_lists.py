"""Voters listed after a copula: 'Those voting against X were A, B and C'; a text initiated by two
(issue 11, blind48's conjoined ends). Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S = Kind.STATE
STATES = {n: (S, [n]) for n in ("Peru", "Chile", "Bolivia", "Ecuador", "Uruguay")}


def _allied(got):
    return {frozenset((a, b)) for a, b, f in got if f is Family.ALLIANCE}


def test_a_short_list_of_voters_ties_every_two():
    got = stated("The countries that voted against it included Peru, Chile and Bolivia.", STATES)
    assert _allied(got) == {
        frozenset(("Peru", "Chile")),
        frozenset(("Peru", "Bolivia")),
        frozenset(("Chile", "Bolivia")),
    }


def test_a_long_list_of_voters_is_tied_to_its_first_name():
    got = stated("Those voting against this year's text were Peru, Chile, Bolivia, Ecuador, and Uruguay.", STATES)
    assert _allied(got) == {frozenset(("Peru", x)) for x in ("Chile", "Bolivia", "Ecuador", "Uruguay")}


def test_no_vote_no_tie():
    got = stated("Those opposing the plan were Peru, Chile and Bolivia.", STATES)
    assert not _allied(got)
    got = stated("Those voting against the text were not Peru and Chile.", STATES)
    assert not _allied(got)


def test_a_text_initiated_by_two_is_a_joint_draft():
    got = stated("The resolution, initiated by Peru and Chile, was approved by a simple majority.", STATES)
    assert _allied(got) == {frozenset(("Peru", "Chile"))}
