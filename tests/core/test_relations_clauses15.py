"""Titles, appositions and clauses seen on new stories: a title and its holder parsed as two subjects, an envoy's
posting hung on his name, two titled people in one list, 'their' measure on a state's goods, a strike on a state's
ground, and 'by' naming a noun's doer rather than a passive's agent."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
}


def test_a_title_opening_the_sentence_belongs_to_the_person_after_the_comma():
    got = stated("Freedonian High Commissioner to Sylvania, Lin Bao was summoned on Tuesday to the ministry.", SPEC)
    assert ("Lin Bao", "Freedonia", Family.MEMBERSHIP) in got
    assert ("Lin Bao", "Sylvania", Family.DIPLOMACY) in got


def test_an_envoys_posting_hung_on_his_name_is_his():
    got = stated("Freedonian Ambassador Lin Bao to Sylvania received a protest.", SPEC)
    assert ("Lin Bao", "Freedonia", Family.MEMBERSHIP) in got
    assert ("Lin Bao", "Sylvania", Family.DIPLOMACY) in got


def test_a_title_after_a_second_name_is_the_second_persons():
    text = (
        "Lin Bao (3rd L), Defense Minister of Freedonia, and Ana Voss (2nd R), Defense Minister of Sylvania, "
        "hold a meeting in the capital on May 10."
    )
    got = stated(text, SPEC)
    assert ("Lin Bao", "Freedonia", Family.MEMBERSHIP) in got
    assert ("Ana Voss", "Sylvania", Family.MEMBERSHIP) in got
    assert ("Lin Bao", "Sylvania", Family.MEMBERSHIP) not in got


def test_a_maker_named_in_apposition_belongs_to_its_state():
    spec = {"Freedonia": (S, ["Freedonia", "Freedonian"]), "Acme Corp": (P, ["Acme Corp"])}
    got = stated("A Freedonian pager manufacturer, Acme Corp, denied on Wednesday any involvement.", spec)
    assert ("Acme Corp", "Freedonia", Family.MEMBERSHIP) in got


def test_their_ban_on_a_states_goods_is_each_joined_subjects_policy_against_it():
    spec = {**SPEC, "Osterland": (S, ["Osterland", "Osterlandish"])}
    got = stated("Freedonia, Sylvania and Ruritania extended their ban beyond May on Osterlandish grain.", spec)
    for state in ("Freedonia", "Sylvania", "Ruritania"):
        assert (state, "Osterland", Family.HOSTILITY) in got


def test_a_strike_on_sites_in_a_state_is_hostile_to_the_state():
    got = stated("Freedonia launched an operation and targeted nine sites in Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    got = stated("Freedonia struck the tanker in Sylvania.", SPEC)  # a named target is what was struck
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got


def test_by_on_a_noun_names_its_doer_not_a_passive_agent():
    got = stated("Freedonia and Sylvania condemned the decision by Ruritania to ban imports.", SPEC)
    assert ("Ruritania", "Sylvania", Family.HOSTILITY) not in got
    assert ("Sylvania", "Ruritania", Family.HOSTILITY) in got
