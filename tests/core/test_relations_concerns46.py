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
    "Ana Voss": (OFF, ["Ana Voss"]),
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


def test_states_listed_before_belong_in_a_to_which_clause_are_members_of_the_bloc():
    spec = {**_SPEC, "Northern Pact": (P, ["Northern Pact"]), "Osterlich": (S, ["Osterlich"])}
    text = "The Northern Pact, the bloc to which Freedonia, Sylvania, Tomainia and Osterlich all belong, met on Monday."
    got = stated(text, spec)
    for member in ("Freedonia", "Sylvania", "Tomainia", "Osterlich"):
        assert (member, "Northern Pact", Family.MEMBERSHIP) in got
    got = stated("The Northern Pact, to which Freedonia sent a letter, met.", spec)
    assert ("Freedonia", "Northern Pact", Family.MEMBERSHIP) not in got


def test_a_partner_named_in_the_purpose_of_a_signed_pact_is_a_signatory():
    text = "Freedonia has signed agreements to delimit its maritime zone with Sylvania and Tomainia."
    got = stated(text, _SPEC)
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got
    assert ("Freedonia", "Tomainia", Family.AGREEMENT) in got
    text = "Freedonia refused to sign a deal to delimit its border with Sylvania."
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) not in stated(text, _SPEC)


def test_guests_present_at_an_event_hosted_by_a_leader_are_received_by_the_host():
    text = (
        "Local media reported that Sylvania's Ana Voss and Tomainia's Lin Bao will be present at the ceremony"
        " hosted by Freedonia."
    )
    got = stated(text, _SPEC)
    assert ("Freedonia", "Ana Voss", Family.DIPLOMACY) in got
    assert ("Freedonia", "Lin Bao", Family.DIPLOMACY) in got
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) not in got
    text = "Local media reported that Ana Voss will be present at the ceremony in Freedonia."
    assert ("Freedonia", "Ana Voss", Family.DIPLOMACY) not in stated(text, _SPEC)


def test_a_bloc_named_before_a_long_apposition_takes_the_members_of_to_which():
    spec = {**_SPEC, "Northern Pact": (P, ["Northern Pact"])}
    text = "The Northern Pact\u2014the North Atlantic defense bloc to which Freedonia and Sylvania belong\u2014is old."
    got = stated(text, spec)
    assert ("Freedonia", "Northern Pact", Family.MEMBERSHIP) in got
    assert ("Sylvania", "Northern Pact", Family.MEMBERSHIP) in got
