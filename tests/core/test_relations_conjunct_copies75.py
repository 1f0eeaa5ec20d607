"""Names joined by the parser's conj chain share an act found on one of them (x-conj75): 'A and B urged restraint
and said C was violating the treaty'; not a tie of belonging read from each conjunct's own title, nor an act on a
name said inside the list's own phrase. On invented sentences (mend BD item 6: each test fails with the rule, or
its span check, taken out)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations_apposed_posts50 import _read


def _fams(got: set, a: str, b: str) -> set[Family]:
    return {f for x, y, f in got if {x, y} == {a, b} and f is not Family.ASSOCIATION}


def test_an_act_on_the_first_conjunct_reaches_the_second(nlp):
    # only this rule reads Ecuador's side: the accusation is hung on the first conjunct
    got = _read(nlp, "Peru and Ecuador urged restraint on Monday and said Chile was violating the treaty.")
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}, got
    assert _fams(got, "Ecuador", "Chile") == {Family.HOSTILITY}, got


def test_each_conjuncts_own_title_stays_its_own(nlp):
    # negative: the states of two titled people are not copied across the list
    text = "Today in Muscat we hosted Iranian Foreign Minister Dr. Telmo Varga and US Presidential Envoy Anton Kessel."
    got = _read(nlp, text)
    assert not _fams(got, "Anton Kessel", "Iran"), got
    assert not _fams(got, "Telmo Varga", "United States"), got


def test_an_act_on_a_name_inside_the_lists_phrase_is_not_copied(nlp):
    # negative: Chile invaded Peru inside Peru's own relative clause; Ecuador was not invaded
    got = _read(nlp, "The envoy met Peru, which Chile had invaded in May, and Ecuador on Monday.")
    assert _fams(got, "Chile", "Peru") == {Family.HOSTILITY}, got
    assert not _fams(got, "Chile", "Ecuador"), got
