"""Clauses and verbs seen on new stories (round Q): a passive gerund after 'after'/'before' done to the clause's
subject, a body that counts states among its members, and a warrant issued by a state for an arrest."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Freedonian Navy": (P, ["Freedonian Navy"]),
    "Sea Wolf": (V, ["Sea Wolf"]),
    "Alliance": (P, ["the Alliance", "Alliance"]),
}


def test_a_passive_gerund_after_a_preposition_is_done_to_the_clause_subject():
    got = stated("The Sea Wolf is seen at the port after being seized by the Freedonian Navy.", SPEC)
    assert ("Freedonian Navy", "Sea Wolf", Family.ENFORCEMENT) in got
    got = stated("Sylvania protested after being attacked by Freedonia.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got


def test_a_body_that_counts_states_among_its_members():
    got = stated("The Alliance, which counts Freedonia and Sylvania among its members, met on Monday.", SPEC)
    assert ("Freedonia", "Alliance", Family.MEMBERSHIP) in got
    assert ("Sylvania", "Alliance", Family.MEMBERSHIP) in got
    got = stated("The Alliance counts Freedonia as a threat.", SPEC)
    assert ("Freedonia", "Alliance", Family.MEMBERSHIP) not in got


def test_who_issued_a_warrant_acts_against_whoever_is_arrested_on_it():
    got = stated("Freedonian police said they had arrested Lin Bao based on a warrant issued by Sylvania.", SPEC)
    assert ("Sylvania", "Lin Bao", Family.ENFORCEMENT) in got
    got = stated("Lin Bao has been arrested in connection with a warrant filed by the government of Sylvania.", SPEC)
    assert ("Sylvania", "Lin Bao", Family.ENFORCEMENT) in got
    got = stated("Lin Bao visited Freedonia in a plane bought on a warrant issued by Sylvania.", SPEC)
    assert ("Sylvania", "Lin Bao", Family.ENFORCEMENT) not in got
    got = stated("Also attending is Lin Bao, who faces an arrest warrant issued by the Alliance over the war.", SPEC)
    assert ("Alliance", "Lin Bao", Family.ENFORCEMENT) in got
    got = stated("Freedonia seized the Sea Wolf carrying a notice issued by Sylvania.", SPEC)
    assert ("Sylvania", "Sea Wolf", Family.ENFORCEMENT) not in got


def test_a_deed_done_by_someone_against_another():
    got = stated("The strikes carried out by Freedonia against Sylvania killed ten.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    got = stated("The measures taken by Freedonia against Sylvania were harsh.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    got = stated("The sanctions imposed by Freedonia on Sylvania were lifted.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got
    assert not stated("The report issued by Freedonia on Sylvania was long.", SPEC)


def test_a_state_named_where_something_was_seized_is_not_its_target():
    assert ("Freedonia", "Sylvania", Family.ENFORCEMENT) not in stated(
        "Freedonia seized the plane of Lin Bao in Sylvania on Monday.", SPEC
    )
    got = stated("Freedonia seized the Sea Wolf in Sylvania.", SPEC)
    assert ("Freedonia", "Sea Wolf", Family.ENFORCEMENT) in got
    assert ("Freedonia", "Sylvania", Family.ENFORCEMENT) not in got


def test_people_of_a_state_arrested_or_charged_are_not_the_state():
    got = stated("Freedonia has charged Sylvanian officers.", SPEC)
    assert ("Freedonia", "Sylvania", Family.ENFORCEMENT) not in got
    got = stated("Two Sylvanian nationals were arrested by Freedonia.", SPEC)
    assert ("Freedonia", "Sylvania", Family.ENFORCEMENT) not in got
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) in stated("Freedonia arrested Lin Bao.", SPEC)


def test_a_warrant_for_a_head_of_state_is_hostile():
    got = stated("Sylvanian President Lin Bao, who faces a warrant issued by the Alliance, arrived.", SPEC)
    assert ("Alliance", "Lin Bao", Family.HOSTILITY) in got
    got = stated("It was the latest of the actions taken by Freedonia against Lin Bao and his government.", SPEC)
    assert ("Freedonia", "Lin Bao", Family.HOSTILITY) in got
    got = stated("It was the latest of the actions taken by Freedonia against Lin Bao.", SPEC)
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) in got
