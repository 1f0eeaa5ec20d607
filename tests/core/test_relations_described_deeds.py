"""A speaker who describes a side's deed with a blaming word ('described the Y veto as reckless', "called Y's actions
a provocation") or rejects a blamed deed the side perpetrated ('this illegal act perpetrated by Y') accuses the side
(HOSTILITY, not REPORTING). Rules alone."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Max Ode": (OFF, ["Max Ode"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    "text",
    [
        "Max Ode, the Freedonian delegate, described the Sylvanian veto as “absolutely reckless and dangerous”.",
        "Max Ode said two Sylvanian jets had been shot down, calling Sylvania’s actions a heinous provocation.",
        "Max Ode described Sylvania's incursion as a provocation.",
        '"Freedonia rejects this illegal, aggressive and hostile act perpetrated by Sylvania," Freedonia\'s foreign '
        "minister Max Ode said.",
    ],
)
def test_a_speaker_describing_a_sides_deed_as_blamed_accuses_it(text):
    got = _fams(text, "Max Ode", "Sylvania")
    assert Family.HOSTILITY in got and Family.REPORTING not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Max Ode did not call Sylvania's decision unacceptable.",
        "Max Ode may describe Sylvania's move as illegal.",
        "If Max Ode describes Sylvania's move as illegal, talks will fail.",
        "Max Ode described the Sylvanian veto as a sensible step.",
        '"Freedonia welcomes this bold act perpetrated by Sylvania," Freedonia\'s foreign minister Max Ode said.',
    ],
)
def test_a_description_that_blames_nothing_accuses_no_one(text):
    got = _fams(text, "Max Ode", "Sylvania")
    assert Family.HOSTILITY not in got, got
