"""Envoys or troops withdrawn from a state are an act of diplomacy with it (round AQ)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import S, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (S, ["Vexora", "Vexoran"]),
    "Maldora": (S, ["Maldora"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, _SPEC).get(frozenset((a, b)), set())


def test_an_envoy_or_troops_withdrawn_from_a_state():
    assert Family.DIPLOMACY in _fams("Ruritania withdrew its ambassador from Vexora in protest.", "Ruritania", "Vexora")
    assert Family.DIPLOMACY in _fams("Ruritania withdrew its diplomats from Vexora in May.", "Ruritania", "Vexora")
    assert Family.DIPLOMACY in _fams("Ruritania pulled its last troops from Vexora on Friday.", "Ruritania", "Vexora")


def test_troops_of_a_state_withdrawn_from_a_list_of_states():
    text = "Ruritanian troops have withdrawn from Vexora and Maldora over the recent years."
    assert Family.DIPLOMACY in _fams(text, "Ruritania", "Vexora")
    assert Family.DIPLOMACY in _fams(text, "Ruritania", "Maldora")


def test_withdrawing_something_else_is_no_diplomacy():
    text = "Ruritania withdrew its complaint from Vexora's court on Monday."
    assert Family.DIPLOMACY not in _fams(text, "Ruritania", "Vexora")


def test_a_withdrawal_demanded_is_not_done():
    text = "Ruritania demanded that Maldora immediately withdraw its representatives from Vexora on Monday."
    assert Family.DIPLOMACY not in _fams(text, "Maldora", "Vexora")
