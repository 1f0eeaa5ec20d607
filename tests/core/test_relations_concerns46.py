"""Round AH (x-cl46): a worry voiced about another side's deeds is a stance against it; forces named on one force
noun that hold exercises together, or sent to train with another, are partners."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

_SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Tomainia": (S, ["Tomainia", "Tomainian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
        "Union Council": (P, ["Union Council"]),
    "Sylvanian Navy": (P, ["Sylvanian Navy"]),
}


def test_concerned_about_a_sides_actions_is_hostile_to_it():
    got = stated("Lin Bao said that Freedonia was concerned about Sylvania's actions.", _SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    got = stated("Freedonia said it was seriously concerned about Sylvania's sinking of the vessel.", _SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got


def test_a_worry_denied_or_felt_for_a_side_is_no_hostility():
    got = stated("Freedonia was not concerned about Sylvania's drills.", _SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got
    got = stated("Freedonia is concerned for Sylvania's citizens.", _SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got


def test_regretting_a_sides_plans_is_hostile_to_it():
    got = stated("Freedonia regretted Sylvania's plans to hold military exercises with Tomainia.", _SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got


def test_concerns_voiced_that_a_side_could_act_are_hostile_to_it():
    text = (
        "Freedonia and other nations have expressed concerns that the expansion of the base could allow Sylvania to"
        " establish a presence in the gulf."
    )
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in stated(text, _SPEC)
    text = "The Union Council did express concern over the effects of some of Sylvania's investments in Tomainia."
    got = stated(text, _SPEC)
    assert ("Union Council", "Sylvania", Family.HOSTILITY) in got
    assert ("Union Council", "Tomainia", Family.HOSTILITY) not in got


def test_two_states_named_on_troops_that_kick_off_exercises_are_partners():
    text = "Freedonian and Sylvanian troops on Tuesday kicked off their largest-ever training exercises in Tomainia."
    got = stated(text, _SPEC)
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) in got or ("Sylvania", "Freedonia", Family.ALLIANCE) in got
    got = stated("Freedonian and Sylvanian troops clashed near the border.", _SPEC)
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) not in got


def test_a_sender_of_ships_to_train_with_a_navy_is_its_partner():
    text = "Freedonia sent two warships to participate in training exercises with the Sylvanian Navy."
    assert ("Freedonia", "Sylvanian Navy", Family.ALLIANCE) in stated(text, _SPEC)
    text = "Freedonia did not send warships to join drills with Sylvania."
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) not in stated(text, _SPEC)

