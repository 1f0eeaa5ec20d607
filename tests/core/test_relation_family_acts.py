"""Families of acts read from their words (issue 11, x-fam15): demands to stop, rescues, watching a state's ship,
handing over protests, undoing deals, seizing land, carrying out another body's measures.
Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import CL, PE, _fams
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL


def test_urging_a_state_to_stop_is_a_hostile_demand():
    got = stated("Peru urged Chile to stop sending fishing fleets into its waters.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}
    got = stated("Peru urged Chile to join the regional talks.", {**PE, **CL})
    assert Family.HOSTILITY not in _fams(got, "Peru", "Chile")


def test_a_boarding_that_rescues_the_crew_helps_the_ship():
    spec = {"Condor Star": (V, ["Condor Star"]), "Peruvian Navy": (P, ["Peruvian Navy"])}
    got = stated(
        "Peruvian Navy commandos intercepted the Condor Star, boarded it and rescued the crew on Monday.", spec
    )
    assert _fams(got, "Peruvian Navy", "Condor Star") == {Family.ALLIANCE}
    got = stated("Peruvian Navy commandos boarded the Condor Star and arrested the crew.", spec)
    assert _fams(got, "Peruvian Navy", "Condor Star") == {Family.ENFORCEMENT}


def test_warships_tracking_another_states_vessel_are_hostile_to_that_state():
    got = stated("Peruvian warships were tracking a Chilean vessel near the islets.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}


def test_conveying_protests_is_hostile():
    spec = {**PE, **CL, "Chilean Foreign Ministry": (P, ["Chilean Foreign Ministry"])}
    got = stated("Peru also conveyed its protests in a letter to the Chilean Foreign Ministry.", spec)
    assert Family.HOSTILITY in _fams(got, "Peru", "Chilean Foreign Ministry")
    got = stated("Peru conveyed a protest over the attack to the Chilean ambassador in Lima.", {**PE, **CL})
    assert ("Peru", "Chile", Family.HOSTILITY) in got  # the envoy's posting stays Chile → Peru DIPLOMACY


def test_cutting_contact_is_diplomacy():
    spec = {**PE, "Arno Vesk": (OFF, ["Arno Vesk"]), "Lia Moro": (OFF, ["Lia Moro"])}
    got = stated("Arno Vesk said he was breaking off contact with Lia Moro.", spec)
    assert _fams(got, "Arno Vesk", "Lia Moro") == {Family.DIPLOMACY}


def test_withdrawing_from_or_not_renewing_a_deal_is_hostile():
    spec = {**CL, "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Arno Vesk withdrew from Chile's 2015 fisheries deal.", spec)
    assert _fams(got, "Arno Vesk", "Chile") == {Family.HOSTILITY}
    got = stated("Peru decided not to renew the fisheries agreement with Chile.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}


def test_capturing_a_states_cities_is_an_attack():
    spec = {**CL, "Andes Front": (P, ["Andes Front"])}
    got = stated("The Andes Front has captured three cities in northern Chile.", spec)
    assert _fams(got, "Andes Front", "Chile") == {Family.HOSTILITY}


def test_enforcing_a_bodys_sanctions_backs_the_body():
    spec = {**PE, "Andean Union": (P, ["Andean Union"])}
    got = stated("Peruvian customs officers are enforcing the Andean Union's sanctions.", spec)
    assert _fams(got, "Peru", "Andean Union") == {Family.ALLIANCE}
    spec = {"Operation Sentinel": (P, ["Operation Sentinel"]), "United Nations": (P, ["UN", "United Nations"])}
    got = stated("Operation Sentinel contributes to the UN arms embargo on the region.", spec)
    assert _fams(got, "Operation Sentinel", "United Nations") == {Family.ALLIANCE}
