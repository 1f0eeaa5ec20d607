"""Named examples and lists after a partitive (round AT): 'countries like A and B', 'such as A', 'two of its
neighbours, A and B' stand for the names they list."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, S, stated

pytestmark = pytest.mark.usefixtures("rules_alone")

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


def test_countries_like_or_such_as_named_ones_are_those_named():
    for text in (
        "Freedonia sells oil to countries like Sylvania and Ruritania.",
        "Freedonia sells oil to countries such as Sylvania and Ruritania.",
    ):
        got = stated(text, SPEC)
        assert ("Freedonia", "Sylvania", Family.TRADE) in got, text
        assert ("Freedonia", "Ruritania", Family.TRADE) in got, text


def test_a_list_after_a_partitive_and_a_comma_is_what_is_acted_on():
    got = stated("Freedonia attacked two of its neighbours, Sylvania and Ruritania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    assert ("Freedonia", "Ruritania", Family.HOSTILITY) in got


LONG_LIST = {
    **SPEC,
    "Ostland": (S, ["Ostland"]),
    "Burkina Faso": (S, ["Burkina Faso"]),
    "Ivory Coast": (S, ["Ivory Coast"]),
}


def test_the_last_name_of_a_long_list_hung_on_the_verb_is_still_listed():
    text = (
        "Freedonian troops have withdrawn from Sylvania, Ruritania, Ostland, Burkina Faso, and Ivory Coast over the"
        " recent years."
    )
    got = stated(text, LONG_LIST)
    assert ("Freedonia", "Burkina Faso", Family.DIPLOMACY) in got
    assert ("Freedonia", "Ivory Coast", Family.DIPLOMACY) in got


def test_a_new_clause_after_a_list_is_not_its_last_name():
    text = "Freedonia sanctioned Sylvania, Ruritania and Ostland, and Burkina Faso said it would follow."
    got = stated(text, LONG_LIST)
    assert ("Freedonia", "Burkina Faso", Family.HOSTILITY) not in got


def test_a_group_of_countries_including_named_ones_is_those_named():
    text = "Freedonia reached a debt deal with a group of creditor countries including Sylvania and Ruritania."
    got = stated(text, SPEC)
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got
    assert ("Freedonia", "Ruritania", Family.AGREEMENT) in got
