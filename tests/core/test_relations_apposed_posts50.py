"""A person followed by a body's title in apposition holds the title in the body (round AL)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (P, ["Vexora"]),
    "Marta Kowal": (OFF, ["Marta Kowal"]),
    "Anton Reles": (OFF, ["Anton Reles"]),
}


def test_a_person_then_a_bodys_title_is_a_member_of_the_body():
    text = "Anton Reles, the Ruritanian judiciary's foreign relations chief, said on Monday the prisoner was freed."
    got = pairs(text, _SPEC)
    assert got.get(frozenset(("Anton Reles", "Ruritania"))) == {Family.MEMBERSHIP}
    got = pairs("Marta Kowal, Vexora's under secretary for sanctions, said the fund was frozen.", _SPEC)
    assert got.get(frozenset(("Marta Kowal", "Vexora"))) == {Family.MEMBERSHIP}


def test_no_post_without_a_title_or_with_a_list():
    got = pairs("Anton Reles, the Ruritanian judiciary's new budget, said the prisoner was freed.", _SPEC)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Anton Reles", "Ruritania")), set())
    got = pairs("Marta Kowal, Vexora's director and Anton Reles met on Monday.", _SPEC)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Marta Kowal", "Vexora")), set())
