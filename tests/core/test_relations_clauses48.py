"""Clauses (round AJ): goods bought from several sellers ('bought jets from X and Y'), and conjoined objects with
their own sides ('bought 12 jets from X and 12 others from Y')."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import S, V, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Osterlich": (S, ["Osterlich"]),
    "Blue Star": (V, ["Blue Star"]),
}


def test_goods_bought_from_two_sellers_tie_the_buyer_to_both():
    got = stated("Freedonia wants to buy jets from Sylvania and Ruritania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.TRADE) in got
    assert ("Freedonia", "Ruritania", Family.TRADE) in got
    got = stated("Freedonia bought jets from Sylvania and Ruritania.", SPEC)
    assert ("Freedonia", "Ruritania", Family.TRADE) in got


def test_a_seized_ship_from_a_state_is_still_no_tie_to_it():
    # 'from' on the object stays the object's origin for a verb that does not buy
    got = stated("Freedonia detained the tanker Blue Star from Sylvania.", SPEC)
    assert not any({a, b} == {"Freedonia", "Sylvania"} for a, b, _ in got)


def test_a_conjoined_object_keeps_its_own_side():
    got = stated("Freedonia bought 12 jets from Sylvania and 12 others from Ruritania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.TRADE) in got
    assert ("Freedonia", "Ruritania", Family.TRADE) in got


def test_a_conjoined_object_s_place_is_no_side():
    # where the second object is placed says nothing of whom the act is done to
    got = stated("Sylvania designates 11 individuals and 4 entities in Ruritania for abuses.", SPEC)
    assert not any({a, b} == {"Sylvania", "Ruritania"} for a, b, _ in got)
