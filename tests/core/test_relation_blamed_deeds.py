"""A speaker naming the target as the doer behind a killing accuses it (issue 11, x-rep57). Entities placed by hand;
invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import _fams
from tests.core.test_relations import stated

S, OFF = Kind.STATE, Kind.OFFICIAL
SPEC = {
    "Arno Vesk": (OFF, ["Arno Vesk", "Vesk"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
}
LIN = {"Lin Bao": (OFF, ["Lin Bao"])}


def test_saying_a_state_was_behind_killings_accuses_it():
    got = stated("Arno Vesk said Sylvania was behind the killings of two journalists.", SPEC)
    assert _fams(got, "Arno Vesk", "Sylvania") == {Family.HOSTILITY}


def test_a_killing_contracted_by_a_states_offices_accuses_it():
    text = '"The death of the dissident was contracted by government offices of Sylvania," Arno Vesk said.'
    assert _fams(stated(text, SPEC), "Arno Vesk", "Sylvania") == {Family.HOSTILITY}
    text = "Arno Vesk said the killing of the dissident was ordered by Sylvania."
    assert _fams(stated(text, SPEC), "Arno Vesk", "Sylvania") == {Family.HOSTILITY}


def test_being_behind_a_trade_deal_stays_a_report():
    got = stated("Arno Vesk said Sylvania was behind the new trade agreement.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")


def test_an_unnamed_boat_fired_upon_stays_a_report():
    got = stated("Arno Vesk said a fishing boat was fired upon by a Sylvanian patrol ship.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")
    got = stated("Arno Vesk said Lin Bao had been kidnapped by Sylvania.", {**SPEC, **LIN})
    assert _fams(got, "Arno Vesk", "Sylvania") == {Family.HOSTILITY}


def test_a_hedged_or_denied_blame_accuses_no_one():
    got = stated("Arno Vesk said Sylvania may have been behind the killings of two journalists.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")
    got = stated("Arno Vesk denied that Sylvania was behind the killings of two journalists.", SPEC)
    assert Family.HOSTILITY not in _fams(got, "Arno Vesk", "Sylvania")
