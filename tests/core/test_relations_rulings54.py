"""Reports, round AP (issue 11): a court's ruling, an estimate, a conclusion or a clarification carrying a
reported clause ('the court ruled that ...', 'the fund estimates that ...') reports what the clause names; the same
verbs in their other senses ('ruled the country', 'estimated the damage') report nothing. Entities placed by hand;
invented sentences; pair layer off."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (S, ["Vexora", "Vexoran"]),
    "Tomas Arvo": (OFF, ["Tomas Arvo", "Arvo"]),
    "Andean Fund": (P, ["Andean Fund"]),
    "Supreme Tribunal": (P, ["Supreme Tribunal"]),
}


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)


def test_a_court_ruling_that_reports_what_the_clause_names():
    got = stated("The Supreme Tribunal ruled on Monday that Vexora had lawfully recognised Tomas Arvo.", SPEC)
    assert ("Supreme Tribunal", "Vexora", Family.REPORTING) in got, got


@pytest.mark.parametrize("verb", ["estimates", "concluded", "clarified"])
def test_an_estimate_or_a_conclusion_reports_what_the_clause_names(verb):
    got = stated(f"The Andean Fund {verb} that Vexora faces a steep contraction this year.", SPEC)
    assert ("Andean Fund", "Vexora", Family.REPORTING) in got, got


def test_the_same_verbs_report_nothing_without_a_clause():
    got = stated("The Andean Fund estimated the damage to Vexora at two billion dollars.", SPEC)
    assert ("Andean Fund", "Vexora", Family.REPORTING) not in got, got
    got = stated("Tomas Arvo ruled Vexora for a decade.", SPEC)
    assert ("Tomas Arvo", "Vexora", Family.REPORTING) not in got, got
