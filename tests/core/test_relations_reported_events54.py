"""A speaker confirming or announcing an event by its noun reports on the parties the noun names (round AP).
Entities placed by hand; invented sentences; pair layer off."""

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
}


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)


def test_a_confirmed_event_reports_on_the_parties_its_noun_names():
    got = stated("Tomas Arvo confirmed the presence of advisers working for the Vexoran government.", SPEC)
    assert ("Tomas Arvo", "Vexora", Family.REPORTING) in got, got
    got = stated("The Andean Fund announced the signing of a loan with Vexora.", SPEC)
    assert ("Andean Fund", "Vexora", Family.REPORTING) in got, got


def test_no_report_on_a_place_nor_on_an_event_not_confirmed():
    got = stated("Tomas Arvo confirmed the presence of advisers in Vexora.", SPEC)
    assert ("Tomas Arvo", "Vexora", Family.REPORTING) not in got, got
    got = stated("Tomas Arvo did not confirm the presence of advisers working for the Vexoran government.", SPEC)
    assert ("Tomas Arvo", "Vexora", Family.REPORTING) not in got, got
