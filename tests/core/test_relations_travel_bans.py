"""A state cutting travel with another (round BI, x-b78r-113): flights suspended to and from each state of a list, a
land border closed with a neighbour; an airline halting its own flights and a negated measure take none."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, stated

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania"]),
    "Osterlich": (S, ["Osterlich"]),
    "Skyline Air": (P, ["Skyline Air"]),
}


def test_suspending_flights_to_and_from_listed_states_is_hostile_to_each():
    got = stated("Ruritania has suspended all its flights to and from Freedonia, Sylvania and Osterlich.", _SPEC)
    for state in ("Freedonia", "Sylvania", "Osterlich"):
        assert ("Ruritania", state, Family.HOSTILITY) in got, got
    got = stated("The Ruritanian government halted flights from Sylvania on Monday over the outbreak.", _SPEC)
    assert ("Ruritania", "Sylvania", Family.HOSTILITY) in got, got


def test_closing_a_border_with_a_state_is_hostile():
    got = stated("Ruritania has closed its land border with Freedonia to stop the fever spreading.", _SPEC)
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) in got, got
    got = stated("Sylvania partially shut its borders with Osterlich in a bid to curb smuggling.", _SPEC)
    assert ("Sylvania", "Osterlich", Family.HOSTILITY) in got, got


def test_an_airline_or_a_negated_measure_takes_none():
    got = stated("Skyline Air has suspended its flights to Freedonia until further notice.", _SPEC)
    assert ("Skyline Air", "Freedonia", Family.HOSTILITY) not in got, got
    got = stated("Ruritania did not suspend flights to and from Sylvania last week.", _SPEC)
    assert ("Ruritania", "Sylvania", Family.HOSTILITY) not in got, got
    got = stated("Ruritania has not closed its border with Osterlich.", _SPEC)
    assert ("Ruritania", "Osterlich", Family.HOSTILITY) not in got, got
    got = stated("Ruritania suspended flights to and from Sylvania after the hurricane struck.", _SPEC)
    assert ("Ruritania", "Sylvania", Family.HOSTILITY) not in got, got
