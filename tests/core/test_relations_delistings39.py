"""Round Z (x-cl39): taking a body off a list is a measure on it; 'the political arm of X' is X's; an instruction
('directed the department to review') is no leadership."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Red Front": (P, ["Red Front"]),
    "Blue Party": (P, ["Blue Party"]),
    "State Department": (P, ["State Department"]),
}


def test_revoking_or_rescinding_a_designation_is_a_measure_on_the_body():
    for text in (
        "Freedonia has revoked the designation of Red Front as a terrorist organisation.",
        "Freedonia announced Monday it will rescind the terrorist designation given to the group Red Front.",
        "Freedonia revoked the terrorist designation for Red Front.",
        "Freedonia lifted the terrorist designation of Red Front.",
    ):
        assert ("Freedonia", "Red Front", Family.ENFORCEMENT) in stated(text, SPEC), text


def test_removing_a_body_from_a_list_is_a_measure_on_it():
    got = stated("Freedonia and Sylvania have removed Red Front from their lists of terrorist groups.", SPEC)
    assert ("Freedonia", "Red Front", Family.ENFORCEMENT) in got
    assert ("Sylvania", "Red Front", Family.ENFORCEMENT) in got
    assert ("Freedonia", "Red Front", Family.ENFORCEMENT) in stated("Freedonia delisted Red Front.", SPEC)


def test_removing_a_person_from_office_is_no_delisting():
    assert ("Freedonia", "Lin Bao", Family.ENFORCEMENT) not in stated("Freedonia removed Lin Bao from office.", SPEC)


def test_the_political_arm_of_a_body_is_its_member():
    got = stated("The ban left out the Blue Party, the political arm of the Red Front.", SPEC)
    assert ("Blue Party", "Red Front", Family.MEMBERSHIP) in got


def test_directing_a_department_to_act_is_no_leadership():
    got = stated("Lin Bao directed the State Department last week to review the case.", SPEC)
    assert not {f for a, b, f in got if {a, b} == {"Lin Bao", "State Department"}} & {
        Family.LEADERSHIP,
        Family.MEMBERSHIP,
    }


GREET = {"Lin Bao": (OFF, ["Lin Bao"]), "Tom Ng": (OFF, ["Tom Ng"]), "Sylvania": (S, ["Sylvania", "Sylvanian"])}


def test_leaders_who_shake_hands_or_embrace_met():
    got = stated("Lin Bao and Sylvanian Prime Minister Tom Ng shake hands during the summit.", GREET)
    assert ("Lin Bao", "Tom Ng", Family.DIPLOMACY) in got
    assert ("Lin Bao", "Tom Ng", Family.DIPLOMACY) in stated("Lin Bao and Tom Ng embraced.", GREET)
    assert not stated("Lin Bao and Tom Ng embraced the plan.", GREET)


def test_two_titled_leaders_shaking_hands_met():
    spec = {**GREET, "Freedonia": (S, ["Freedonian"])}
    text = "Freedonian President Lin Bao and Sylvanian Prime Minister Tom Ng shake hands next to the minister."
    assert ("Lin Bao", "Tom Ng", Family.DIPLOMACY) in stated(text, spec)


def test_commanding_a_force_to_act_is_leadership_but_commanding_a_ministry_is_not():
    """Round AB (x-cl41): 'command' is an instruction only to a civilian body; a leader commanding a force leads it."""
    got = stated("Lin Bao commanded the Red Front to withdraw from the town.", SPEC)
    assert ("Lin Bao", "Red Front", Family.LEADERSHIP) in got
    got = stated("Lin Bao commanded the State Department to review the case.", SPEC)
    assert Family.LEADERSHIP not in {f for a, b, f in got if {a, b} == {"Lin Bao", "State Department"}}
