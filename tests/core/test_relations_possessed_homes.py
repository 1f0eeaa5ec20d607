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
    # review BC, item 8: a sentence no older rule reads (the parser hangs the possessive elsewhere)
    text = "Vexland accused Ruritania's powerful Ministry of State Security of backing the attacks."
    got = pairs(text, _SPEC)
    assert Family.MEMBERSHIP in got.get(frozenset(("Ministry of State Security", "Ruritania")), set()), got


def test_an_ally_or_partner_of_a_state_is_not_its_body():
    got = pairs("The deal angered Ruritania's longtime ally Acme Holdings, officials in Vexland said.", _SPEC)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Acme Holdings", "Ruritania")), set()), got
    got = pairs("Ruritania's partner Acme Holdings signed the deal with Vexland.", _SPEC)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Acme Holdings", "Ruritania")), set()), got


def test_a_states_enemies_are_not_its_bodies():
    # review BC, item 5: enemies, foes, nemesis and critics between the possessive and the name
    spec = {**_SPEC, "Red Hand": (P, ["Red Hand"]), "Northern League": (P, ["Northern League"])}
    for text in ("Ruritania's enemies Red Hand and Northern League fired rockets on Monday.",
                 "Ruritania's nemesis Red Hand fired rockets on Monday.",
                 "Ruritania's adversaries Red Hand and Northern League met in Vexland.",
                 "Ruritania's sworn foes Red Hand met in Vexland."):
        got = pairs(text, spec)
        assert Family.MEMBERSHIP not in got.get(frozenset(("Red Hand", "Ruritania")), set()), (text, got)
