"""Verbs of armed attack the lexicon lacked: 'shelled', 'bombarded', 'pounded', 'strafed' are hostile acts on what
they name (core/extract/data/relations.json, HOSTILITY verbs; round AZ, relation recall). Entities placed by
hand."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs, stated

SPEC = {
    "Ruritania": (S, ["Ruritania"]),
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Valley Front": (P, ["Valley Front"]),
    "Orlan Group": (P, ["Orlan Group"]),
}


def test_shelling_a_state_is_hostile():
    got = stated("Rain fell. Ruritania shelled Freedonia for three days.", SPEC)
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) in got


def test_bombarding_and_pounding_are_hostile():
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) in stated(
        "Rain fell. Ruritania bombarded Freedonia overnight.", SPEC
    )
    got = pairs("Rain fell. Ruritania pounded Freedonia with rockets on Sunday.", SPEC)
    assert got.get(frozenset(("Ruritania", "Freedonia"))) == {Family.HOSTILITY}  # no supply of rockets (TRADE)


def test_shelling_out_money_is_no_attack():
    got = pairs("Rain fell. The Orlan Group shelled out millions to the Valley Front last year.", SPEC)
    assert Family.HOSTILITY not in got.get(frozenset(("Orlan Group", "Valley Front")), set())


def test_shelling_out_or_pounding_out_what_a_side_owns_is_no_attack():
    # round AZ review item 7: the paid_out guard (targets.py) on objects owned by a name
    got = pairs("Rain fell. The Orlan Group shelled out the Valley Front's savings on lawyers.", SPEC)
    assert Family.HOSTILITY not in got.get(frozenset(("Orlan Group", "Valley Front")), set())
    got = pairs("Rain fell. Ruritania pounded out Freedonian tunes at the festival.", SPEC)
    assert Family.HOSTILITY not in got.get(frozenset(("Ruritania", "Freedonia")), set())


STORMY = {
    **SPEC,
    "Labour Party": (P, ["Labour Party"]),
    "Ivan Petrov": (OFF, ["Ivan Petrov"]),
    "Hurricane Milton": (OFF, ["Hurricane Milton"]),
}


def test_a_barrage_of_words_is_no_attack():
    # round AZ review item 5: 'bombarded X with letters', 'pounded X with questions'
    for text, a, b in (
        ("Rain fell. The Labour Party bombarded Prime Minister Ivan Petrov with letters on Tuesday.", "Labour Party",
         "Ivan Petrov"),
        ("Rain fell. Ruritania pounded Freedonia with questions at the meeting.", "Ruritania", "Freedonia"),
    ):
        assert Family.HOSTILITY not in pairs(text, STORMY).get(frozenset((a, b)), set()), text
    got = pairs("Rain fell. Ruritania bombarded Freedonia with rockets on Tuesday.", STORMY)
    assert Family.HOSTILITY in got.get(frozenset(("Ruritania", "Freedonia")), set())


def test_a_storm_is_no_attacker():
    got = pairs("Rain fell. Hurricane Milton pounded Ruritania on Wednesday.", STORMY)
    assert Family.HOSTILITY not in got.get(frozenset(("Hurricane Milton", "Ruritania")), set())
    # a weapon named 'Storm' still strikes ('Storm Shadow missiles'): only the storm kinds before a name count
    got = pairs("Rain fell. Freedonia's Storm Shadow missiles pounded Ruritania on Wednesday.", STORMY)
    assert Family.HOSTILITY in got.get(frozenset(("Freedonia", "Ruritania")), set())
