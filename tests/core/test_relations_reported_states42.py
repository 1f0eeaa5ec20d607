"""Reports of round AD: the states a person's reported clause names as doers of a clause of their own, as what it
acts on, or as those it deals with ('with', 'to', 'on') are what he reports on; not his own state, and not a state
his words only name by an adjective. Pair layer off: the rules alone are tested."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")


SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Osterlich": (S, ["Osterlich"]),
    "Lena Dorn": (OFF, ["Lena Dorn", "Dorn"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Freedonian Foreign Minister Lena Dorn said the government would cut ties with Sylvania.", "Sylvania"),
        ("Freedonian Foreign Minister Lena Dorn said the country could not repay its debts to Sylvania.", "Sylvania"),
        (
            "Freedonian Foreign Minister Lena Dorn said the move came after Osterlich recognised the region.",
            "Osterlich",
        ),
    ],
)
def test_a_state_the_persons_clause_deals_with_is_reported(text, state):
    assert Family.REPORTING in _fams(text, "Lena Dorn", state)


def test_the_speakers_own_state_is_no_report():
    fams = _fams(
        "Freedonian Foreign Minister Lena Dorn said the government would cut ties with Sylvania.",
        "Lena Dorn",
        "Freedonia",
    )
    assert Family.REPORTING not in fams, fams
