"""Verb and title classes of round AG: a head's one-word title between a body and a name, an agency's Administrator,
a verdict named on a party's conduct, sympathising, resolving a dispute, a host's welcome."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

_SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
    "Freedonian Space Agency": (P, ["FSA"]),
    "Union Commission": (P, ["Union Commission"]),
    "Union Council": (P, ["Union Council"]),
}


def test_a_heads_one_word_title_between_a_body_and_a_name_is_its_head():
    got = stated('"The rule of law must prevail," Union Commission Chairperson Lin Bao said in the capital.', _SPEC)
    assert ("Lin Bao", "Union Commission", Family.LEADERSHIP) in got
    assert ("Lin Bao", "Union Commission", Family.MEMBERSHIP) not in got
    got = stated('"The rule of law must prevail," Union Commission spokesman Lin Bao said in the capital.', _SPEC)
    assert ("Lin Bao", "Union Commission", Family.LEADERSHIP) not in got


def test_an_agencys_capitalised_administrator_heads_it():
    got = stated("FSA Administrator Lin Bao spoke to reporters on Monday.", _SPEC)
    assert ("Lin Bao", "Freedonian Space Agency", Family.LEADERSHIP) in got
    got = stated("FSA Deputy Administrator Lin Bao spoke to reporters on Monday.", _SPEC)
    assert ("Lin Bao", "Freedonian Space Agency", Family.LEADERSHIP) not in got


def test_a_verdict_called_on_a_partys_conduct_is_one_on_the_party():
    got = stated("Lin Bao called Sylvania's move \u201cirresponsible and destabilizing.\u201d", _SPEC)
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) in got
    got = stated('Lin Bao called Sylvania\'s announcement "deeply unfortunate and irresponsible."', _SPEC)
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) in got
    got = stated("Lin Bao called Sylvania's decision wise.", _SPEC)
    assert ("Lin Bao", "Sylvania", Family.HOSTILITY) not in got


def test_sympathising_with_a_state_backs_it():
    got = stated("The Union Council has sympathised with Sylvania over the devastating floods.", _SPEC)
    assert ("Union Council", "Sylvania", Family.ALLIANCE) in got


def test_resolving_a_dispute_with_a_state_is_diplomacy_not_the_quarrel():
    got = stated("Freedonia had resolved a border dispute with Sylvania last year.", _SPEC)
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) in got
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got


def test_a_hosts_welcome_of_a_visitor_is_diplomacy_and_a_welcomed_decision_backing():
    got = stated("Freedonian President Lin Bao welcomed Sylvanian President Ana Voss with a lavish reception.", _SPEC)
    assert ("Lin Bao", "Ana Voss", Family.DIPLOMACY) in got
    assert ("Lin Bao", "Ana Voss", Family.ALLIANCE) not in got
    got = stated("Ana Voss was welcomed at the international airport by Lin Bao, the permanent secretary.", _SPEC)
    assert ("Lin Bao", "Ana Voss", Family.DIPLOMACY) in got
    assert ("Lin Bao", "Ana Voss", Family.ALLIANCE) not in got
    got = stated("Lin Bao Welcomes Sylvania's Foreign Minister Ana Voss to the Capital", _SPEC)
    assert ("Lin Bao", "Ana Voss", Family.DIPLOMACY) in got
    assert ("Lin Bao", "Ana Voss", Family.ALLIANCE) not in got
    got = stated("Freedonia welcomed Sylvania's decision to join the talks.", _SPEC)
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) not in got
    # a bare name welcomed into a country, no title and no reception: a greeting of a fellow, not a host's
    got = stated("Lin Bao wrote a post on Tuesday welcoming Ana Voss to Sylvania.", _SPEC)
    assert ("Lin Bao", "Ana Voss", Family.DIPLOMACY) not in got
