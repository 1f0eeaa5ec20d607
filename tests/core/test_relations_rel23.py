"""Round K (x-rel23): ships of different navies sailing or training together, ... Rules read with the learned pair
layer off, so only the rules are tested."""

from __future__ import annotations

import pytest

import core.extract.relations as relations
from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(relations, "pair_model", lambda: None)


def _pair(got, a, b, fam):
    return (a, b, fam) in got or (b, a, fam) in got


SHIPS = {
    "USS Arden": (V, ["USS Arden"]),
    "HMCS Belle": (V, ["HMCS Belle"]),
    "HMAS Corin": (V, ["HMAS Corin"]),
    "USS Dale": (V, ["USS Dale"]),
    "Kelpo": (V, ["Kelpo"]),
    "Merro": (V, ["Merro"]),
    "Australia": (S, ["Australia", "Australian"]),
    "New Zealand": (S, ["New Zealand"]),
    "Freedonian Navy": (P, ["Freedonian Navy"]),
    "Sylvanian Navy": (P, ["Sylvanian Navy"]),
    "Arno Vesk": (OFF, ["Arno Vesk"]),
}


def test_ships_of_two_navies_sailing_together_are_partners():
    got = stated("USS Arden and HMCS Belle sailed through the strait on Monday.", SHIPS)
    assert _pair(got, "USS Arden", "HMCS Belle", Family.ALLIANCE)
    got = stated("USS Arden sailed with HMAS Corin near the islands.", SHIPS)
    assert _pair(got, "USS Arden", "HMAS Corin", Family.ALLIANCE)
    got = stated("USS Arden and HMCS Belle completed a tandem transit of the strait.", SHIPS)
    assert _pair(got, "USS Arden", "HMCS Belle", Family.ALLIANCE)


def test_a_ship_along_with_other_states_vessels():
    got = stated("The destroyer USS Arden, along with Australian and New Zealand vessels, sailed south.", SHIPS)
    assert _pair(got, "USS Arden", "Australia", Family.ALLIANCE)
    assert _pair(got, "USS Arden", "New Zealand", Family.ALLIANCE)


def test_ships_of_one_navy_or_without_a_flag_are_no_partners():
    got = stated("USS Arden and USS Dale sailed through the strait on Monday.", SHIPS)
    assert not _pair(got, "USS Arden", "USS Dale", Family.ALLIANCE)
    got = stated("The Kelpo and the Merro sailed into the harbour together.", SHIPS)
    assert not _pair(got, "Kelpo", "Merro", Family.ALLIANCE)
    got = stated("Arno Vesk sailed with HMCS Belle to the islands.", SHIPS)
    assert not _pair(got, "Arno Vesk", "HMCS Belle", Family.ALLIANCE)


def test_navies_training_together_are_partners():
    got = stated("The Freedonian Navy trained with the Sylvanian Navy last week.", SHIPS)
    assert _pair(got, "Freedonian Navy", "Sylvanian Navy", Family.ALLIANCE)


STATES = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Arno Vesk": (OFF, ["Arno Vesk"]),
    "Lundmark University": (P, ["Lundmark University"]),
    "Acme": (P, ["Acme"]),
}


def test_a_professor_at_a_university_is_its_member():
    got = stated("Arno Vesk, a professor of economics at Lundmark University, said the transit was routine.", STATES)
    assert ("Arno Vesk", "Lundmark University", Family.MEMBERSHIP) in got


def test_a_joint_venture_between_two_states_is_theirs():
    got = stated("Acme — a joint venture between Freedonia and Sylvania — has developed a cruise missile.", STATES)
    assert ("Acme", "Freedonia", Family.MEMBERSHIP) in got
    assert ("Acme", "Sylvania", Family.MEMBERSHIP) in got


def test_missiles_fired_at_a_state_attack_it():
    got = stated("Freedonia launched a barrage of missiles at Sylvania on Tuesday.", STATES)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    got = stated("Freedonia fired rockets into Sylvania overnight.", STATES)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got


def test_concern_over_a_state_is_a_hostile_stance_held_by_whose_concern_it_is():
    got = stated("Freedonia expressed concern over Sylvania's military build-up.", STATES)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    got = stated("Freedonia's security concerns were important for Sylvania.", STATES)
    assert not _pair(got, "Freedonia", "Sylvania", Family.HOSTILITY)


MEDIATION = {
    "Freedonia": (S, ["Freedonia"]),
    "Sylvania": (S, ["Sylvania"]),
    "Ruritania": (S, ["Ruritania"]),
    "Qatar": (S, ["Qatar", "Doha"]),
}


def test_a_mediator_deals_with_both_sides():
    text = "The men were freed in a swap deal between Freedonia and Sylvania that was mediated by Doha."
    got = stated(text, MEDIATION)
    assert ("Qatar", "Freedonia", Family.DIPLOMACY) in got
    assert ("Qatar", "Sylvania", Family.DIPLOMACY) in got
    got = stated("Qatar brokered a ceasefire between Freedonia and Sylvania.", MEDIATION)
    assert ("Qatar", "Sylvania", Family.DIPLOMACY) in got


def test_partitive_object_names_the_listed_firms_not_their_state():
    spec = {"Trade Office": (P, ["Trade Office"]), "Ruritania": (S, ["Ruritania"]), "Acme Oil": (P, ["Acme Oil"])}
    spec["Borneft"] = (P, ["Borneft"])
    got = stated("The Trade Office designated two of Ruritania's largest oil firms, Acme Oil and Borneft.", spec)
    assert ("Trade Office", "Acme Oil", Family.ENFORCEMENT) in got
    assert ("Trade Office", "Borneft", Family.ENFORCEMENT) in got
    assert ("Trade Office", "Ruritania", Family.ENFORCEMENT) not in got


def test_a_forces_ship_described_refers_back_to_the_ship_named_last():
    spec = {"HMS Arden": (V, ["HMS Arden"]), "Royal Navy": (P, ["Royal Navy"]), "Crimea": (S, ["Crimea"])}
    got = stated("HMS Arden sailed near Crimea on Wednesday. The Royal Navy ship is conducting innocent passage.", spec)
    assert ("HMS Arden", "Royal Navy", Family.MEMBERSHIP) in got


def test_a_ship_identified_as_a_name_is_that_ship():
    spec = {"Sylvania": (S, ["Sylvanian"]), "SNS Kelpo": (V, ["SNS Kelpo"])}
    got = stated("The Sylvanian destroyer, identified as SNS Kelpo, monitored the convoy from a close distance.", spec)
    assert ("SNS Kelpo", "Sylvania", Family.MEMBERSHIP) in got


def test_a_subject_along_with_another_acts_with_it():
    got = stated("Freedonia, along with Sylvania, imposed sanctions on Ruritania.", MEDIATION)
    assert ("Sylvania", "Ruritania", Family.HOSTILITY) in got
    assert _pair(got, "Freedonia", "Sylvania", Family.ALLIANCE)
