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
    got = stated("Ruritania stopped every flight to or from Freedonia, Sylvania and Osterlich this week.", _SPEC)
    for state in ("Freedonia", "Sylvania", "Osterlich"):
        assert ("Ruritania", state, Family.HOSTILITY) in got, got
    got = stated("The Ruritanian government halted flights from Sylvania on Monday over the outbreak.", _SPEC)
    assert ("Ruritania", "Sylvania", Family.HOSTILITY) in got, got


def test_closing_a_border_with_a_state_is_hostile():
    got = stated("Ruritania shut its land border with Freedonia as the fever spread.", _SPEC)
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) in got, got
    got = stated("Sylvania shut the frontier with Osterlich on Friday, saying gangs moved fuel across it.", _SPEC)
    assert ("Sylvania", "Osterlich", Family.HOSTILITY) in got, got


def test_an_airline_or_a_negated_measure_takes_none():
    got = stated("Skyline Air has suspended its flights to Freedonia until further notice.", _SPEC)
    assert ("Skyline Air", "Freedonia", Family.HOSTILITY) not in got, got
    got = stated("Ruritania will not halt flights to Sylvania despite the outbreak.", _SPEC)
    assert ("Ruritania", "Sylvania", Family.HOSTILITY) not in got, got
    got = stated("Ruritania has not closed its border with Osterlich.", _SPEC)
    assert ("Ruritania", "Osterlich", Family.HOSTILITY) not in got, got
    got = stated("Ruritania suspended flights to and from Sylvania after the hurricane struck.", _SPEC)
    assert ("Ruritania", "Sylvania", Family.HOSTILITY) not in got, got


def test_a_state_named_carrier_or_a_benign_cause_takes_none():
    # a state's name on an airline ("X's flag carrier", 'the X airline') still makes the subject a firm
    for text in (
        "Ruritania's flag carrier halted its flights to Sylvania for the winter.",
        "The Ruritanian airline stopped flights to Osterlich after fuel costs rose.",
    ):
        got = stated(text, _SPEC)
        assert ("Ruritania", "Sylvania", Family.HOSTILITY) not in got, (text, got)
        assert ("Ruritania", "Osterlich", Family.HOSTILITY) not in got, (text, got)
    # a workers' strike, a crash, safety, an evacuation or a holiday is no threat the measure answers
    for text in (
        "Ruritania halted flights to Sylvania during a strike by airport staff.",
        "Ruritania suspended flights to Sylvania while investigators examined the crash.",
        "Ruritania stopped flights to Sylvania to evacuate stranded tourists.",
        "Ruritania closed its border with Sylvania for a two-day public holiday.",
    ):
        got = stated(text, _SPEC)
        assert ("Ruritania", "Sylvania", Family.HOSTILITY) not in got, (text, got)


def test_closing_a_border_after_air_strikes_is_still_hostile():
    got = stated("Ruritania closed its border with Sylvania after air strikes hit the capital.", _SPEC)
    assert ("Ruritania", "Sylvania", Family.HOSTILITY) in got, got
