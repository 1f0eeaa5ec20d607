"""Relation precision (round AL): titles shared out in order, office posts never held of a person, and the act
one is urged to stop belongs to the one urged."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Ruiz": (OFF, ["Ana Ruiz"]),
}


def test_plural_title_of_two_states_pairs_its_holders_in_order():
    got = stated("The foreign ministers of Freedonia and Sylvania, Lin Bao and Ana Ruiz, met in Ruritania.", SPEC)
    assert ("Lin Bao", "Freedonia", Family.MEMBERSHIP) in got
    assert ("Ana Ruiz", "Sylvania", Family.MEMBERSHIP) in got
    assert ("Lin Bao", "Sylvania", Family.MEMBERSHIP) not in got
    assert ("Ana Ruiz", "Freedonia", Family.MEMBERSHIP) not in got
    got = stated("The foreign ministers of Freedonia and Sylvania, Ana Ruiz and Lin Bao, met in Ruritania.", SPEC)
    assert ("Ana Ruiz", "Freedonia", Family.MEMBERSHIP) in got
    assert ("Ana Ruiz", "Sylvania", Family.MEMBERSHIP) not in got


def test_a_head_post_is_not_held_of_a_person_beside_it():
    got = stated(
        "The deputy head of the Freedonian Red Cross, Lin Bao, and a professor on surgery, Ana Ruiz, "
        "were part of the team.",
        SPEC,
    )
    assert not any({a, b} == {"Lin Bao", "Ana Ruiz"} for a, b, _ in got)
    # a person's own aide stays his
    got = stated("Lin Bao, an aide of Ana Ruiz, arrived in Ruritania.", SPEC)
    assert ("Lin Bao", "Ana Ruiz", Family.MEMBERSHIP) in got


def test_the_act_one_is_urged_to_stop_is_the_urged_ones():
    got = stated("Freedonia urged Ruritania to stop attacking Sylvania.", SPEC)
    assert ("Ruritania", "Sylvania", Family.HOSTILITY) in got
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got
    got = stated("Freedonia is urging the Council to press Ruritania to stop striking Sylvania's pipeline.", SPEC)
    assert ("Ruritania", "Sylvania", Family.HOSTILITY) in got
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got
    # one's own decision to stop stays one's own
    got = stated("Freedonia decided to stop supplying arms to Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.TRADE) in got


def test_people_counted_by_nationality_are_no_state_reported_on():
    spec = {**SPEC, "Freedonia": (S, ["Freedonia", "Freedonian", "Freedonians"])}
    spec["Sylvania"] = (S, ["Sylvania", "Sylvanian", "Sylvanians"])
    got = stated("Lin Bao said six Freedonians and two Sylvanians were freed.", spec)
    assert ("Lin Bao", "Freedonia", Family.REPORTING) not in got
    assert ("Lin Bao", "Sylvania", Family.REPORTING) not in got
    # the state named as a state is still reported on
    got = stated("Lin Bao said Freedonia freed two Sylvanians.", spec)
    assert ("Lin Bao", "Freedonia", Family.REPORTING) in got
