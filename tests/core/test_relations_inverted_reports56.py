"""An outlet named after a closing reporting verb reports the clause before it; an announcer's side doing a shared act
with a co-subject announces it with that co-subject (round AR)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (S, ["Vexora", "Vexoran"]),
    "Anton Reles": (OFF, ["Anton Reles"]),
    "Marta Kowal": (OFF, ["Marta Kowal"]),
    "Daily Clarion": (P, ["Daily Clarion"]),
    "Reuters": (P, ["Reuters"]),
}


def test_an_outlet_after_the_closing_verb_reports_the_first_clause():
    text = "Ruritania's foreign secretary Anton Reles summoned the Vexoran envoy, reported the Daily Clarion."
    got = pairs(text, _SPEC)
    assert got.get(frozenset(("Daily Clarion", "Anton Reles"))) == {Family.REPORTING}
    got = pairs("Ruritania and Vexora agreed to exchange prisoners, reported Reuters.", _SPEC)
    assert got.get(frozenset(("Reuters", "Ruritania"))) == {Family.REPORTING}
    assert got.get(frozenset(("Reuters", "Vexora"))) == {Family.REPORTING}


def test_a_second_verb_with_no_outlet_after_it_keeps_the_first_subject():
    got = pairs("Anton Reles summoned the Vexoran envoy and said that Vexora had violated the border.", _SPEC)
    assert Family.REPORTING not in got.get(frozenset(("Anton Reles", "Reuters")), set())
    assert frozenset(("Anton Reles", "Vexora")) in got


def test_an_announcer_whose_state_agrees_with_a_co_subject_takes_the_agreement():
    text = "Ruritania and Vexora agreed on Friday to exchange prisoners, Ruritania's foreign minister Anton Reles said."
    got = pairs(text, _SPEC)
    assert got.get(frozenset(("Anton Reles", "Vexora"))) == {Family.AGREEMENT}


def test_a_hostile_act_with_a_co_subject_stays_a_report():
    text = "Ruritania and Vexora clashed on the border on Friday, Ruritania's foreign minister Anton Reles said."
    got = pairs(text, _SPEC)
    assert Family.AGREEMENT not in got.get(frozenset(("Anton Reles", "Vexora")), set())


def test_an_outlets_source_or_correspondent_reports_for_it():
    got = pairs("Ruritania and Vexora agreed to exchange prisoners, a Reuters source reported.", _SPEC)
    assert got.get(frozenset(("Reuters", "Ruritania"))) == {Family.REPORTING}
    assert got.get(frozenset(("Reuters", "Vexora"))) == {Family.REPORTING}
    got = pairs("Vexora expelled two diplomats on Friday, a Daily Clarion correspondent reported.", _SPEC)
    assert got.get(frozenset(("Daily Clarion", "Vexora"))) == {Family.REPORTING}

