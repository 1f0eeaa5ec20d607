"""Names and noun phrases (issue 11, round T, blind sets 25/26 appositions): a body's title set beside a person by a
comma ('The Andes Security Agency (ASA) director-general, Ivan Novak, said'), an associate at a college, a firm's
post in a state. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
ENTS = {
    "Peru": (S, ["Peru", "Peruvian"]),
    "Chile": (S, ["Chile"]),
    "Andes Security Agency": (P, ["Andes Security Agency", "ASA"]),
    "Condor Energies": (P, ["Condor Energies"]),
    "Lima Naval College": (P, ["Lima Naval College"]),
    "Ivan Novak": (OFF, ["Ivan Novak"]),
    "Ana Lopez": (OFF, ["Ana Lopez"]),
    "Juan Perez": (OFF, ["Juan Perez"]),
}


def test_a_bodys_title_before_a_comma_is_held_by_the_person_after_it():
    got = stated(
        "The Andes Security Agency (ASA) director-general, Ivan Novak, detailed how Chilean proxies hid their "
        "networks.",
        ENTS,
    )
    assert ("Ivan Novak", "Andes Security Agency", Family.LEADERSHIP) in got


def test_a_possessive_title_before_a_comma():
    got = stated("Condor Energies' deputy director, Ana Lopez, said the plant would close.", ENTS)
    assert ("Ana Lopez", "Condor Energies", Family.MEMBERSHIP) in got
    assert ("Ana Lopez", "Condor Energies", Family.LEADERSHIP) not in got


def test_a_title_without_its_body_or_before_a_list_ties_nothing_here():
    got = stated("The director-general, Ivan Novak and Ana Lopez met officials from Chile.", ENTS)
    assert not any(f in (Family.LEADERSHIP, Family.MEMBERSHIP) and b == "Andes Security Agency" for _, b, f in got)


def test_an_associate_of_a_person_is_no_member_and_a_firms_post_in_a_state():
    # review of round T: 'associate' as a role noun made a person a member of the person he is close to
    got = stated("Juan Perez, a close associate of Ana Lopez, was arrested in Lima on Monday.", ENTS)
    assert ("Juan Perez", "Ana Lopez", Family.MEMBERSHIP) not in got
    got = stated("Condor Energies' Peru deputy director, Ana Lopez, said in a statement that it would appeal.", ENTS)
    assert ("Ana Lopez", "Peru", Family.MEMBERSHIP) not in got
