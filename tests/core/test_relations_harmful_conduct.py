"""A speaker who says a side's conduct does harm ('said Y's missile programme poses a threat', 'said Y seeks to
stifle the panel', 'said Y conducted malicious operations') faults the side (HOSTILITY, not REPORTING); a side that
only meets a harm, or a harm denied, is not faulted. Rules alone."""

from __future__ import annotations

import pytest

from core.extract.nlp import load_nlp
from core.extract.relations.harmful_conduct import harmful_conduct
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
        "Freedonian Foreign Minister Max Ode said Sylvania's development of ballistic missiles poses a serious threat "
        "to regional security.",
        '"Sylvania seeks to eliminate the panel\'s mandate to stifle publication of uncomfortable truths," Freedonian '
        "Ambassador Max Ode said.",
        "Freedonian Foreign Minister Max Ode said Sylvania conducted malicious cyber operations against the banks.",
        "Freedonian Foreign Minister Max Ode said the Sylvanian government was using security as a pretext to block "
        "trade.",
        "Freedonian Foreign Minister Max Ode said Sylvania is undermining the peace talks.",
        "Freedonian Foreign Minister Max Ode said Sylvania was trying to sabotage the peace talks.",
        "Freedonian Foreign Minister Max Ode said Sylvania was spreading propaganda.",
    ],
)
def test_a_speaker_saying_a_sides_conduct_does_harm_faults_it(text):
    got = _fams(text, "Max Ode", "Sylvania")
    assert Family.HOSTILITY in got and Family.REPORTING not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Freedonian Foreign Minister Max Ode said Sylvania faces a serious threat from armed groups.",
        "Freedonian Foreign Minister Max Ode said Sylvania does not pose a threat to its neighbours.",
        "Freedonian Foreign Minister Max Ode said Sylvania poses no threat to its neighbours.",
        "Freedonian Foreign Minister Max Ode said Sylvania conducted routine naval operations in the area.",
        "Freedonian Foreign Minister Max Ode said talks would fail if Sylvania undermines the ceasefire.",
        "Freedonian Foreign Minister Max Ode said talks would fail if Sylvania poses a threat to the ships.",
        "Freedonian Foreign Minister Max Ode said talks would fail if Sylvania seeks to sabotage the ceasefire.",
        # a side acting against a harm, or only holding a view of it or talking of it
        "Freedonian Foreign Minister Max Ode said Sylvania was working to counter the threat from drones.",
        "Freedonian Foreign Minister Max Ode said Sylvania regarded the missile launch as a provocation.",
        "Freedonian Foreign Minister Max Ode said Sylvania plans to tackle disinformation before the vote.",
        "Freedonian Foreign Minister Max Ode said Sylvania had discussed the threat of terrorism with Freedonia.",
    ],
)
def test_a_harm_met_or_denied_faults_no_one(text):
    got = _fams(text, "Max Ode", "Sylvania")
    assert Family.HOSTILITY not in got, got


@pytest.mark.parametrize(
    ("text", "faulted"),
    [
        ("Max Ode said Sylvania undermines the ceasefire.", True),
        ("Max Ode said talks would fail if Sylvania undermines the ceasefire.", False),
        ("Max Ode said talks would fail unless Sylvania stops undermining the ceasefire.", False),
    ],
)
def test_the_rule_itself_faults_no_conditional_subject(text, faulted):
    # the reported-clause check upstream also drops most 'if' clauses: the rule's own guard is tested on its own
    doc = load_nlp()(text)
    tok_ent = [0 if t.text == "Sylvania" else -1 for t in doc]
    got = harmful_conduct(next(t for t in doc if t.text == "Sylvania"), tok_ent, 0)
    assert (got is not None) is faulted, got
