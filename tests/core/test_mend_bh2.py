"""Mends of round BH's last commits (x-mendc103, invented sentences): a place noun before a one-word name places it
only where the name is no subject nor owner; a plural possessive's apostrophe ("Abbas'") splits no name; royal and
religious titles before a road leave it a road; a surname that is also a model's name stays a person."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _kinds(nlp, sentence: str) -> dict[str, Kind]:
    return {m.text: e.kind for e in extract(nlp, HEADLINE + sentence + "\n") for m in e.mentions}


def test_a_firm_raising_capital_stays(nlp):
    found = _kinds(nlp, "The deal was announced by Velkoff. The capital Velkoff raised will fund growth in Norland.")
    assert "Velkoff" in found, found


def test_a_plural_possessive_apostrophe_splits_no_name(nlp):
    found = _kinds(nlp, "Valdorian President Mahmoud Darras' al-Fatah party rejected the plan.")
    assert not any("'" in f for f in found), found
    assert "Mahmoud Darras" in found, found


def test_a_road_named_after_a_sheikh_is_no_person(nlp):
    found = _kinds(nlp, "Traffic was halted on Sheikh Zayed Road in Dubai after the UAE said drones were intercepted.")
    assert "Zayed Road" not in found, found
    assert "Sheikh Zayed Road" not in found or found["Sheikh Zayed Road"] is not Kind.OFFICIAL, found


def test_a_lone_surname_that_is_a_models_name_stays_a_person(nlp):
    found = _kinds(nlp, "Akinci said the talks on Norland would continue, the Valdorian leader told reporters.")
    assert "Akinci" in found, found
