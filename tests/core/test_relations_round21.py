"""Relation classes of blind14's misses and false pairs (issue 11, x-rel21): a passive 'subjected to sanctions by X',
and 'pro-'/'anti-' stances glued to a name. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relation_family_cues import CL, PE, _fams
from tests.core.test_relations import stated

S, P, V = Kind.STATE, Kind.PARTY, Kind.VESSEL
SHIPS = {"Orca Star": (V, ["Orca Star"]), "Sea Lark": (V, ["Sea Lark"])}
VESK = {"Vesk Party": (P, ["Vesk Party", "Vesk party"])}


def test_a_passive_subject_undergoes_the_noun_of_its_agent():
    text = "Both the Orca Star and the Sea Lark had been subjected to sanctions by Peru and Chile."
    got = stated(text, {**PE, **CL, **SHIPS})
    for state in ("Peru", "Chile"):
        for ship in SHIPS:
            assert (state, ship, Family.ENFORCEMENT) in got
            assert _fams(got, state, ship) == {Family.ENFORCEMENT}


def test_a_stance_glued_to_a_name_is_a_side_not_an_owner():
    got = stated("Peru banned the country's pro-Chile Vesk party.", {**PE, **CL, **VESK})
    assert ("Vesk Party", "Chile", Family.ALLIANCE) in got
    got = stated("The anti-Chile Vesk Party held a rally.", {**CL, **VESK})
    assert ("Vesk Party", "Chile", Family.HOSTILITY) in got


def test_each_other_ties_both_ways():
    got = stated(
        "Tensions spiked, with Lima and Santiago accusing each other of territorial violations.",
        {"Peru": (S, ["Peru", "Lima"]), "Chile": (S, ["Chile", "Santiago"])},
    )
    assert ("Peru", "Chile", Family.HOSTILITY) in got
    assert ("Chile", "Peru", Family.HOSTILITY) in got


def test_a_ship_carrying_plain_cargo_names_ports_not_trade_partners():
    orca = {**PE, **CL, "Orca Star": (V, ["Orca Star"])}
    got = stated("The Liberian bulk carrier was transporting cargo from Peru to Chile.", {**PE, **CL})
    assert not _fams(got, "Peru", "Chile")
    got = stated("The Orca Star was transporting coal from Peru to Chile at the time.", orca)
    assert not _fams(got, "Orca Star", "Peru") and not _fams(got, "Orca Star", "Chile")
    # arms are a trade tie
    got = stated("The Orca Star was carrying arms from Peru to Chile.", orca)
    assert ("Orca Star", "Chile", Family.TRADE) in got


def test_a_ship_noun_names_the_owner_of_the_ship_apposed_or_named_after_it():
    navy = {"Peruvian Navy": (P, ["Peruvian Navy"]), "Orca Star": (V, ["Orca Star"])}
    got = stated("The ship was found on Thursday by the Peruvian Navy vessel, Orca Star.", navy)
    assert ("Orca Star", "Peruvian Navy", Family.MEMBERSHIP) in got
    got = stated("The Peruvian Navy vessel Orca Star arrived in port.", navy)
    assert ("Orca Star", "Peruvian Navy", Family.MEMBERSHIP) in got


def test_an_of_after_a_kin_word_is_no_post_of_a_person():
    spec = {"Bo Lind": (Kind.OFFICIAL, ["Bo Lind"]), "Ana Ruiz": (Kind.OFFICIAL, ["Ana Ruiz"])}
    got = stated("The measures apply to 21 people, including Ana Ruiz, the vice president and wife of Bo Lind.", spec)
    assert Family.MEMBERSHIP not in _fams(got, "Ana Ruiz", "Bo Lind")


def test_joint_drafters_and_a_legal_verdict_by_a_court():
    got = stated(
        "The council passed a resolution proposed by Peru and Chile that sanctioned Arno Vesk.",
        {**PE, **CL, "Arno Vesk": (Kind.OFFICIAL, ["Arno Vesk"])},
    )
    assert _fams(got, "Peru", "Chile") == {Family.ALLIANCE}
    court = {"Constitutional Court": (P, ["Constitutional Court"]), **VESK}
    got = stated("The Vesk Party was declared unconstitutional by the Constitutional Court.", court)
    assert ("Constitutional Court", "Vesk Party", Family.ENFORCEMENT) in got
    # a spokesman declaring something is no verdict on it
    got = stated("The Vesk Party was declared the winner by the Constitutional Court.", court)
    assert Family.ENFORCEMENT not in _fams(got, "Constitutional Court", "Vesk Party")


def test_a_fellow_of_a_think_tank_is_its_member():
    spec = {**VESK, "Lima Council": (P, ["Lima Council"])}
    got = stated(
        "Bo Lind, a senior fellow with the Lima Council, described the fleet as a challenge.",
        {**spec, "Bo Lind": (Kind.OFFICIAL, ["Bo Lind"])},
    )
    assert ("Bo Lind", "Lima Council", Family.MEMBERSHIP) in got


def test_only_the_first_name_apposed_to_a_ship_noun_is_that_ship():
    spec = {"Peruvian Navy": (P, ["Peruvian Navy"]), "Orca Star": (V, ["Orca Star"]), "Sea Lark": (V, ["Sea Lark"])}
    got = stated(
        "A Peruvian Navy ship, the Orca Star, and one from the fisheries bureau, the Sea Lark, were there.", spec
    )
    assert ("Orca Star", "Peruvian Navy", Family.MEMBERSHIP) in got
    assert not _fams(got, "Sea Lark", "Peruvian Navy")


def test_a_demonym_on_a_coordinated_portfolio_names_the_ministers_state():
    got = stated(
        "Peruvian Transport and Infrastructure Minister Bo Lind gave an account.",
        {**PE, "Bo Lind": (Kind.OFFICIAL, ["Bo Lind"])},
    )
    assert ("Bo Lind", "Peru", Family.MEMBERSHIP) in got
