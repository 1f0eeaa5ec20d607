"""An outlet's request for comment (round S): the outlet that asked reports on those it asked. Pair layer off."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")


SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian", "F.R."]),
    "Daily Courier": (P, ["Daily Courier", "DC"]),
    "Orca Drives": (P, ["Orca Drives"]),
    "Blue Pike": (P, ["Blue Pike"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Orca Drives did not immediately respond to a request for comment from the Daily Courier.", "Orca Drives"),
        ("Orca Drives and Blue Pike have yet to reply to a DC request for comment.", "Blue Pike"),
        ("The F.R. government didn't respond to a request for comment from the Daily Courier on Sunday.", "Freedonia"),
    ],
)
def test_the_outlet_asking_for_comment_reports_on_those_asked(text, asked):
    assert Family.REPORTING in _fams(text, "Daily Courier", asked)


def test_a_request_for_comment_about_a_body_is_no_outlet_asking():
    fams = _fams("Orca Drives did not respond to a request for comment about Blue Pike.", "Orca Drives", "Blue Pike")
    assert Family.REPORTING not in fams, fams
