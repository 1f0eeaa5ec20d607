"""Reports and speech, round O (issue 11): a reporting verb sharing the subject of the verb it is joined to, and the
outlet that carried a statement a sentence is 'according to'. Entities placed by hand; invented sentences; pair
layer off."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
PE = {"Peru": (S, ["Peru", "Peruvian", "Lima"])}
ARVO = {"Tomas Arvo": (OFF, ["Tomas Arvo", "Arvo"])}
WIRE = {"Coastal News": (P, ["Coastal News"])}
FRONT = {"Red Front": (P, ["Red Front"])}


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)


def test_a_reporting_verb_joined_to_another_shares_its_subject():
    spec = {**PE, **ARVO, **FRONT}
    got = stated("Tomas Arvo condemned the attack and said that the Red Front had seized the port.", spec)
    assert ("Tomas Arvo", "Red Front", Family.REPORTING) in got


def test_the_outlet_that_broadcast_a_statement_reports_what_it_says():
    spec = {**PE, **WIRE, **FRONT}
    got = stated(
        "According to the statement issued late on Monday and broadcast by the Coastal News channel, the government "
        "noted the deployment of the Red Front.",
        spec,
    )
    assert ("Coastal News", "Red Front", Family.REPORTING) in got
    got = stated("According to a statement released on Coastal News, the Red Front seized the port.", spec)
    assert ("Coastal News", "Red Front", Family.REPORTING) in got


def test_a_state_that_issued_a_statement_is_no_outlet_carrying_it():
    spec = {**PE, **WIRE, **FRONT}
    got = stated("According to a statement issued by Peru, the Red Front seized the port.", spec)
    assert ("Peru", "Red Front", Family.REPORTING) not in got


def test_the_outlet_that_gathered_the_information_reports_it():
    spec = {**PE, **WIRE, **FRONT, "Aurora": (Kind.VESSEL, ["Aurora"])}
    got = stated("According to information collated by Coastal News, the seizure of the Aurora was the first.", spec)
    assert ("Coastal News", "Aurora", Family.REPORTING) in got


def test_the_outlet_a_statement_was_released_on_reports_it():
    spec = {**PE, **WIRE, **FRONT}
    got = stated("The Red Front seized the port, a statement released on Coastal News said.", spec)
    assert ("Coastal News", "Red Front", Family.REPORTING) in got
