"""Relation classes from blind67's first run (round BF, x-b67r-88), on invented sentences: a person reporting an act
no one is said to have done, and a business 'in' a place."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Jane Roe": (OFF, ["Jane Roe", "Roe"]),
    "John Doe": (OFF, ["John Doe", "Doe"]),
    "Mark Poe": (OFF, ["Mark Poe", "Poe"]),
    "Freedonian Ministry of Justice": (P, ["Freedonian Ministry of Justice", "Justice Ministry"]),
}


def _fams(got, a, b):
    return {f for x, y, f in got if {x, y} == {a, b}}


# announcements.Announcements._announced_act: an agentless passive in a person's words


def test_a_person_reporting_a_detention_without_a_doer_reports_it():
    sentence = '"John Doe and Mark Poe have been detained in Sylvania since May," spokesperson Jane Roe said.'
    got = stated(sentence, SPEC)
    assert _fams(got, "Jane Roe", "John Doe") == {Family.REPORTING}
    got = stated("Jane Roe said that John Doe had been released after six years in captivity.", SPEC)
    assert Family.ENFORCEMENT not in _fams(got, "Jane Roe", "John Doe")


def test_a_body_or_a_permission_keeps_the_act():
    got = stated("John Doe has been arrested in the capital on fraud charges, the Justice Ministry said.", SPEC)
    assert _fams(got, "Freedonian Ministry of Justice", "John Doe") == {Family.ENFORCEMENT}
    spec = {**SPEC, "Sea Lark": (V, ["Sea Lark"])}
    got = stated("Jane Roe said the research ship Sea Lark would be allowed to dock for two days.", spec)
    assert _fams(got, "Jane Roe", "Sea Lark") == {Family.ENFORCEMENT}


# families.Families.verb_family: 'business in' a place


def test_a_business_in_a_state_is_no_trade_with_it():
    got = stated("John Doe was running a legitimate business in the Sylvanian port of Ardo when he was seized.", SPEC)
    assert Family.TRADE not in _fams(got, "John Doe", "Sylvania")


def test_business_with_a_state_stays_trade():
    got = stated("Freedonia has expanded its business with Sylvania over the past year.", SPEC)
    assert Family.TRADE in _fams(got, "Freedonia", "Sylvania")
