"""Vetoes run after the rules (core/extract/relations/vetoes.py, issue 11 round K): a title read across a
coordination or a list, and a war that is another's read as the supporter's. Entities placed by hand; invented
sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, OFF = Kind.STATE, Kind.OFFICIAL
PE = {"Peru": (S, ["Peru", "Peruvian"])}
CL = {"Chile": (S, ["Chile", "Chilean"])}
BO = {"Bolivia": (S, ["Bolivia", "Bolivian"])}
EC = {"Ecuador": (S, ["Ecuador", "Ecuadorian"])}
TWO = {"Ana Soto": (OFF, ["Ana Soto"]), "Luis Vera": (OFF, ["Luis Vera"])}


def test_a_title_across_a_coordination_is_the_nearer_persons():
    got = stated(
        "The sanctions were the first since Peruvian President Ana Soto and Chilean leader Luis Vera's summit.",
        {**PE, **CL, **TWO},
    )
    assert ("Ana Soto", "Peru", Family.LEADERSHIP) in got
    assert ("Luis Vera", "Chile", Family.LEADERSHIP) in got
    assert ("Ana Soto", "Chile", Family.LEADERSHIP) not in got
    assert ("Luis Vera", "Peru", Family.LEADERSHIP) not in got


def test_a_bare_title_in_a_list_does_not_take_the_state_of_the_name_before_it():
    got = stated(
        "Witnessing the signing were Chile's Defense Minister Ana Soto, President Luis Vera, and others.",
        {
            **PE,
            **CL,
            **TWO,
        },
    )
    assert ("Ana Soto", "Chile", Family.MEMBERSHIP) in got
    assert ("Luis Vera", "Chile", Family.LEADERSHIP) not in got


def test_a_plural_title_is_shared_by_the_coordination():
    got = stated("Peruvian activists Ana Soto and Luis Vera were detained on Monday.", {**PE, **TWO})
    assert ("Ana Soto", "Peru", Family.MEMBERSHIP) in got
    assert ("Luis Vera", "Peru", Family.MEMBERSHIP) in got


def test_a_war_that_is_anothers_ties_its_supporter_to_the_owner_not_the_victim():
    spec = {**PE, **CL, **BO, **EC}
    got = stated("Chile has accused Peru of providing drones to Bolivia for its war in Ecuador.", spec)
    assert ("Peru", "Bolivia", Family.TRADE) in got
    assert ("Peru", "Ecuador", Family.HOSTILITY) not in got
    got = stated("Peru fully supports Bolivia's war in Ecuador, Chile said.", spec)
    assert ("Peru", "Ecuador", Family.HOSTILITY) not in got
    got = stated("The move punishes Peru's actions supporting Bolivian aggression against Ecuador.", spec)
    assert ("Bolivia", "Ecuador", Family.HOSTILITY) in got
    assert ("Peru", "Ecuador", Family.HOSTILITY) not in got
    # a war the doer wages stays its own
    got = stated("Peru launched a war against Ecuador in 2019.", {**PE, **EC})
    assert ("Peru", "Ecuador", Family.HOSTILITY) in got


def test_a_title_in_a_list_of_appositions_is_the_name_after_it():
    spec = {
        **PE,
        "Supreme Court": (Kind.PARTY, ["Supreme Court"]),
        "Electoral Council": (Kind.PARTY, ["Electoral Council"]),
        **TWO,
    }
    got = stated(
        "Among those sanctioned are the president of the Supreme Court, Ana Soto, the general secretary of the "
        "Electoral Council, Luis Vera, and others.",
        spec,
    )
    assert ("Ana Soto", "Supreme Court", Family.LEADERSHIP) in got
    assert ("Luis Vera", "Electoral Council", Family.MEMBERSHIP) in got
    assert not any(a == "Ana Soto" and b == "Electoral Council" for a, b, _ in got)
    assert not any(a == "Luis Vera" and b == "Supreme Court" for a, b, _ in got)


def test_a_demonym_over_a_coordination_with_a_bare_title_is_shared():
    got = stated("Peruvian Defense Minister Ana Soto and Foreign Minister Luis Vera met the envoy.", {**PE, **TWO})
    assert ("Ana Soto", "Peru", Family.MEMBERSHIP) in got
    assert ("Luis Vera", "Peru", Family.MEMBERSHIP) in got


def test_a_rescue_of_a_states_craft_or_nationals_is_no_tie_to_that_state():
    navy = {"Peruvian Navy": (Kind.PARTY, ["Peruvian Navy"])}
    got = stated(
        "The Peruvian Navy responded to a pirate attack and rescued a Chilean fishing vessel and its crew of"
        " 12 Bolivian nationals in a long operation.",
        {**PE, **CL, **BO, **navy},
    )
    assert not any({a, b} & {"Chile", "Bolivia"} and f is Family.ALLIANCE for a, b, f in got), got


def test_a_rescue_of_a_named_ship_by_a_states_craft_stays():
    ship = {"Sea Lark": (Kind.VESSEL, ["Sea Lark"])}
    got = stated("The crew of the Sea Lark were rescued by a Peruvian ship on Monday.", {**PE, **ship})
    assert ("Peru", "Sea Lark", Family.ALLIANCE) in got, got
