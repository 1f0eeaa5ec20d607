"""Those a state sends, named by a 'from' list (core/extract/relations/plural_titles.py, issue 11 round BD): 'officials
from A, B and C have arrived in Y', 'delegations from A and B visited Y', 'representatives from A met X' stand for
the states, as 'Ruritanian officials' does. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import pairs, stated

S, OFF = Kind.STATE, Kind.OFFICIAL
RU = {"Ruritania": (S, ["Ruritania", "Ruritanian"])}
FR = {"Freedonia": (S, ["Freedonia", "Freedonian"])}
SY = {"Sylvania": (S, ["Sylvania", "Sylvanian"])}
VX = {"Vexora": (S, ["Vexora", "Vexoran"])}
PETROV = {"Ivan Petrov": (OFF, ["Ivan Petrov"])}


def _typed(text: str, spec: dict) -> set[frozenset[str]]:
    return {k for k, fams in pairs(text, spec).items() if fams - {Family.ASSOCIATION}}


def test_officials_from_a_list_of_states_act_for_each_state():
    spec = {**RU, **FR, **SY, **VX}
    got = stated("Officials from Ruritania, Freedonia and Sylvania have arrived in Vexora for the ceremony.", spec)
    for side in ("Ruritania", "Freedonia", "Sylvania"):
        assert (side, "Vexora", Family.DIPLOMACY) in got
    got = stated("Delegations from Ruritania and Freedonia visited Vexora last week.", spec)
    assert ("Ruritania", "Vexora", Family.DIPLOMACY) in got
    assert ("Freedonia", "Vexora", Family.DIPLOMACY) in got


def test_representatives_from_one_state_act_for_it():
    got = stated("Representatives from Ruritania met Ivan Petrov in the capital on Monday.", {**RU, **PETROV})
    assert ("Ruritania", "Ivan Petrov", Family.DIPLOMACY) in got


def test_people_from_states_who_are_not_sent_by_them_do_not_act_for_them():
    spec = {**RU, **FR, **VX}
    got = _typed("Tourists from Ruritania and Freedonia have arrived in Vexora for the ceremony.", spec)
    assert frozenset(("Ruritania", "Vexora")) not in got
    assert frozenset(("Freedonia", "Vexora")) not in got
    got = _typed("Students from Ruritania met Ivan Petrov in the capital on Monday.", {**RU, **PETROV})
    assert frozenset(("Ruritania", "Ivan Petrov")) not in got
