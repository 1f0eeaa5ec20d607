"""Reports of round S: a person's word on what another person did is a report on him (not on what he would do),
and a second clause of a speaker's words that the parser hangs on the reporting verb is reported too. Pair layer
off: the rules alone are tested."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")


SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ivo Rask": (OFF, ["Ivo Rask", "Rask"]),
    "Lena Dorn": (OFF, ["Lena Dorn", "Dorn"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    "text",
    [
        "Sylvanian President Ivo Rask has exempted Freedonia from the duties, Foreign Minister Lena Dorn announced.",
        "Lena Dorn confirmed that Ivo Rask has officially taken up his post.",
    ],
)
def test_a_persons_word_on_what_another_person_did_is_a_report(text):
    assert Family.REPORTING in _fams(text, "Lena Dorn", "Ivo Rask")


def test_a_persons_word_on_what_another_would_do_is_still_talk():
    fams = _fams("Lena Dorn confirmed that Ivo Rask would visit the capital next week.", "Lena Dorn", "Ivo Rask")
    assert Family.REPORTING not in fams, fams


def test_a_second_clause_hung_on_the_reporting_verb_is_reported():
    fams = _fams(
        "Dorn also said foreign meddling has been a known threat for decades, and Sylvania has robust measures.",
        "Lena Dorn",
        "Sylvania",
    )
    assert Family.REPORTING in fams, fams


def test_the_speaker_going_on_is_no_second_reported_clause():
    fams = _fams("Dorn said the talks had failed, and she left for Sylvania on Monday.", "Lena Dorn", "Sylvania")
    assert Family.REPORTING not in fams, fams
