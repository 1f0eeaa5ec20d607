"""Noun-phrase and apposition classes of blind12's misses (issue 11, x-rel18): a country's adjective before the
common nouns describing a named body or ship, a participle on an apposed noun, a diplomatic post 'in' a country,
an assault 'by' one side 'on' another. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import CL, PE, _fams
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL


def test_demonym_before_describing_nouns_is_the_home_of_a_body_or_ship():
    spec = {**PE, "Andina Foods": (P, ["Andina Foods"]), "Huascar II": (V, ["Huascar II"])}
    got = stated("Chile bought a stake in Peruvian noodle maker Andina Foods last year.", {**spec, **CL})
    assert _fams(got, "Andina Foods", "Peru") == {Family.MEMBERSHIP}
    got = stated("Only one Peruvian patrol gunboat Huascar II was nearby.", spec)
    assert _fams(got, "Huascar II", "Peru") == {Family.MEMBERSHIP}
    got = stated("Peru sued noodle maker Andina Foods.", spec)  # a subject is no adjective of the name
    assert Family.MEMBERSHIP not in _fams(got, "Andina Foods", "Peru")


def test_participle_on_an_apposed_noun_acts_on_the_name():
    spec = {**PE, **CL, "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Chile thanked Peru, a country governed by Arno Vesk, for the help.", spec)
    assert Family.LEADERSHIP in _fams(got, "Arno Vesk", "Peru")


def test_a_countrys_diplomatic_post_in_another_country_is_diplomacy():
    got = stated("There was no comment from the Peruvian diplomatic mission in Chile.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.DIPLOMACY}
    got = stated("Chile took custody of the Peruvian embassy in Bolivia.", {**PE, **CL, "Bolivia": (S, ["Bolivia"])})
    assert Family.DIPLOMACY in _fams(got, "Peru", "Bolivia")


def test_an_assault_by_one_side_on_another_is_hostile():
    got = stated("The siege followed a devastating assault by Peru on Chile in October.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}
