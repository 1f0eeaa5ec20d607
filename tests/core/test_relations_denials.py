"""Denials run after the rules (core/extract/relations/denials.py, issue 11 round AH): a negated act, a subordinate
clause's act given to the main clause's doers, the matter of a dispute read as a party, and the cross pairs of a
respective pairing. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, OFF = Kind.STATE, Kind.OFFICIAL
SOTO = {"Ana Soto": (OFF, ["Ana Soto"])}
VERA = {"Luis Vera": (OFF, ["Luis Vera"])}
PE = {"Peru": (S, ["Peru", "Peruvian", "Lima"])}
CL = {"Chile": (S, ["Chile", "Chilean"])}
BO = {"Bolivia": (S, ["Bolivia", "Bolivian"])}


def test_a_negated_trip_is_no_visit():
    text = "While the president will attend the ceremony, Ana Soto decided not to make the trip to the capital Lima."
    assert ("Ana Soto", "Peru", Family.DIPLOMACY) not in stated(text, {**SOTO, **PE})
    assert ("Ana Soto", "Peru", Family.DIPLOMACY) in stated("Ana Soto made the trip to Lima on Monday.", {**SOTO, **PE})


def test_the_act_of_a_subordinate_clause_is_its_own_subjects():
    spec = {**SOTO, **VERA, **PE, "Greece": (S, ["Greece"]), "Turkey": (S, ["Turkey"])}
    got = stated(
        "Ana Soto and Luis Vera signed the pact in Lima as Greece deals with tensions with its neighbor, Turkey.", spec
    )
    assert ("Ana Soto", "Turkey", Family.HOSTILITY) not in got
    assert ("Luis Vera", "Turkey", Family.HOSTILITY) not in got
    assert ("Ana Soto", "Luis Vera", Family.AGREEMENT) in got


def test_the_matter_of_a_dispute_is_no_party_to_it():
    got = stated(
        "Chile and Peru held drills on Tuesday amid tensions between Ecuador and Bolivia over Colombia and protests "
        "by Peruvian farmers.",
        {**CL, **PE, **BO, "Ecuador": (S, ["Ecuador"]), "Colombia": (S, ["Colombia"])},
    )
    assert ("Bolivia", "Ecuador", Family.HOSTILITY) in got
    assert not any("Colombia" in (a, b) for a, b, f in got if f is Family.HOSTILITY)


def test_respective_pairing_leaves_out_the_cross_pairs():
    got = stated(
        "Soto hosted the president at his estate, where the Chilean and Peruvian trade ministers, Ana Soto and "
        "Luis Vera, formally signed the agreement.",
        {**SOTO, **VERA, **CL, **PE},
    )
    assert ("Ana Soto", "Chile", Family.MEMBERSHIP) in got
    assert ("Luis Vera", "Peru", Family.MEMBERSHIP) in got
    assert not any({a, b} in ({"Ana Soto", "Peru"}, {"Luis Vera", "Chile"}) for a, b, _ in got)


def test_neither_nor_and_no_ties_deny_a_tie():
    spec = {**CL, "Rapid Front": (Kind.PARTY, ["Rapid Front"])}
    got = stated(
        "She said that the Chilean government neither supports such behavior nor has any ties to the Rapid Front.", spec
    )
    assert ("Chile", "Rapid Front", Family.DIPLOMACY) not in got
    got = stated("The Chilean government has ties to the Rapid Front.", spec)
    assert ("Chile", "Rapid Front", Family.DIPLOMACY) in got
