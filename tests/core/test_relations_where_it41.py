"""Round AB (x-cl41): 'it' in a 'where'/'when' clause after a named ship is that ship ('..., where it was shadowed
by X')."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, V, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Sea Star": (V, ["Sea Star"]),
    "Blue Wave": (V, ["Blue Wave"]),
    "Red Dawn": (V, ["Red Dawn"]),
    "Freedonian Navy": (P, ["Freedonian Navy"]),
}


def test_it_in_a_where_clause_is_the_ship_named_before():
    got = stated("The Sea Star entered the strait, where it was shadowed by the Blue Wave.", SPEC)
    assert ("Blue Wave", "Sea Star", Family.ENFORCEMENT) in got
    text = "The Sea Star was at sea, where it had been shadowed by Freedonian Navy ships Blue Wave and Red Dawn."
    got = stated(text, SPEC)
    assert ("Blue Wave", "Sea Star", Family.ENFORCEMENT) in got
    assert ("Red Dawn", "Sea Star", Family.ENFORCEMENT) in got


def test_it_in_a_where_clause_of_a_told_clause_is_the_ship_not_the_speaker():
    text = (
        "He told lawmakers the Sea Star was at sea, having passed through Sylvanian waters in recent days, where it"
        " had been shadowed by Freedonian Navy ships Blue Wave and Red Dawn."
    )
    got = stated(text, SPEC)
    assert ("Blue Wave", "Sea Star", Family.ENFORCEMENT) in got
    assert ("Red Dawn", "Sea Star", Family.ENFORCEMENT) in got


def test_it_after_a_state_and_a_ship_stands_for_nothing():
    got = stated("Sylvania and the Sea Star entered the strait, where it was shadowed by the Blue Wave.", SPEC)
    assert not {(a, b) for a, b, f in got if "Blue Wave" in (a, b)}


def test_every_ship_listed_after_a_force_ship_word_belongs_to_the_force():
    got = stated("The Freedonian Navy ships Blue Wave, Red Dawn, and Sea Star sailed.", SPEC)
    for ship in ("Blue Wave", "Red Dawn", "Sea Star"):
        assert (ship, "Freedonian Navy", Family.MEMBERSHIP) in got
    got = stated("The Freedonian Navy ships Blue Wave and Sylvania sailed.", SPEC)
    assert ("Sylvania", "Freedonian Navy", Family.MEMBERSHIP) not in got
