"""Round Y (x-cl38): a state holding a bloc's chair by apposition, an act's noun keeping its own possessor and
object, 'led the <act> of Y' as the act, 'was involved in the <act> of Y', a
ruling that a ship must be released, turning to a state, 'X, a Sylvanian hedge fund'."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Acme League": (P, ["Acme League"]),
    "Acme Navy": (P, ["Acme Navy"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Sea Star": (V, ["Sea Star"]),
}


def test_a_state_apposed_to_a_blocs_chair_chairs_the_bloc():
    got = stated("Freedonia, the Acme League's current chair, called for calm.", SPEC)
    assert ("Freedonia", "Acme League", Family.LEADERSHIP) in got, got
    got = stated("Freedonia, the current chair of the Acme League, hosted the summit.", SPEC)
    assert ("Freedonia", "Acme League", Family.LEADERSHIP) in got, got
    got = stated("Lin Bao, the Acme League's current chair, called for calm.", SPEC)  # the person version still works
    assert ("Lin Bao", "Acme League", Family.LEADERSHIP) in got, got


def test_a_state_named_with_a_leaders_title_does_not_lead_the_state():
    got = stated("Freedonia's president visited Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.LEADERSHIP) not in got, got


def test_an_acts_noun_ties_its_own_possessor_and_object_not_a_third_party():
    got = stated("Freedonia's seizure of the Sea Star angered Sylvania.", SPEC)
    assert ("Freedonia", "Sea Star", Family.ENFORCEMENT) in got, got
    assert ("Freedonia", "Sylvania", Family.ENFORCEMENT) not in got, got


def test_leading_an_act_on_a_state_is_the_act_not_leadership():
    got = stated("The Acme Navy led the liberation of Sylvania.", SPEC)
    assert ("Acme Navy", "Sylvania", Family.LEADERSHIP) not in got, got
    assert ("Acme Navy", "Sylvania", Family.ALLIANCE) in got, got
    got = stated("The Acme Navy led the blockade of Sylvania.", SPEC)
    assert ("Acme Navy", "Sylvania", Family.HOSTILITY) in got, got
    got = stated("Lin Bao led the government of Sylvania.", SPEC)
    assert ("Lin Bao", "Sylvania", Family.LEADERSHIP) in got, got


def test_involved_in_an_act_on_a_ship_does_the_act():
    got = stated("Freedonia was involved in the seizure of the Sea Star.", SPEC)
    assert ("Freedonia", "Sea Star", Family.ENFORCEMENT) in got, got
    got = stated("The Acme Navy was involved in the liberation of the Sea Star.", SPEC)
    assert ("Acme Navy", "Sea Star", Family.ALLIANCE) in got, got


def test_a_ruling_that_a_ship_must_be_released_acts_on_the_ship():
    text = "Freedonia detained the Sea Star in May. The Acme League ruled that the vessel must be released."
    got = stated(text, SPEC)
    assert ("Acme League", "Sea Star", Family.ENFORCEMENT) in got, got
    got = stated("The Acme League ruled that Freedonia must release the Sea Star.", SPEC)
    assert ("Acme League", "Sea Star", Family.ENFORCEMENT) in got, got
    got = stated("The Acme League ruled that the Sea Star was a warship.", SPEC)  # no order: no tie
    assert ("Acme League", "Sea Star", Family.ENFORCEMENT) not in got, got


def test_a_state_turning_to_another_sides_with_it():
    got = stated("Freedonia cut its ties with Sylvania and turned to Ruritania for military assistance.", SPEC)
    assert ("Freedonia", "Ruritania", Family.ALLIANCE) in got, got


def test_a_fund_named_with_a_demonym_is_of_that_state():
    got = stated("The case was brought by the Acme League, a Sylvanian hedge fund.", SPEC)
    assert ("Acme League", "Sylvania", Family.MEMBERSHIP) in got, got
