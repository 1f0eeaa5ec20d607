"""A state's possessive written just before a body's name is the body's home, read on the surface where the parser
hangs the possessive elsewhere (round BC, modifiers.py ``_possessed_home``)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania"]),
    "Vexland": (S, ["Vexland"]),
    "Ministry of State Security": (P, ["Ministry of State Security"]),
    "Vexora Guard": (P, ["Vexora Guard"]),
    "Acme Holdings": (P, ["Acme Holdings"]),
    "Anton Reles": (OFF, ["Anton Reles"]),
}


def test_a_states_possessive_before_a_body_the_parser_split_is_its_home():
    text = "The government took the rare step of blaming Ruritania's Ministry of State Security for backing attacks."
    got = pairs(text, _SPEC)
    assert got.get(frozenset(("Ministry of State Security", "Ruritania"))) == {Family.MEMBERSHIP}, got


def test_a_plain_word_between_the_possessive_and_the_body():
    text = "The navy said Ruritania's paramilitary Vexora Guard seized the vessel, but Vexland later denied it."
    got = pairs(text, _SPEC)
    assert Family.MEMBERSHIP in got.get(frozenset(("Vexora Guard", "Ruritania")), set()), got


def test_an_ally_or_partner_of_a_state_is_not_its_body():
    got = pairs("The deal angered Ruritania's longtime ally Acme Holdings, officials in Vexland said.", _SPEC)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Acme Holdings", "Ruritania")), set()), got
    got = pairs("Ruritania's partner Acme Holdings signed the deal with Vexland.", _SPEC)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Acme Holdings", "Ruritania")), set()), got
