"""Clauses seen on new stories: what a passive subject is accused or praised of doing, a cause that makes its
object act ('prompting X to protest'), and a state handing a person over to another ('extradited Y to X')."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


def test_a_passive_subject_does_what_it_is_accused_of():
    got = stated("Freedonia was accused of supplying drones to Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.TRADE) in got


def test_people_of_a_state_arrested_for_an_act_are_not_the_state():
    got = stated("Two Freedonians were arrested for sending technology to Sylvania.", SPEC)
    assert not any({"Freedonia", "Sylvania"} == {a, b} for a, b, _ in got)


def test_a_cause_makes_its_object_act():
    got = stated("Freedonia sailed a carrier near Ruritania, prompting Sylvania to condemn Freedonia.", SPEC)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) in got
    got = stated("The sanctions forced Freedonia to sell oil to Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.TRADE) in got


def test_a_state_extraditing_a_person_deals_with_the_receiving_state():
    got = stated("Freedonia has extradited Lin Bao to Sylvania to face charges.", SPEC)
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) in got
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) in got
    got = stated("Freedonia handed Lin Bao over to Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) in got
    got = stated("Freedonia sent Lin Bao to Sylvania.", SPEC)  # sending a person is no hand-over between states
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) not in got


def test_a_relative_clauses_object_pronoun_stands_for_the_name_its_noun_describes():
    text = "Freedonia will cut ties with Sylvania, a country that Lin Bao had been criticizing for months."
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) in stated(text, SPEC)


def test_a_second_verb_hung_on_the_first_verbs_object_shares_its_doer():
    text = (
        "Freedonia welcomed the extension, calling the additional time precious and supporting efforts to bolster "
        "the Sylvanian army's capabilities."
    )
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) in stated(text, SPEC)


def test_whoever_leads_an_unnamed_group_does_what_it_does():
    got = stated("A network run by Lin Bao smuggled weapons to Sylvania.", SPEC)
    assert ("Lin Bao", "Sylvania", Family.TRADE) in got
    got = stated("The investigation of the network led by Lin Bao has helped Sylvania.", SPEC)
    assert ("Lin Bao", "Sylvania", Family.ALLIANCE) not in got


def test_an_endeavour_is_its_owners():
    got = stated("Ruritania praised Freedonia's bid to join Sylvania's bloc.", SPEC)
    assert ("Ruritania", "Freedonia", Family.ALLIANCE) in got
    assert ("Ruritania", "Sylvania", Family.MEMBERSHIP) not in got


def test_robbing_a_state_is_hostile():
    got = stated("The scheme, led by Lin Bao, has robbed the Sylvanian government of resources.", SPEC)
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) in got


def test_whose_topic_a_talk_is_about_is_no_party_to_it():
    got = stated("Lin Bao began negotiating over the dismantlement of Sylvania's arsenal.", SPEC)
    assert ("Lin Bao", "Sylvania", Family.DIPLOMACY) not in got
    got = stated("Lin Bao negotiated with Sylvania over the arsenal.", SPEC)
    assert ("Lin Bao", "Sylvania", Family.DIPLOMACY) in got
