"""States or bodies named side by side in a sentence about their joint act (issue 11, blind set 8 class).
Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S = Kind.STATE
PE = {"Peru": (S, ["Peru", "Peruvian"])}
CL = {"Chile": (S, ["Chile", "Chilean"])}
BO = {"Bolivia": (S, ["Bolivia", "Bolivian"])}


def _pairs(got):
    return {frozenset((a, b)) for a, b, _ in got}


def test_names_joined_by_and_in_a_joint_statement_are_partners():
    got = stated("Peru, Chile and Bolivia said in a joint statement that the talks had failed.", {**PE, **CL, **BO})
    assert frozenset(("Peru", "Chile")) in _pairs(got)
    assert frozenset(("Chile", "Bolivia")) in _pairs(got)


def test_no_joint_act_no_tie_from_the_joining_alone():
    got = stated("Peru, Chile and Bolivia reported heavy rain on Monday.", {**PE, **CL, **BO})
    assert not any(f is Family.ALLIANCE for *_, f in got)


def test_a_joint_statement_on_an_agreement_makes_partners_to_it():
    got = stated("Peru and Chile reached an agreement on fishing, according to a joint statement.", {**PE, **CL})
    assert ("Peru", "Chile", Family.AGREEMENT) in got
