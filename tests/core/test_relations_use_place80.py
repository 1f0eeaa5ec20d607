"""Round BE (x-b65-80): 'for use in Y' after goods names where they are used, no party to the deal or the act
(clauses._noun_items); the buyer after 'to' stays the trade partner (rules alone, invented names)."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Marovia": (S, ["Marovia", "Marovian"]),
    "Green Union": (P, ["Green Union"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set()) - {Family.ASSOCIATION}


def test_place_of_use_is_no_trade_partner() -> None:
    text = "Freedonia is supplying drones to Sylvania for use in Marovia."
    assert _fams(text, "Freedonia", "Marovia") == set()
    assert _fams(text, "Freedonia", "Sylvania") == {Family.TRADE}


def test_place_of_use_after_a_supply_noun_is_no_party() -> None:
    text = (
        "The Green Union has agreed on new sanctions against Freedonia over its supply of drones to Sylvania for use "
        "in Marovia."
    )
    assert _fams(text, "Green Union", "Marovia") == set()
    assert _fams(text, "Freedonia", "Sylvania") == {Family.TRADE}
