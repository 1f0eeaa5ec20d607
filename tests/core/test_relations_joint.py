"""Escorts of a ship, shared drills and a wealthy person's nationality (issue 11, gold7 conventions).
Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL
PE = {"Peru": (S, ["Peru", "Peruvian", "Lima"])}
CL = {"Chile": (S, ["Chile", "Chilean", "Santiago"])}
LARK = {"Sea Lark": (V, ["Sea Lark"])}


def test_an_escort_of_a_named_ship_is_protection():
    got = stated(
        "The destroyer Orin Vale was escorting the Sea Lark to a safe port.", {**LARK, "Orin Vale": (V, ["Orin Vale"])}
    )
    assert ("Orin Vale", "Sea Lark", Family.ALLIANCE) in got
    got = stated(
        "The Peruvian Navy escorted the Sea Lark through the strait.", {**LARK, "Peruvian Navy": (P, ["Peruvian Navy"])}
    )
    assert ("Peruvian Navy", "Sea Lark", Family.ALLIANCE) in got


def test_an_escort_of_a_held_ship_is_no_protection():
    got = stated("Peru escorted the seized Sea Lark to port.", {**PE, **LARK})
    assert ("Peru", "Sea Lark", Family.ALLIANCE) not in got
    # a person escorted is still a guest
    got = stated("Chile escorted Arno Vesk to the palace.", {**CL, "Arno Vesk": (OFF, ["Arno Vesk"])})
    assert ("Chile", "Arno Vesk", Family.ALLIANCE) not in got


def test_drills_with_a_partner_are_an_alliance_but_not_drills_against_a_state():
    got = stated("Peru will hold joint naval drills with Chile next month.", {**PE, **CL})
    assert ("Peru", "Chile", Family.ALLIANCE) in got
    got = stated("Peru began military exercises with Chile off the coast.", {**PE, **CL})
    assert ("Peru", "Chile", Family.ALLIANCE) in got
    china = {"China": (S, ["China", "Chinese"])}
    got = stated("China held military drills against Chile near the coast.", {**CL, **china})
    assert not any({a, b} == {"China", "Chile"} and f is Family.ALLIANCE for a, b, f in got)
    got = stated("Chinese drills near Chile alarmed the region.", {**CL, **china})
    assert not any(f is Family.ALLIANCE for *_, f in got)


def test_a_named_billionaire_belongs_to_the_state_of_his_nationality():
    spec = {"Israel": (S, ["Israel", "Israeli"]), "Arlo Pent": (OFF, ["Arlo Pent"])}
    got = stated("The ship is managed by Kesto Maritime, part of Israeli billionaire Arlo Pent's Kesto Group.", spec)
    assert ("Arlo Pent", "Israel", Family.MEMBERSHIP) in got
    got = stated("The club was bought by Israeli magnate Arlo Pent.", spec)
    assert ("Arlo Pent", "Israel", Family.MEMBERSHIP) in got


def test_a_firm_named_after_a_billionaire_takes_no_nationality_from_him():
    spec = {"Israel": (S, ["Israel", "Israeli"]), "Arlo Pent's Kesto Group": (P, ["Arlo Pent's Kesto Group"])}
    got = stated("The ship is managed by Kesto Maritime, part of Israeli billionaire Arlo Pent's Kesto Group.", spec)
    assert ("Arlo Pent's Kesto Group", "Israel", Family.MEMBERSHIP) not in got


def test_a_weapon_as_subject_acts_for_its_owner():
    council = {"Andes Council": (P, ["Andes Council"])}
    got = stated("A Peruvian airstrike killed a senior commander of the Andes Council.", {**PE, **council})
    assert ("Peru", "Andes Council", Family.HOSTILITY) in got
    # a strike aimed at a state is no act of that state
    got = stated("The attack on Chile alarmed Peru.", {**PE, **CL})
    assert not any(a == "Chile" and f is Family.HOSTILITY for a, _, f in got)


def test_a_plural_apposition_describes_the_whole_list():
    firms = {"Kesto Trade": (P, ["Kesto Trade"]), "Mara Oil": (P, ["Mara Oil"])}
    got = stated("She controls Kesto Trade and Mara Oil, two Peruvian companies.", {**PE, **firms})
    assert {("Kesto Trade", "Peru", Family.MEMBERSHIP), ("Mara Oil", "Peru", Family.MEMBERSHIP)} <= got
    # a singular one describes its own name only
    got = stated("She controls Kesto Trade and Mara Oil, a Peruvian company.", {**PE, **firms})
    assert ("Kesto Trade", "Peru", Family.MEMBERSHIP) not in got or ("Mara Oil", "Peru", Family.MEMBERSHIP) not in got


def test_states_listed_as_a_blocs_members_belong_to_it():
    spec = {**PE, **CL, "Bolivia": (S, ["Bolivia"]), "Andes League": (P, ["Andes League"])}
    want = {(x, "Andes League", Family.MEMBERSHIP) for x in ("Peru", "Chile", "Bolivia")}
    assert want <= stated("The Andes League's other members are Peru, Chile and Bolivia.", spec)
    assert want <= stated("Members of the Andes League include Peru, Chile and Bolivia.", spec)
    assert ("Peru", "Andes League", Family.MEMBERSHIP) in stated("Peru, a member of the Andes League, objected.", spec)
    # other positions are still never a state's (a bloc's rotating chair is: 'Brunei, ASEAN's chair', round Y)
    got = stated("Peru, the director of the Andes League, objected.", spec)
    assert ("Peru", "Andes League", Family.LEADERSHIP) not in got
    # a state's chair is only a bloc's plain (current or rotating) chair, never a former or de facto one (round AA)
    got = stated("Peru, the former chair of the Andes League, objected.", spec)
    assert ("Peru", "Andes League", Family.LEADERSHIP) not in got


def test_a_repeated_verb_with_a_bare_number_acts_on_the_first_objects_owner():
    spec = {**PE, "Bolivia": (S, ["Bolivia"]), "Russia": (S, ["Russia", "Russian"])}
    got = stated("Peru has expelled four Russian diplomats, while Bolivia says it is also expelling four.", spec)
    fams = {f for a, b, f in got if (a, b) == ("Peru", "Russia")}
    assert fams and fams == {f for a, b, f in got if (a, b) == ("Bolivia", "Russia")}
    # another verb is another act
    got = stated("Peru expelled two Russian diplomats and Bolivia welcomed three.", spec)
    assert not any(a == "Bolivia" and b == "Russia" for a, b, _ in got)
