"""Clauses (round AD): a text signed 'between X and Y' in a passive relative clause or a participle."""

from __future__ import annotations

import time

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


def test_a_text_signed_between_two_parties_in_a_relative_clause():
    got = stated("The deal cancels the agreement which was signed last year between Freedonia and Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got
    # a participle the parser may tag as a past tense
    got = stated("Officials discussed the treaty concluded between Freedonia and Sylvania in 2019.", SPEC)
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got


def test_a_place_inside_the_between_phrase_is_no_party_and_the_walk_ends():
    start = time.monotonic()
    got = stated("It came after an agreement signed between Freedonia and Sylvania in Ruritania.", SPEC)
    assert time.monotonic() - start < 30
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got
    assert not any("Ruritania" in (a, b) for a, b, _ in got)


def test_a_state_that_is_not_a_member_is_no_member():
    spec = {**SPEC, "Paris Club": (P, ["Paris Club"])}
    got = stated("Freedonia and Sylvania are not members of the Paris Club, but Ruritania is a member of it.", spec)
    assert ("Freedonia", "Paris Club", Family.MEMBERSHIP) not in got
    assert ("Sylvania", "Paris Club", Family.MEMBERSHIP) not in got
    got = stated("A deal was reached with Freedonia, which is not an official member of the Paris Club.", spec)
    assert ("Freedonia", "Paris Club", Family.MEMBERSHIP) not in got
    got = stated("Ruritania is a member of the Paris Club.", spec)
    assert ("Ruritania", "Paris Club", Family.MEMBERSHIP) in got


def test_what_a_war_is_over_is_no_enemy():
    got = stated("Freedonia and Sylvania fought a short war over Ruritania in 2008.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    assert not any("Ruritania" in (a, b) for a, b, _ in got)


def test_commanding_a_named_civilian_body_to_act_is_an_instruction():
    spec = {**SPEC, "Pentagon": (P, ["Pentagon"]), "Red Front": (P, ["Red Front"])}
    got = stated("Lin Bao commanded the Pentagon to prepare plans for a strike.", spec)
    assert ("Lin Bao", "Pentagon", Family.LEADERSHIP) not in got
    got = stated("Lin Bao commanded the Red Front to withdraw from the city.", spec)
    assert ("Lin Bao", "Red Front", Family.LEADERSHIP) in got


def test_a_ship_joined_by_its_own_states_forces_is_no_ally_of_it():
    spec = {**SPEC, "Blue Star": (V, ["Blue Star"]), "Red Moon": (V, ["Red Moon"])}
    got = stated("The Freedonian frigate Blue Star was joined by Freedonia's navy and the destroyer Red Moon.", spec)
    assert ("Freedonia", "Blue Star", Family.ALLIANCE) not in got
    assert ("Red Moon", "Blue Star", Family.ALLIANCE) in got
