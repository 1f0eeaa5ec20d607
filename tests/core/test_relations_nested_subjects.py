"""Reports of round AJ (nested_subjects.py): a speaker reports the parties his reported clause names as the doers of
the clauses nested in it; not a person, a copula's subject, a hostile act's doer, a warned party, a contrasted or
asked clause, an infinitive's subject. Pair layer off: the rules alone are tested."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")


SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Osterlich": (S, ["Osterlich"]),
    "Northern League": (P, ["Northern League"]),
    "Lena Dorn": (OFF, ["Lena Dorn", "Dorn"]),
    "Karl Brenner": (OFF, ["Karl Brenner", "Brenner"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Lena Dorn said that the bloc would ask that the Northern League endorse its decision.", "Northern League"),
        ("Lena Dorn said the talks had stalled after Sylvania postponed the vote.", "Sylvania"),
        ("Lena Dorn said the plan had failed because Osterlich withdrew its support.", "Osterlich"),
    ],
)
def test_the_doer_of_a_nested_clause_is_reported(text, target):
    assert Family.REPORTING in _fams(text, "Lena Dorn", target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Lena Dorn said the talks had stalled after Karl Brenner rejected the offer.", "Karl Brenner"),
        ("Lena Dorn said the talks had stalled because Sylvania is a difficult partner.", "Sylvania"),
        ("Lena Dorn said the talks had stalled after Sylvania attacked the border posts.", "Sylvania"),
        ("Lena Dorn said the talks had stalled and warned that Sylvania would pay a price.", "Sylvania"),
        ("Lena Dorn said the talks had stalled, while Sylvania recalled its envoy.", "Sylvania"),
        ("Lena Dorn said the talks had stalled and asked how Sylvania was going to respond.", "Sylvania"),
        ("Lena Dorn said the deadline for Sylvania to withdraw its troops was final.", "Sylvania"),
    ],
)
def test_a_person_a_judgement_an_accusation_a_warning_an_aside_or_an_infinitive_is_no_nested_report(text, target):
    assert Family.REPORTING not in _fams(text, "Lena Dorn", target)


def test_the_speakers_own_state_is_no_nested_report():
    fams = _fams(
        "Freedonian Foreign Minister Lena Dorn said the talks had stalled after Freedonia rejected the offer.",
        "Lena Dorn",
        "Freedonia",
    )
    assert Family.REPORTING not in fams, fams
