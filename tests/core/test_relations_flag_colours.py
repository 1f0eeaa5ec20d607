"""A ship's flag named as its colours or hung on the verb (core/extract/relations/ships.py ``_flag``, issue 11 round
AX): 'the tanker X was flying Freedonian colours', 'intercepted the X vessel with the Freedonian flag'. Entities
placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import pairs, stated

S, V = Kind.STATE, Kind.VESSEL
SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Polar Star": (V, ["Polar Star"]),
}


def test_a_ship_flying_a_states_colours_is_flagged_there():
    got = stated("The tanker Polar Star was flying Ruritanian colours but had sailed from Freedonia.", SPEC)
    assert ("Polar Star", "Ruritania", Family.MEMBERSHIP) in got


def test_a_flag_hung_on_the_verb_is_its_objects():
    got = stated("The Freedonian Navy intercepted the Polar Star vessel with the Ruritanian flag on Monday.", SPEC)
    assert ("Polar Star", "Ruritania", Family.MEMBERSHIP) in got


def test_help_or_paint_is_no_flag():
    got = pairs("The Freedonian Navy intercepted the Polar Star with Ruritanian help.", SPEC)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Polar Star", "Ruritania")), set())
    got = pairs("Freedonia painted the Polar Star in Ruritanian colours.", SPEC)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Polar Star", "Ruritania")), set())
