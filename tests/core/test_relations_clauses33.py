"""Clauses, names and noun phrases seen on new stories (round U): a person held by a state ('held in Y', 'in Y's
captivity', 'who spent years in Y prison'), a go-between named in a hyphenated word ('a Y-brokered swap'), and more
role nouns ('a Y opposition politician', 'former Y Marine X')."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Kurz": (OFF, ["Ana Kurz"]),
    "Acme": (P, ["Acme"]),
}


def test_a_person_held_by_a_state():
    for text in (
        "Lin Bao had been held in Sylvania since April 2022 accused of espionage.",
        "Lin Bao, who was held in Sylvania for a year, was freed.",
        "The swap freed Lin Bao, who spent 17 years in Sylvanian prison.",
        "The deal secured the release of Lin Bao, who had been in Sylvanian captivity since 2020.",
        "Lin Bao, held in the custody of Sylvania, was freed.",
    ):
        assert ("Sylvania", "Lin Bao", Family.ENFORCEMENT) in stated(text, SPEC), text


def test_holding_that_is_no_captivity():
    for text in (
        "Lin Bao was not held in Sylvania.",
        "Talks were held in Sylvania with Lin Bao.",
        "Lin Bao visited a Sylvanian prison.",
        "Lin Bao would have spent years in Sylvanian prison.",
    ):
        assert not any(f is Family.ENFORCEMENT for _, _, f in stated(text, SPEC)), text


def test_a_go_between_in_a_hyphenated_word():
    for text in (
        "Freedonia and Sylvania have completed an Acme-brokered prisoner swap on Monday.",
        "Freedonia and Sylvania both announced that an Acme-mediated agreement on their border has been reached.",
        "An Acme-brokered truce between Freedonia and Sylvania took hold.",
    ):
        got = stated(text, SPEC)
        assert ("Acme", "Freedonia", Family.DIPLOMACY) in got, text
        assert ("Acme", "Sylvania", Family.DIPLOMACY) in got, text


def test_no_go_between_without_two_sides_or_an_act():
    for text in (
        "Freedonia and Sylvania did not complete an Acme-brokered swap.",
        "The fight threatens to undermine an Acme-brokered ceasefire.",
        "Freedonia rejected an Acme-brokered truce.",
    ):
        assert not any(a == "Acme" for a, _, _ in stated(text, SPEC)), text


def test_more_role_nouns():
    for text in (
        "Among them was Lin Bao, a Freedonian opposition politician who was jailed for criticising the war.",
        "It freed former Freedonian Marine Lin Bao and Ana Kurz.",
    ):
        assert ("Lin Bao", "Freedonia", Family.MEMBERSHIP) in stated(text, SPEC), text
    # no 'reporter': 'according to an Acme reporter on the ground' would make the outlet report on the places named
    got = stated("Ana Kurz told reporters in Freedonia that Lin Bao was freed.", SPEC)
    assert not any(f is Family.MEMBERSHIP for _, _, f in got)
