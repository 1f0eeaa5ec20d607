"""Two sides that take part together in an act only sides share (core/extract/relations/shared_acts.py, issue 11
round AW): 'A and B took part in the negotiations', 'A and B were involved in the talks', 'X and Y confirmed the
agreement', 'A and B exchanged fire'. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import pairs, stated

S, OFF, P = Kind.STATE, Kind.OFFICIAL, Kind.PARTY
RU = {"Ruritania": (S, ["Ruritania", "Ruritanian"])}
FR = {"Freedonia": (S, ["Freedonia", "Freedonian"])}
SY = {"Sylvania": (S, ["Sylvania", "Sylvanian"])}
TWO = {"Ivan Petrov": (OFF, ["Ivan Petrov"]), "Rustem Kaliev": (OFF, ["Rustem Kaliev"])}


def _typed(text: str, spec: dict) -> set[frozenset[str]]:
    return {k for k, fams in pairs(text, spec).items() if fams - {Family.ASSOCIATION}}


def test_two_sides_taking_part_in_talks_talk_with_each_other():
    got = stated("Ruritania and Freedonia took part in the negotiations on Monday.", {**RU, **FR})
    assert ("Ruritania", "Freedonia", Family.DIPLOMACY) in got
    got = stated("Ruritania and Freedonia were also involved in the talks.", {**RU, **FR})
    assert ("Ruritania", "Freedonia", Family.DIPLOMACY) in got


def test_two_named_people_confirming_an_agreement_share_it():
    got = stated(
        "Ruritania’s chief negotiator Ivan Petrov and Freedonian Defence Minister Rustem Kaliev"
        " confirmed the agreement.",
        {**RU, **FR, **TWO},
    )
    assert ("Ivan Petrov", "Rustem Kaliev", Family.AGREEMENT) in got
    got = stated("Ivan Petrov and Rustem Kaliev confirmed the agreement on Friday.", TWO)
    assert ("Ivan Petrov", "Rustem Kaliev", Family.AGREEMENT) in got


def test_two_forces_exchanging_fire_are_hostile():
    spec = {"Red Front": (P, ["Red Front"]), "Freedonian border guards": (P, ["Freedonian border guards"])}
    got = stated("On Monday, Red Front fighters and Freedonian border guards exchanged fire.", spec)
    assert ("Red Front", "Freedonian border guards", Family.HOSTILITY) in got


def test_no_shared_act_with_a_third_party_three_sides_or_an_undone_act():
    # talks held with someone else: the two are one side
    got = _typed("Ruritania and Freedonia took part in the talks with Sylvania.", {**RU, **FR, **SY})
    assert frozenset(("Ruritania", "Freedonia")) not in got
    # three sides: who faced whom is not said
    spec = {**RU, **FR, **SY, "Red Front": (P, ["Red Front"])}
    got = _typed("Ruritania, Freedonia and Sylvania took part in the negotiations.", spec)
    assert frozenset(("Freedonia", "Sylvania")) not in got
    # undone or denied
    got = _typed("Ruritania and Freedonia failed to reach an agreement.", {**RU, **FR})
    assert frozenset(("Ruritania", "Freedonia")) not in got
    got = _typed("Ruritania and Freedonia did not take part in the talks.", {**RU, **FR})
    assert frozenset(("Ruritania", "Freedonia")) not in got
    # fire opened, not exchanged, may be on someone else
    got = _typed("Ruritania and Freedonia observed the fire from a distance.", {**RU, **FR})
    assert frozenset(("Ruritania", "Freedonia")) not in got
