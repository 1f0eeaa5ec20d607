"""States or bodies named side by side in a sentence about their joint act (issue 11, blind set 8 class).
Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import run, stated

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


UR = {"Uruguay": (S, ["Uruguay"])}
OFF = Kind.OFFICIAL


def test_names_listed_as_doers_of_a_condemnation_are_partners():
    got = stated(
        "Peru, Chile and Bolivia have condemned a missile test carried out by Uruguay.", {**PE, **CL, **BO, **UR}
    )
    assert ("Peru", "Chile", Family.ALLIANCE) in got
    assert ("Chile", "Bolivia", Family.ALLIANCE) in got
    assert frozenset(("Peru", "Uruguay")) not in {frozenset((a, b)) for a, b, f in got if f is Family.ALLIANCE}


def test_names_voting_together_and_drafters_by_agent_are_partners():
    got = stated("Peru and Bolivia voted against the resolution.", {**PE, **BO})
    assert ("Peru", "Bolivia", Family.ALLIANCE) in got
    got = stated("The text was put forward by Peru, Chile and Bolivia on Monday.", {**PE, **CL, **BO})
    assert ("Peru", "Bolivia", Family.ALLIANCE) in got
    got = stated("The motion, which was drafted by Peru and Chile, passed.", {**PE, **CL})
    assert ("Peru", "Chile", Family.ALLIANCE) in got


def test_officials_listed_as_doers_of_a_condemnation_are_partners():
    spec = {"Ana Lima": (OFF, ["Ana Lima"]), "Juan Soto": (OFF, ["Juan Soto"])}
    got = stated("Peruvian Foreign Minister Ana Lima and Chilean Defence Minister Juan Soto condemned the raid.", spec)
    assert ("Ana Lima", "Juan Soto", Family.ALLIANCE) in got


def test_names_that_suffer_the_condemnation_are_no_partners():
    got = stated("Peru and Chile were condemned for the raid.", {**PE, **CL})
    assert not any(f is Family.ALLIANCE for *_, f in got)
    got = stated("Uruguay condemned Peru and Chile on Monday.", {**PE, **CL, **UR})
    assert frozenset(("Peru", "Chile")) not in {frozenset((a, b)) for a, b, f in got if f is Family.ALLIANCE}


def test_names_along_with_the_subject_act_beside_it():
    got = stated("Peru, along with Chile, sanctioned three firms on Monday.", {**PE, **CL})
    assert ("Peru", "Chile", Family.ALLIANCE) in got
    got = stated("Uruguay sanctioned Peru, along with Chile, on Monday.", {**PE, **CL, **UR})
    assert frozenset(("Peru", "Chile")) not in {frozenset((a, b)) for a, b, f in got if f is Family.ALLIANCE}


def test_titled_officials_listed_before_a_joint_act_are_partners():
    spec = {"Ana Lima": (OFF, ["Ana Lima"]), "Juan Soto": (OFF, ["Juan Soto"]), **PE, **CL}
    got = stated("Peruvian President Ana Lima and Chilean Prime Minister Juan Soto issued a joint statement.", spec)
    assert frozenset(("Ana Lima", "Juan Soto")) in _pairs(got)
    got = stated(
        "Peruvian President Ana Lima and Chilean President Juan Soto showcased a united front on Monday.", spec
    )
    assert frozenset(("Ana Lima", "Juan Soto")) in _pairs(got)


def test_the_united_states_is_no_united_front():
    spec = {"United States": (S, ["United States"]), **PE, **CL}
    got = stated("Peru and Chile reported heavy rain, the United States said.", spec)
    assert not any(f is Family.ALLIANCE for *_, f in got)


def test_a_speaker_after_a_comma_ends_the_list_of_partners():
    spec = {"Andean Council": (Kind.PARTY, ["Andean Council"]), **PE, **CL}
    got = stated(
        "They agreed to coordinate responses to the ties between Peru and Chile, the Andean Council said.", spec
    )
    assert frozenset(("Peru", "Andean Council")) not in {frozenset((a, b)) for a, b, f in got if f is Family.ALLIANCE}
    assert ("Andean Council", "Peru", Family.REPORTING) in got


def test_names_set_off_by_a_comma_alone_are_no_list_of_doers():
    _, rels = run("The text was drafted by Peru, the Chilean ally of Bolivia.", {**PE, **CL, **BO})
    assert not any("alongside" in r.type or "co-drafted" in r.type for r in rels)
    _, rels = run("The text was drafted by Peru, Chile and Bolivia.", {**PE, **CL, **BO})
    assert any("alongside" in r.type or "co-drafted" in r.type for r in rels)  # (either rule's label)


def test_talks_mediated_by_a_state_are_diplomacy_not_a_deal():
    got = stated(
        "After talks mediated by Uruguay, Peru and Chile said they would work to resolve the issue.", {**UR, **PE, **CL}
    )
    assert ("Uruguay", "Peru", Family.DIPLOMACY) in got or ("Peru", "Uruguay", Family.DIPLOMACY) in got
    assert not any(f is Family.AGREEMENT for *_, f in got)


def test_a_deal_brokered_by_two_states_keeps_agreement():
    got = stated("The truce, brokered by Uruguay and Chile, was announced on Wednesday.", {**UR, **CL})
    assert any(f is Family.AGREEMENT for *_, f in got)
