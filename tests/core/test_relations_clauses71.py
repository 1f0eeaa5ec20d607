"""Round BC (issue 11, x-clause71): an infinitive on a resolve or undertaking ('decision', 'move', 'intention',
'refusal') is done by the noun's named possessor, whatever verb the noun sits under; 'X's refusal to recognise Y'
reads as 'refused to recognise'; 'had discussions with X' is a talk, as 'talks'. Entities placed by hand; invented
sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S = Kind.STATE
SPEC = {
    "Freedonia": (S, ["Freedonia"]),
    "Sylvania": (S, ["Sylvania"]),
    "Ruritania": (S, ["Ruritania"]),
}


def test_a_named_possessor_makes_the_decision():
    got = stated("Ruritania welcomed Freedonia's decision to expel Sylvania's ambassador.", SPEC)
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) in got
    assert ("Ruritania", "Sylvania", Family.DIPLOMACY) not in got  # the welcomer expels no one


def test_a_named_possessor_of_an_intention_under_a_clause():
    got = stated("Ruritania said Freedonia's intention to recognize Sylvania was fuelling tension.", SPEC)
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) in got


def test_a_refusal_reads_as_refused():
    got = stated("Ruritania regretted Freedonia's refusal to recognize Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) not in got


def test_a_request_is_made_to_someone_else():
    # the requester does not do what it asks for: 'Y's requests to extradite Z' are made to the subject
    got = stated("Freedonia refused Sylvania's requests to extradite Ruritania's consul.", SPEC)
    assert ("Sylvania", "Ruritania", Family.ENFORCEMENT) not in got
    assert ("Sylvania", "Ruritania", Family.DIPLOMACY) not in got


def test_discussions_are_talks():
    spec = {"Ana Lopez": (Kind.OFFICIAL, ["Ana Lopez"]), "Juan Perez": (Kind.OFFICIAL, ["Juan Perez"])}
    got = stated("The news conference came shortly after Ana Lopez had discussions with Juan Perez in Lima.", spec)
    assert ("Ana Lopez", "Juan Perez", Family.DIPLOMACY) in got


def test_a_discussion_about_a_state_is_no_talk_with_it():
    got = stated("Freedonia's parliament held a long discussion about the crisis in Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.DIPLOMACY) not in got
