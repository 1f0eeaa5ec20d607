"""A capital named as the place of a visit stands for its state, when the state is named elsewhere (round BD)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations_apposed_posts50 import _read


def test_arriving_in_a_capital_visits_its_state(nlp):
    text = "Foreign Minister Tomas Vellar arrived in New Delhi on Monday.\n\nIndia and Peru have long had close ties."
    got = _read(nlp, text)
    assert ("Tomas Vellar", "India", Family.DIPLOMACY) in got, got


def test_flying_to_a_capital_visits_its_state(nlp):
    text = "Defence Minister Anka Drevic flew to Ankara for two days of talks.\n\nTurkey has welcomed the visit."
    got = _read(nlp, text)
    assert ("Anka Drevic", "Turkey", Family.DIPLOMACY) in got, got


def test_no_visit_to_a_city_that_is_no_capital(nlp):
    text = "Foreign Minister Tomas Vellar arrived in Mumbai on Monday.\n\nIndia and Peru have long had close ties."
    got = _read(nlp, text)
    assert not any(a == "Tomas Vellar" and b == "India" for a, b, _ in got), got


def test_no_visit_when_the_capitals_state_is_not_named(nlp):
    got = _read(nlp, "Foreign Minister Tomas Vellar arrived in New Delhi on Monday.")
    assert not any(b == "India" for _, b, _ in got), got


def test_no_visit_for_a_capital_after_said(nlp):
    text = "Foreign Minister Tomas Vellar said in Washington that the talks went well.\n\nThe United States agreed."
    got = _read(nlp, text)
    assert ("Tomas Vellar", "United States", Family.DIPLOMACY) not in got, got


def test_no_visit_to_the_visitors_own_capital_named_with_its_state(nlp):
    got = _read(nlp, "Turkish Defence Minister Anka Drevic flew to Ankara after the summit in Peru.")
    assert ("Anka Drevic", "Turkey", Family.DIPLOMACY) not in got, got


def test_an_ambassador_in_a_capital_is_posted_to_its_state(nlp):
    text = "Peru's ambassador in Ankara was recalled on Monday.\n\nTurkey regretted the decision."
    got = _read(nlp, text)
    assert ("Peru", "Turkey", Family.DIPLOMACY) in got, got
