"""An act taking back what a side was granted, the side named as its object, is ENFORCEMENT doer -> side (round BH,
x-verb97: 'suspend', 'revoke', 'strip' measured verb by verb over blind30..71)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Radio Lakeside": (P, ["Radio Lakeside"]),
    "Skyline Airways": (P, ["Skyline Airways"]),
    "Condor Air": (P, ["Condor Air"]),
    "Civil Aviation Board": (P, ["Civil Aviation Board"]),
    "Rowing Federation": (P, ["Rowing Federation"]),
    "Anton Reles": (OFF, ["Anton Reles"]),
}


def test_a_junta_suspending_an_outlet_acts_on_it():
    got = stated("Ruritania's ruling junta suspended the broadcasts of Radio Lakeside on Tuesday.", _SPEC)
    assert ("Ruritania", "Radio Lakeside", Family.ENFORCEMENT) in got, got
    got = stated("Ruritania has temporarily suspended the programmes of Radio Lakeside.", _SPEC)
    assert ("Ruritania", "Radio Lakeside", Family.ENFORCEMENT) in got, got
    got = stated("Ruritania's ruling junta has suspended Radio Lakeside.", _SPEC)
    assert ("Ruritania", "Radio Lakeside", Family.ENFORCEMENT) in got, got


def test_a_state_whose_authority_revokes_licences_acts_on_each_holder():
    text = "Ruritania's Civil Aviation Board revoked the operating licences of Skyline Airways and Condor Air."
    got = stated(text, _SPEC)
    assert ("Ruritania", "Skyline Airways", Family.ENFORCEMENT) in got, got
    assert ("Ruritania", "Condor Air", Family.ENFORCEMENT) in got, got


def test_a_body_stripping_a_state_of_a_right_acts_on_it():
    got = stated("The Rowing Federation stripped Freedonia of the right to host the 2031 championships.", _SPEC)
    assert ("Rowing Federation", "Freedonia", Family.ENFORCEMENT) in got, got


def test_no_act_on_a_name_that_only_modifies_the_object_or_on_a_destination():
    for text in (
        "Skyline Airways suspended its flights to Freedonia last week.",
        "Anton Reles suspended the Freedonian broadcasts of Radio Lakeside.",
        "Radio Lakeside did not suspend its Freedonian programmes.",
    ):
        got = stated(text, _SPEC)
        assert not any(
            a in ("Skyline Airways", "Anton Reles", "Radio Lakeside") and b == "Freedonia" and f is Family.ENFORCEMENT
            for a, b, f in got
        ), (text, got)


def test_a_negated_suspension_is_no_act():
    got = stated("Ruritania has not suspended Radio Lakeside.", _SPEC)
    assert ("Ruritania", "Radio Lakeside", Family.ENFORCEMENT) not in got, got


def test_a_suspended_tie_between_the_sides_is_no_enforcement():
    got = stated("Ruritania suspended its recognition of Radio Lakeside.", _SPEC)
    assert ("Ruritania", "Radio Lakeside", Family.ENFORCEMENT) not in got, got


def test_land_stripped_from_a_state_is_no_measure_on_it():
    # review of round BH: 'strip X of' takes a grant ('the right to host'), not a territory
    for text in (
        "Ruritania stripped Freedonia of the northern province in 2031.",
        "Ruritania stripped Freedonia of its coastal territory after the war.",
    ):
        got = stated(text, _SPEC)
        assert ("Ruritania", "Freedonia", Family.ENFORCEMENT) not in got, (text, got)


def test_a_suspended_flow_to_a_body_is_no_measure_on_it():
    # review of round BH: only a grant the side holds ('the licences of X', 'the broadcasts of X') is taken back
    spec = {**_SPEC, "Relief Works Agency": (P, ["Relief Works Agency"])}
    for text in (
        "Ruritania suspended its contributions for the Relief Works Agency after the allegations.",
        "Ruritania suspended its donations for the Relief Works Agency last month.",
    ):
        got = stated(text, spec)
        assert ("Ruritania", "Relief Works Agency", Family.ENFORCEMENT) not in got, (text, got)


def test_a_hedged_never_done_or_conditional_suspension_is_no_act():
    # review of round BH: not only a 'not' leaves the act unstated
    for text in (
        "Ruritania could suspend Radio Lakeside next week.",
        "Ruritania never suspended Radio Lakeside.",
        "If Ruritania suspends Radio Lakeside, the station will close.",
        "Ruritania might suspend the broadcasts of Radio Lakeside.",
    ):
        got = stated(text, _SPEC)
        assert ("Ruritania", "Radio Lakeside", Family.ENFORCEMENT) not in got, (text, got)
