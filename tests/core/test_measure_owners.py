"""Measures and lists whose owner is named on them, and conjoined object nouns (invented sentences)."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania"]),
    "Acme": (P, ["Acme"]),
    "Zenco": (P, ["Zenco"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


def test_conjoined_object_nouns_take_the_known_one():
    got = stated("Freedonia placed debt and equity restrictions on 13 firms, including Acme and Zenco.", SPEC)
    assert ("Freedonia", "Acme", Family.ENFORCEMENT) in got
    assert ("Freedonia", "Zenco", Family.ENFORCEMENT) in got


def test_passive_measure_owned_by_its_modifier():
    got = stated("Freedonian sanctions were imposed on Acme in late 2023.", SPEC)
    assert got == {("Freedonia", "Acme", Family.ENFORCEMENT)}


def test_put_on_a_states_list():
    got = stated("The firm is run by Lin Bao, who was put on a Freedonian sanctions list after the war.", SPEC)
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) in got
    got = stated("Acme was added to Freedonia's trade blacklist.", SPEC)
    assert got == {("Freedonia", "Acme", Family.ENFORCEMENT)}


def test_list_without_owner_ties_nothing():
    assert stated("Acme was added to the sanctions list.", SPEC) == set()


def test_a_received_measure_comes_from_who_gave_it():
    got = stated("Lin Bao faces sanctions imposed by Freedonia.", SPEC)
    assert ("Freedonia", "Lin Bao", Family.HOSTILITY) in got
    assert not any(a == "Lin Bao" for a, _, _ in got)
    assert ("Freedonia", "Acme", Family.AGREEMENT) in stated("Acme won a contract awarded by Freedonia.", SPEC)


SHIPS = {**SPEC, "Ocean Star": (Kind.VESSEL, ["Ocean Star"])}


def test_shown_or_identified_as_owned():
    got = stated("Shipping registries show the Ocean Star as managed by Acme of Piraeus.", SHIPS)
    assert got == {("Ocean Star", "Acme", Family.MEMBERSHIP)}
    got = stated("The Ocean Star was identified by police as belonging to Lin Bao.", SHIPS)
    assert got == {("Ocean Star", "Lin Bao", Family.MEMBERSHIP)}


def test_placed_on_a_named_states_list_by_an_office():
    # the active voice: the office that lists and the state whose list it is both list the firm
    spec = {**SPEC, "OFAB": (P, ["OFAB"])}
    got = stated("OFAB placed Lin Bao and Acme on the Freedonian sanctions list in 2018.", spec)
    assert ("Freedonia", "Acme", Family.ENFORCEMENT) in got
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) in got
    assert ("OFAB", "Acme", Family.ENFORCEMENT) in got
    got = stated("OFAB added Zenco to its sanctions list.", spec)
    assert got == {("OFAB", "Zenco", Family.ENFORCEMENT)}
