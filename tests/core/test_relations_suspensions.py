"""A bloc suspending a member state, an authority suspending a firm's permit (invented sentences)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Acme League": (P, ["Acme League"]),
    "Zenco": (P, ["Zenco"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


def test_a_bloc_suspending_a_member_state_is_hostile():
    got = stated("The Acme League suspended Freedonia after the coup.", SPEC)
    assert ("Acme League", "Freedonia", Family.HOSTILITY) in got
    got = stated("The Acme League has suspended Freedonia's participation in its activities.", SPEC)
    assert ("Acme League", "Freedonia", Family.HOSTILITY) in got
    got = stated("The Acme League decided to suspend Freedonia's membership.", SPEC)
    assert ("Acme League", "Freedonia", Family.HOSTILITY) in got


def test_suspending_what_is_no_member_states_nothing():
    # a firm halting its flights acts on no one (a state suspending flights to another: travel_bans.py, HOSTILITY)
    assert stated("Zenco suspended flights to Sylvania.", SPEC) == set()
    assert stated("Freedonia suspended the payments of Zenco.", SPEC) == set()


def test_a_suspended_permit_is_a_measure_on_its_holder():
    got = stated("Freedonia suspended the working permit of Zenco.", SPEC)
    assert got == {("Freedonia", "Zenco", Family.ENFORCEMENT)}
    got = stated("Freedonia suspended Zenco's licence.", SPEC)
    assert got == {("Freedonia", "Zenco", Family.ENFORCEMENT)}
