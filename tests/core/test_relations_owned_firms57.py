"""A firm or group named before its head noun under a state's possessive is the state's (round AS)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (S, ["Vexora"]),
    "Dravex": (P, ["Dravex"]),
    "Kestrel Group": (P, ["Kestrel Group", "Kestrel"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, _SPEC).get(frozenset((a, b)), set())


def test_a_firm_named_before_a_compound_head_is_the_owners():
    text = "The deal was signed with Ruritania's Dravex energy giant on Monday."
    assert Family.MEMBERSHIP in _fams(text, "Dravex", "Ruritania")
    text = "The tanker was leased from Ruritania's Dravex shipping giant last year."
    assert Family.MEMBERSHIP in _fams(text, "Dravex", "Ruritania")


def test_an_armed_group_named_before_its_head_is_the_owners():
    text = "Reports indicate that fighters from Ruritania's Kestrel paramilitary group were killed in Vexora."
    assert Family.MEMBERSHIP in _fams(text, "Kestrel Group", "Ruritania")
