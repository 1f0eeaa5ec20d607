"""Names joined by the parser's conj chain share an act found on one of them (x-conj75): 'urged delegations from A
and B'; not a tie of
belonging read from each conjunct's own title, nor a speaker's report. On invented sentences."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations_apposed_posts50 import _read


def _fams(got: set, a: str, b: str) -> set[Family]:
    return {f for x, y, f in got if {x, y} == {a, b} and f is not Family.ASSOCIATION}


def test_an_act_on_the_first_conjunct_reaches_the_second(nlp):
    got = _read(nlp, "Chile has urged delegations from Peru and Bolivia to seize the opportunity to end the dispute.")
    assert _fams(got, "Chile", "Peru") == {Family.DIPLOMACY}, got
    assert _fams(got, "Chile", "Bolivia") == {Family.DIPLOMACY}, got


def test_each_conjuncts_own_title_stays_its_own(nlp):
    # negative: the states of two titled people are not copied across the list
    text = "Today in Muscat we hosted Iranian Foreign Minister Dr. Telmo Varga and US Presidential Envoy Anton Kessel."
    got = _read(nlp, text)
    assert not _fams(got, "Anton Kessel", "Iran"), got
    assert not _fams(got, "Telmo Varga", "United States"), got


def test_a_state_inside_the_first_conjuncts_phrase_is_not_copied(nlp):
    # negative: 'Chilean President A and B met': Chile is A's own, said inside the list's phrase
    got = _read(nlp, "Chilean President Telmo Varga and Anton Kessel met in Lima on Saturday.")
    assert Family.LEADERSHIP not in _fams(got, "Anton Kessel", "Chile"), got
