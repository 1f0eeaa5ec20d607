"""Families read from the words around a tie (issue 11, round F): seizing control of a firm or ship, sending
troops into a state, strained ties, security missions, cooperation, aligning with another's measure, calling on a
state to stop. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import CL, PE, _fams
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL
BO = {"Bolivia": (S, ["Bolivia", "Bolivian", "La Paz"])}
UN = {"Andean Union": (P, ["Andean Union"])}


def test_a_state_taking_control_of_a_firm_or_a_ship_seizes_it():
    spec = {**PE, "Lima Mills": (P, ["Lima Mills"])}
    got = stated("The Peruvian state has taken control of Lima Mills, according to a decree.", spec)
    fams = _fams(got, "Peru", "Lima Mills")
    assert Family.ENFORCEMENT in fams and Family.LEADERSHIP not in fams
    spec = {**CL, "Condor Star": (V, ["Condor Star"])}
    got = stated("Chile took control of the Condor Star on Monday.", spec)
    assert _fams(got, "Chile", "Condor Star") == {Family.ENFORCEMENT}


def test_a_person_taking_control_of_a_party_still_leads_it():
    spec = {"Arno Vesk": (OFF, ["Arno Vesk"]), "Andes Party": (P, ["Andes Party"])}
    got = stated("Arno Vesk took control of the Andes Party in 2019.", spec)
    assert Family.ENFORCEMENT not in _fams(got, "Arno Vesk", "Andes Party")


def test_sending_troops_into_a_state_is_hostile_but_an_envoy_is_diplomacy():
    got = stated("Peru sent thousands of its troops into Chile last year.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}
    got = stated("Peru sent an envoy to Chile last year.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.DIPLOMACY}


def test_strained_ties_are_hostile():
    got = stated("Peru's strained relationship with Chile complicates the talks.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}
    got = stated("Peru's close relationship with Chile helps the talks.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.DIPLOMACY}


def test_a_security_mission_helps_its_host():
    got = stated("Peruvian police began a security mission in Bolivia on Tuesday.", {**PE, **BO})
    assert _fams(got, "Peru", "Bolivia") == {Family.ALLIANCE}


def test_cooperation_is_an_alliance():
    got = stated("The military cooperation between Peru and Chile has grown since the war.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.ALLIANCE}


def test_aligning_with_a_bodys_sanctions_backs_the_body():
    got = stated("Peru will align itself with the sanctions adopted by the Andean Union.", {**PE, **UN})
    assert _fams(got, "Peru", "Andean Union") == {Family.ALLIANCE}


def test_calling_on_a_state_to_cease_is_hostile_but_calling_on_it_to_act_is_diplomacy():
    got = stated("The Andean Union has called on Chile to cease its support for the rebels.", {**CL, **UN})
    assert _fams(got, "Andean Union", "Chile") == {Family.HOSTILITY}
    got = stated("The Andean Union has called on Chile to ratify the treaty.", {**CL, **UN})
    assert _fams(got, "Andean Union", "Chile") == {Family.DIPLOMACY}


def test_conveying_concerns_is_hostile():
    spec = {**PE, "Chilean Embassy": (P, ["Chilean Embassy"])}
    got = stated("Peru has conveyed its deep concerns over the incident to the Chilean Embassy.", spec)
    assert _fams(got, "Peru", "Chilean Embassy") == {Family.HOSTILITY}


def test_refusing_to_recognise_a_state_is_hostile():
    got = stated("Chile refuses to recognise Peru's declaration of independence.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}
    got = stated("Chile recognised Peru's declaration of independence.", {**PE, **CL})
    assert Family.HOSTILITY not in _fams(got, "Peru", "Chile")


def test_economic_cooperation_is_no_alliance():
    got = stated("Peru's economic cooperation with Chile has grown since the war.", {**PE, **CL})
    assert Family.ALLIANCE not in _fams(got, "Peru", "Chile")
