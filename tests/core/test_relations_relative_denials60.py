"""Relative denials (round AV): a denial inside a relative clause ('X, which has no formal ties with Y, opened
...') is the clause's; the main clause's tie to Y still stands."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
}


def test_a_relative_clause_s_denial_leaves_the_main_clause_tie():
    got = stated("Freedonia, which has no formal ties with Sylvania, opened its airspace for Sylvanian aircraft.", SPEC)
    assert ("Freedonia", "Sylvania", Family.ENFORCEMENT) in got


def test_a_main_clause_denial_still_refuses_the_pair():
    got = stated("Freedonia has no formal ties with Sylvania.", SPEC)
    assert not any({a, b} == {"Freedonia", "Sylvania"} and f is not Family.ASSOCIATION for a, b, f in got)
