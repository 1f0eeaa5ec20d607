"""Mends of round AL's review (rules alone, invented names): a judgement of an act done TO a side accuses no one,
the head of a body's part is its member, a person's own staff keep their tie to him, the one called on to stop
an act is its doer, counted nationals are judged by their head word, a prime minister in apposition heads the
government, and a stranger is no source of a state."""

from __future__ import annotations

import pytest

from core.extract.nlp import load_nlp
from core.extract.relations.apposed_posts import apposed_post_ties
from core.extract.relations.lexicon import lexicon
from core.model import Family, Kind
from tests.core.test_relations import OFF, P, S, pairs, stated
from tests.core.test_relations_apposed_posts50 import _read

pytestmark = pytest.mark.usefixtures("rules_alone")

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Osterlich": (S, ["Osterlich"]),
    "Vesna": (P, ["Vesna"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
    "Mary Brown": (OFF, ["Mary Brown"]),
    "Max Ode": (OFF, ["Max Ode"]),
}


def _fams(text: str, a: str, b: str, spec: dict = SPEC) -> set[Family]:
    return pairs(text, spec).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    "text",
    [
        "Max Ode said the killing of Sylvanian soldiers was unacceptable.",
        "Max Ode said the blockade of Sylvania was illegal.",
        "Max Ode said Sylvania was a victim of aggression.",
        "Max Ode said Sylvania's nuclear programme was no threat to anyone.",
    ],
)
def test_a_judgement_of_what_was_done_to_a_side_or_denied_accuses_no_one(text):
    assert Family.HOSTILITY not in _fams(text, "Max Ode", "Sylvania")


def test_the_head_of_a_bodys_wing_is_a_member_not_its_leader():
    got = _fams("Max Ode, head of the Vesna military wing, said the truce would hold.", "Max Ode", "Vesna")
    assert Family.LEADERSHIP not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Mary Brown, director of communications for Ivo Rask, said the talks went well.",
        "Mary Brown, the head of Ivo Rask's security detail, said the talks went well.",
    ],
)
def test_a_persons_own_staff_keep_their_tie_to_him(text):
    got = _fams(text, "Mary Brown", "Ivo Rask")
    assert got - {Family.ASSOCIATION}, got


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia called on Sylvania to stop attacking Osterlich.",
        "Freedonia warned Sylvania to stop attacking Osterlich.",
    ],
)
def test_the_one_called_on_or_warned_to_stop_an_act_is_its_doer(text):
    got = stated(text, SPEC)
    assert ("Sylvania", "Osterlich", Family.HOSTILITY) in got, got
    assert ("Freedonia", "Osterlich", Family.HOSTILITY) not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "John Smith said six South Koreans and two Americans were freed.",
        "John Smith said a Briton and two Americans were freed.",
    ],
)
def test_counted_nationals_are_no_report_on_their_states(nlp, text):
    got = _read(nlp, text)
    assert not {(a, b) for a, b, f in got if f is Family.REPORTING}, got


def test_a_prime_minister_after_his_name_heads_the_government():
    doc = load_nlp()("Ivo Rask, Sylvania's prime minister, said the talks went well.")
    tok_ent = [-1] * len(doc)
    tok_ent[0] = tok_ent[1] = 0
    tok_ent[3] = 1
    kinds = {0: Kind.OFFICIAL, 1: Kind.STATE}
    got = list(apposed_post_ties(list(doc), tok_ent, kinds.__getitem__, lexicon()))
    assert got == [(0, 1, "minister of", Family.LEADERSHIP)], got


def test_a_stranger_with_a_state_word_is_no_source_of_the_state(nlp):
    got = _read(nlp, "A German embassy driver told Reuters the talks would resume.")
    assert ("Reuters", "Germany", Family.REPORTING) not in got, got
