"""A participle tagged as an adjective but carrying the auxiliary 'have' is a verb, so the clause it heads is a
clause an outlet can report: 'Moscow and Beijing have in recent years boasted of their partnership, Koala News
reports'. 'They have limited resources' keeps its adjective."""

from __future__ import annotations

import pytest

from core.extract.nlp import load_nlp
from core.model import Family
from tests.core.test_relations import P, S, pairs

TEXT = "Moscow and Beijing have in recent years boasted of their partnership, Koala News reports citing local media."


def test_a_perfect_participle_is_a_verb() -> None:
    doc = load_nlp()(TEXT)
    boasted = next(t for t in doc if t.text == "boasted")
    assert boasted.pos_ == "VERB" and boasted.lemma_ == "boast"


@pytest.mark.usefixtures("rules_alone")
def test_an_outlet_reports_on_the_subjects_of_a_perfect_clause() -> None:
    spec = {
        "Russia": (S, ["Moscow"]),
        "China": (S, ["Beijing"]),
        "Koala News": (P, ["Koala News"]),
    }
    got = pairs(TEXT, spec)
    assert Family.REPORTING in got.get(frozenset({"Koala News", "Russia"}), set())
