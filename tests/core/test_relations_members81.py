"""An astronaut or cosmonaut named with a state's word is that state's own, like its pilots and engineers (issue 11,
round BE late additions: 'Swedish astronaut X' was left as a bare co-occurrence). Entities placed by hand; invented
sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL


def test_a_states_astronaut_is_its_member():
    got = stated(
        "The Sylvanian astronaut Ana Lopez reached the orbital station on Friday after a two-day flight.",
        {"Ana Lopez": (OFF, ["Ana Lopez"]), "Sylvania": (S, ["Sylvanian"])},
    )
    assert ("Ana Lopez", "Sylvania", Family.MEMBERSHIP) in got


def test_a_states_cosmonaut_named_by_its_possessive_is_its_member():
    got = stated(
        "Peru's first cosmonaut, Juan Perez, will spend two weeks in orbit, the space agency said.",
        {"Juan Perez": (OFF, ["Juan Perez"]), "Peru": (S, ["Peru"])},
    )
    assert ("Juan Perez", "Peru", Family.MEMBERSHIP) in got


def test_an_astronaut_flying_on_a_states_rocket_is_not_its_member():
    got = stated(
        "Astronaut Ana Lopez will fly to the station aboard a Sylvanian rocket next spring.",
        {"Ana Lopez": (OFF, ["Ana Lopez"]), "Sylvania": (S, ["Sylvanian"])},
    )
    assert ("Ana Lopez", "Sylvania", Family.MEMBERSHIP) not in got
