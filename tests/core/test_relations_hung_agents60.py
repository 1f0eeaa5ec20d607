"""Hung agents (round AV): a passive casting verb's doer that the parser hangs on the role noun ('X, which is
listed as a terror group by Y', 'X was designated a terrorist organization by Y') is the verb's doer."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Red Hand Front": (P, ["Red Hand Front"]),
}


def test_a_relative_clause_s_role_by_a_state_is_the_state_s_listing():
    got = stated(
        "Officials in Sylvania raised suspicions of a link to the Red Hand Front, which is listed as a terror group"
        " by Freedonia.",
        SPEC,
    )
    assert ("Freedonia", "Red Hand Front", Family.ENFORCEMENT) in got
    assert ("Red Hand Front", "Freedonia", Family.ENFORCEMENT) not in got


def test_a_designation_s_doer_hung_on_the_role_acts_on_the_subject():
    got = stated("The Red Hand Front was designated a terrorist organization by Freedonia in 2006.", SPEC)
    assert any(a == "Freedonia" and b == "Red Hand Front" for a, b, _ in got)
    assert not any(a == "Red Hand Front" and b == "Freedonia" for a, b, _ in got)
