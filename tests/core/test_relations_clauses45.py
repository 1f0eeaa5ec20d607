"""Clauses (round AG): a deed judged for or against named by its doer after 'by'; a text the passive subject of
'signed between X and Y'."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania"]),
}


def test_a_deed_welcomed_or_rejected_is_its_doers():
    got = stated("Freedonia welcomed the decision taken by Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) in got
    got = stated("Freedonia praised the steps taken by Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) in got
    got = stated("Freedonia rejected the measures imposed by Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got


def test_a_deed_under_another_verb_is_not_judged():
    got = stated("Freedonia studied the decision taken by Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) not in got
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got


def test_a_text_that_was_signed_between_two_parties():
    got = stated("The agreement was signed between Freedonia and Sylvania on Thursday.", SPEC)
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got
    got = stated("The framework agreement was signed between Freedonia and Sylvania in Ruritania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got
    assert not any("Ruritania" in (a, b) for a, b, _ in got)


def test_his_country_is_the_state_his_title_names():
    spec = {**SPEC, "Ivo Marek": (OFF, ["Ivo Marek"])}
    got = stated("Freedonian President Ivo Marek said his country had signed an agreement with Sylvania.", spec)
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got
    got = stated("Freedonian Foreign Minister Ivo Marek said his country would expel the Sylvanian ambassador.", spec)
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) in got


def test_an_island_named_by_its_state_stands_for_the_state():
    spec = {**SPEC, "Zembla": (S, ["Zembla"])}
    got = stated("Freedonia and the Pacific island of Zembla have recognized Sylvania.", spec)
    assert ("Zembla", "Sylvania", Family.DIPLOMACY) in got


def test_others_who_followed_do_the_same_act():
    got = stated("Freedonia imposed sanctions on Ruritania last year, followed by Sylvania.", SPEC)
    assert ("Freedonia", "Ruritania", Family.HOSTILITY) in got
    assert ("Sylvania", "Ruritania", Family.HOSTILITY) in got
    got = stated("Freedonia imposed sanctions on Ruritania after a vote followed by Sylvania.", SPEC)
    assert ("Sylvania", "Ruritania", Family.HOSTILITY) not in got


def test_states_that_followed_one_another_did_not_act_together():
    got = stated("Freedonia imposed sanctions on Ruritania last year, followed by Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.ALLIANCE) not in got


def test_states_that_joined_the_subject_side_with_it():
    got = stated("Freedonia withdrew from the convention, joined by Sylvania and Ruritania.", SPEC)
    assert ("Sylvania", "Freedonia", Family.ALLIANCE) in got
    assert ("Ruritania", "Freedonia", Family.ALLIANCE) in got


def test_a_state_that_followed_shares_no_symmetric_act_with_the_first():
    """Review of round AG: 'X and Y signed a truce, followed by Z' ties Z to no one (Z did it later, with others)."""
    got = stated("Freedonia and Ruritania signed a truce in March, followed by Sylvania.", SPEC)
    assert not any("Sylvania" in (a, b) for a, b, _ in got), got
    got = stated("Freedonia and Ruritania held talks in March, followed by Sylvania.", SPEC)
    assert not any("Sylvania" in (a, b) for a, b, _ in got), got


def test_an_island_that_names_no_state_is_still_its_subject():
    """Review of round AG: 'X is an island which signed ...' names no state after 'of', so the predicate noun is X."""
    got = stated("Sylvania is an island which signed a treaty with Freedonia.", SPEC)
    assert ("Sylvania", "Freedonia", Family.AGREEMENT) in got
    got = stated("Sylvania was the island that sanctioned Freedonia.", SPEC)
    assert ("Sylvania", "Freedonia", Family.HOSTILITY) in got
