"""A speaker claiming or alleging the target did something faults it (issue 11, round BC, x-fam71). Entities placed
by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import _fams
from tests.core.test_relations import stated

S, OFF = Kind.STATE, Kind.OFFICIAL
SPEC = {
    "Arno Vesk": (OFF, ["Arno Vesk", "Vesk"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao", "Lin"]),
    "Ostland": (S, ["Ostland", "Ostlandic"]),
}


def test_claiming_a_state_did_something_faults_it():
    got = stated("Arno Vesk claimed that Sylvania was shelling the villages near the disputed island.", SPEC)
    assert _fams(got, "Arno Vesk", "Sylvania") == {Family.HOSTILITY}
    got = stated("Arno Vesk claimed that Sylvania was laying claim to the disputed island.", SPEC)
    assert _fams(got, "Arno Vesk", "Sylvania") == {Family.HOSTILITY}


def test_claiming_a_states_forces_did_something_faults_the_state():
    got = stated("Arno Vesk claimed that Sylvanian forces had carried out sabotage near the border.", SPEC)
    assert _fams(got, "Arno Vesk", "Sylvania") == {Family.HOSTILITY}


def test_claiming_a_person_took_part_faults_him():
    got = stated("Arno Vesk alleged Lin Bao had participated in a series of secret meetings.", SPEC)
    assert _fams(got, "Arno Vesk", "Lin Bao") == {Family.HOSTILITY}


def test_saying_is_no_claim():
    got = stated("Arno Vesk said that Sylvania was building a new road to the disputed island.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")


def test_a_claimed_partnership_a_denial_or_a_suffered_act_faults_no_one():
    got = stated("Arno Vesk claimed that Sylvania has been cooperating with Ostland on the canal.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")
    got = stated("Arno Vesk claimed that Sylvania had not sent any troops to the island.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")
    got = stated("Arno Vesk claimed that two Sylvanian jets had been shot down.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")


def test_a_claim_about_a_ship_stays_a_report():
    spec = {**SPEC, "Morna Bay": (Kind.VESSEL, ["Morna Bay"])}
    got = stated("Arno Vesk claimed the Morna Bay was in fact bound for Sylvania with a cargo of rifles.", spec)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Morna Bay")


def test_a_claim_not_made_faults_no_one():
    got = stated("Arno Vesk did not claim that Sylvania was laying claim to the disputed island.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")


def test_claiming_a_neutral_or_good_deed_faults_no_one():
    # a claim is a fault only when the deed is one (review BC, item 2): winning support or a withdrawal is news
    got = stated("Arno Vesk claimed that Sylvania had won the support of most members.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")
    got = stated("Arno Vesk claimed that Sylvania had withdrawn its troops from the border.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")
