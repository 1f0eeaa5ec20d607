"""A member or head of a state's delegation is a member of the state (round AR: relations/delegations.py)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, S, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (S, ["Vexora", "Vexoran"]),
    "Marta Kowal": (OFF, ["Marta Kowal"]),
    "Anton Reles": (OFF, ["Anton Reles"]),
}


def _member(got: dict, a: str, b: str) -> bool:
    return Family.MEMBERSHIP in got.get(frozenset((a, b)), set())


def test_a_delegation_headed_by_a_person():
    got = pairs("The Ruritanian delegation was headed by Defence Minister Marta Kowal, officials said.", _SPEC)
    assert _member(got, "Marta Kowal", "Ruritania")
    got = pairs("A Vexoran delegation led by envoy Anton Reles arrived in the capital on Monday.", _SPEC)
    assert _member(got, "Anton Reles", "Vexora")


def test_a_delegation_that_included_two_people():
    text = "Ruritania's delegation included Defence Minister Marta Kowal and intelligence chief Anton Reles."
    got = pairs(text, _SPEC)
    assert _member(got, "Marta Kowal", "Ruritania")
    assert _member(got, "Anton Reles", "Ruritania")


def test_no_membership_without_a_delegation_owner_or_when_denied():
    got = pairs("The delegation, headed by Marta Kowal, met Vexoran officials in the capital.", _SPEC)
    assert not _member(got, "Marta Kowal", "Vexora")
    got = pairs("The Ruritanian delegation was not headed by Anton Reles, officials said.", _SPEC)
    assert not _member(got, "Anton Reles", "Ruritania")
