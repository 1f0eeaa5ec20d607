"""Families read from what an act is aimed at: expelling diplomats, escorting ships (issue 11).
Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL
PE = {"Peru": (S, ["Peru", "Peruvian", "Lima"])}
CL = {"Chile": (S, ["Chile", "Chilean", "Chileans", "Santiago"])}


def _fams(got, a: str, b: str) -> set[Family]:
    return {f for x, y, f in got if {x, y} == {a, b}}


def test_expelling_a_states_unnamed_diplomats_is_diplomacy():
    got = stated("Peru has expelled four Chilean diplomats, the ministry said.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.DIPLOMACY}
    got = stated("Chile will expel the Peruvian ambassador on Monday.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.DIPLOMACY}


def test_expelling_a_named_person_or_ships_is_enforcement():
    spec = {**PE, "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Peru expelled Arno Vesk on Monday.", spec)
    assert _fams(got, "Peru", "Arno Vesk") == {Family.ENFORCEMENT}
    spec = {"Pacific Guard": (P, ["Pacific Guard"]), "Andes Fisheries": (P, ["Andes Fisheries"])}
    got = stated("The Pacific Guard expelled the Andes Fisheries vessels from the shoal.", spec)
    assert _fams(got, "Pacific Guard", "Andes Fisheries") == {Family.ENFORCEMENT}


def test_escorting_a_named_ship_is_an_alliance():
    spec = {"Condor Star": (V, ["Condor Star"]), "Almirante Tell": (V, ["Almirante Tell"])}
    got = stated("The destroyer Almirante Tell was escorting the Condor Star to a safe port.", spec)
    assert _fams(got, "Almirante Tell", "Condor Star") == {Family.ALLIANCE}
    spec = {"Condor Star": (V, ["Condor Star"]), "Peruvian Navy": (P, ["Peruvian Navy"])}
    got = stated("The Condor Star was escorted into the gulf by three Peruvian Navy frigates.", spec)
    assert _fams(got, "Peruvian Navy", "Condor Star") == {Family.ALLIANCE}
    # escorting a person stays what it was
    spec = {**PE, "Arno Vesk": (OFF, ["Arno Vesk"]), "Lia Moro": (OFF, ["Lia Moro"])}
    got = stated("Lia Moro escorted Arno Vesk through the palace.", spec)
    assert Family.ALLIANCE not in _fams(got, "Lia Moro", "Arno Vesk")


def test_expelling_a_states_staff_or_nationals_is_diplomacy_but_expelling_an_act_stays_hostile():
    got = stated("Peru says it is expelling three Chilean embassy staff.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.DIPLOMACY}
    got = stated("Peru is expelling two Chileans and Bolivia said it would follow.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.DIPLOMACY}
    spec = {**PE, **CL, "Arno Vesk": (OFF, ["Arno Vesk"])}
    got = stated("Prime Minister Arno Vesk vowed to expel by force any Chilean landing on the islets.", spec)
    assert Family.DIPLOMACY not in _fams(got, "Arno Vesk", "Chile")


def test_joint_exercises_with_a_state_are_an_alliance_not_a_report():
    spec = {**PE, **CL, "Bolivia": (S, ["Bolivia"]), "Peruvian Ministry of Defence": (P, ["Peruvian defence ministry"])}
    got = stated(
        "On Wednesday, the Peruvian defence ministry announced the start of joint naval exercises with Chile and "
        "Bolivia.",
        spec,
    )
    assert _fams(got, "Peruvian Ministry of Defence", "Chile") == {Family.ALLIANCE}
    assert _fams(got, "Peruvian Ministry of Defence", "Bolivia") == {Family.ALLIANCE}
    # exercises near or around a state are no alliance with it; they are held against it (drills.py, round S: the
    # gold of blind10 and blind9 has 'military drills around' and 'operations around' a state as HOSTILITY)
    got = stated("Peru held large military exercises around Chile on Monday.", {**PE, **CL})
    assert _fams(got, "Peru", "Chile") == {Family.HOSTILITY}


def test_a_leaders_title_before_of_and_the_state_is_leadership():
    spec = {**PE, **CL, "Peruvian Navy": (P, ["Peruvian Navy"]), "Chilean Navy": (P, ["Chilean Navy"])}
    spec |= {"Arno Vesk": (OFF, ["Arno Vesk"]), "Lia Moro": (OFF, ["Lia Moro"])}
    got = stated("The talks were held by President of Peru Arno Vesk.", spec)
    assert _fams(got, "Arno Vesk", "Peru") == {Family.LEADERSHIP}
    got = stated(
        "Officials attended: Commander-in-Chief of the Peruvian Navy Admiral Arno Vesk, Deputy Commander-in-Chief "
        "of the Chilean Navy Vice Admiral Lia Moro, and others.",
        spec,
    )
    assert _fams(got, "Arno Vesk", "Peruvian Navy") == {Family.LEADERSHIP}
    assert _fams(got, "Lia Moro", "Chilean Navy") == {Family.MEMBERSHIP}
    got = stated("Minister of Defence of Peru Lia Moro spoke.", spec)
    assert _fams(got, "Lia Moro", "Peru") == {Family.MEMBERSHIP}
