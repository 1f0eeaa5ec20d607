"""Shapes seen on trade-and-sanctions stories: states named together as the subject of imposing measures act in
concert."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


def _pair(got, a, b, fam):
    return (a, b, fam) in got or (b, a, fam) in got


def test_states_imposing_sanctions_together_are_allies():
    got = stated("Freedonia and Sylvania imposed sanctions on Ruritania's oil industry on Friday.", SPEC)
    assert _pair(got, "Freedonia", "Sylvania", Family.ALLIANCE)
    assert ("Freedonia", "Ruritania", Family.ALLIANCE) not in got


def test_states_announcing_sanctions_together_are_allies():
    got = stated("Freedonia and Sylvania announced sanctions targeting a smuggling network on Monday.", SPEC)
    assert _pair(got, "Freedonia", "Sylvania", Family.ALLIANCE)


def test_states_facing_sanctions_together_are_not_allies():
    got = stated("Freedonia and Sylvania faced sanctions from Ruritania.", SPEC)
    assert not _pair(got, "Freedonia", "Sylvania", Family.ALLIANCE)


def test_taking_action_against_a_state_is_hostility():
    got = stated("Freedonia is taking action against Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got


def test_taking_steps_against_a_firm_is_enforcement():
    SPEC2 = {**SPEC, "Acme Bank": (P, ["Acme Bank"])}
    got = stated("Freedonia will take steps against Acme Bank.", SPEC2)
    assert ("Freedonia", "Acme Bank", Family.ENFORCEMENT) in got


def test_states_named_on_one_sanctions_programme_are_no_foes():
    got = stated("The bank was fined for violation of Freedonia and Sylvania sanctions.", SPEC)
    assert not _pair(got, "Freedonia", "Sylvania", Family.HOSTILITY)
    got = stated("Freedonian-Sylvanian talks resumed on Monday.", SPEC)
    assert _pair(got, "Freedonia", "Sylvania", Family.DIPLOMACY)


def test_fined_is_read_as_fine():
    SPEC2 = {**SPEC, "Acme Bank": (P, ["Acme Bank"]), "Trade Office": (P, ["Trade Office"])}
    got = stated("The Trade Office fined Acme Bank.", SPEC2)  # the tagger lemmatises 'fined' as 'fin'
    assert ("Trade Office", "Acme Bank", Family.ENFORCEMENT) in got
    got = stated("Acme Bank was fined by the Trade Office for violations.", SPEC2)
    assert ("Trade Office", "Acme Bank", Family.ENFORCEMENT) in got


def test_a_bodys_database_is_its_word():
    SPEC2 = {**SPEC, "Trade Office": (P, ["Trade Office"])}
    got = stated("Freedonia seized eight vessels, according to the Trade Office's database.", SPEC2)
    assert ("Trade Office", "Freedonia", Family.REPORTING) in got


def test_states_sanctioning_together_are_allies():
    SPEC2 = {**SPEC, "Trade Office": (P, ["Trade Office"])}
    got = stated("Freedonia and Sylvania sanctioned the Trade Office on Monday.", SPEC2)
    assert _pair(got, "Freedonia", "Sylvania", Family.ALLIANCE)
    got = stated("Freedonia and Sylvania were sanctioned by the Trade Office.", SPEC2)
    assert not _pair(got, "Freedonia", "Sylvania", Family.ALLIANCE)
