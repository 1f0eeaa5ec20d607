"""A firm or group named before its head noun under a state's possessive is the state's (round AS)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

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


# Review of round AS (rev-AS items 6, 7): counterparts and persons own no firm this way.


def test_a_rival_or_partner_firm_is_not_the_owners():
    text = "Ruritania's Dravex rival company lost the contract."
    assert Family.MEMBERSHIP not in _fams(text, "Dravex", "Ruritania")
    text = "The minister praised Ruritania's Dravex partner company."
    assert Family.MEMBERSHIP not in _fams(text, "Dravex", "Ruritania")


def test_a_persons_possessive_owns_no_firm_this_way():
    spec = {**_SPEC, "Marta Kowal": (OFF, ["Marta Kowal"])}
    got = pairs("Marta Kowal's Dravex group won the contract.", spec)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Dravex", "Marta Kowal")), set())


def test_conjoined_firm_names_are_each_the_owners_and_not_each_others():
    spec = {**_SPEC, "Acme": (P, ["Acme"])}
    got = pairs("Ruritania's Dravex and Acme companies won the contract.", spec)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Dravex", "Acme")), set())
    assert Family.MEMBERSHIP in got.get(frozenset(("Acme", "Ruritania")), set())
