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
    # fire taken part in, not exchanged, may be on someone else
    got = _typed("Ruritania and Freedonia engaged in gunfire on Monday.", {**RU, **FR})
    assert frozenset(("Ruritania", "Freedonia")) not in got


def test_no_shared_act_that_is_only_expected_attended_or_another_s():
    got = _typed("Ruritania and Freedonia are expected to resume talks next week.", {**RU, **FR})
    assert frozenset(("Ruritania", "Freedonia")) not in got
    got = _typed("Ruritania and Freedonia attended the summit in Geneva.", {**RU, **FR})
    assert frozenset(("Ruritania", "Freedonia")) not in got
    got = _typed("Ruritania and Freedonia confirmed the agreement reached by Sylvania.", {**RU, **FR, **SY})
    assert frozenset(("Ruritania", "Freedonia")) not in got


def test_colleagues_of_one_state_share_no_act_with_each_other():
    spec = {**RU, **TWO}
    got = _typed("Ruritanian President Ivan Petrov and Foreign Minister Rustem Kaliev took part in the talks.", spec)
    assert frozenset(("Ivan Petrov", "Rustem Kaliev")) not in got


def test_a_plural_title_over_two_states_stands_for_both():
    spec = {**RU, **FR, **SY}
    got = stated("The leaders of Ruritania and Freedonia met on Monday.", spec)
    assert ("Ruritania", "Freedonia", Family.DIPLOMACY) in got
    got = stated("The presidents of Ruritania and Freedonia signed a deal on Monday.", spec)
    assert ("Ruritania", "Freedonia", Family.AGREEMENT) in got
    got = stated("Representatives of Ruritania and Freedonia took part in the talks.", spec)
    assert ("Ruritania", "Freedonia", Family.DIPLOMACY) in got
    # one state's title names no one
    got = _typed("The leader of Ruritania met on Monday with reporters from Freedonia.", spec)
    assert frozenset(("Ruritania", "Freedonia")) not in got


def test_a_government_named_by_its_state_is_a_side_of_a_deal_signed_between():
    spec = {**RU, **FR}
    got = stated(
        "The announcement came after an agreement signed Tuesday between the Ruritanian government and Freedonia"
        " in Barbados.",
        spec,
    )
    assert ("Ruritania", "Freedonia", Family.AGREEMENT) in got


def test_joined_demonyms_before_a_title_are_each_its_state():
    spec = {**RU, **FR, **SY}
    got = stated("Ruritania expelled Freedonian and Sylvanian diplomats on Monday.", spec)
    assert ("Ruritania", "Freedonia", Family.DIPLOMACY) in got
    assert ("Ruritania", "Sylvania", Family.DIPLOMACY) in got
