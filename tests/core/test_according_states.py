"""An outlet named as a sentence's source ('..., according to X') reports on every state the sentence names by its
name, however the parser hangs it; a state glued to a participle or named where something is, is named in passing
(round BJ, x-rep121, according_states.py). Invented sentences (review of round BJ, item 9: the first test's
sentence was a bench sentence with the names swapped; now other wording)."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

_OUTLET = {"Lamp News Agency": (Kind.PARTY, ["Lamp News Agency"])}


def test_states_listed_in_a_quote_the_outlet_closes_are_reported_on():
    spec = {
        **_OUTLET,
        "Osterlich": (Kind.STATE, ["Osterlich"]),
        "Sylvania": (Kind.STATE, ["Sylvania"]),
        "Borduria": (Kind.STATE, ["Borduria"]),
        "Anil Varo": (Kind.OFFICIAL, ["Anil Varo", "Varo"]),
    }
    got = stated(
        '"We sold surplus wheat to several neighbours, including Osterlich, Sylvania and Borduria," Anil Varo told'
        " the cabinet, according to the Lamp News Agency.",
        spec,
    )
    for state in ("Osterlich", "Sylvania", "Borduria"):
        assert ("Lamp News Agency", state, Family.REPORTING) in got, (state, got)


def test_a_state_glued_to_a_participle_is_left():
    spec = {**_OUTLET, "Panama": (Kind.STATE, ["Panama"])}
    got = stated(
        "Customs officers have kept the Panama-flagged cargo ship at anchor, according to the Lamp News Agency.", spec
    )
    assert not any(a == "Lamp News Agency" and b == "Panama" for a, b, _ in got), got


def test_a_state_named_as_a_place_is_left():
    spec = {**_OUTLET, "Osterlich": (Kind.STATE, ["Osterlich"])}
    got = stated("The talks were held at a small hotel in Osterlich, according to the Lamp News Agency.", spec)
    assert not any(a == "Lamp News Agency" and b == "Osterlich" for a, b, _ in got), got
