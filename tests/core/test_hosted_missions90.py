"""A mission named for the state it serves in is sent to that state, not the state's own body (round BG, x-fam90):
'the UN Assistance Mission for Iraq', 'the UN Interim Force in Lebanon' (gold DIPLOMACY with the host state, blind19 and
blind59), while 'the Chadian Coast Guard', 'the State Committee for National Security of Chad' stay Chad's, and a
force whose name also names its own state stays that state's. Invented sentences; the states are real, since a body's
name is matched against the country list."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, pairs

SPEC = {
    "Chad": (S, ["Chad", "Chadian", "N'Djamena"]),
    "Niger": (S, ["Niger", "Nigerien"]),
    "Russia": (S, ["Russia", "Russian"]),
}
_LATER = "Chad held elections in May."


def test_a_mission_named_for_its_host_is_sent_there():
    spec = {**SPEC, "United Nations Assistance Mission in Chad": (P, ["United Nations Assistance Mission in Chad"])}
    got = pairs("The United Nations Assistance Mission in Chad said it would halve its staff by June. " + _LATER, spec)
    assert got.get(frozenset({"United Nations Assistance Mission in Chad", "Chad"})) == {Family.DIPLOMACY}
    spec = {**SPEC, "UN Interim Force for Niger": (P, ["UN Interim Force for Niger"])}
    got = pairs(
        "The UN Interim Force for Niger has begun to pull out of the border region. Niger held elections in May.", spec
    )
    assert Family.MEMBERSHIP not in got.get(frozenset({"UN Interim Force for Niger", "Niger"}), set())


def test_a_state_body_and_a_force_of_another_state_stay_members():
    spec = {**SPEC, "State Committee for National Security of Chad": (P, ["State Committee for National Security"])}
    spec["State Committee for National Security of Chad"][1].append("State Committee for National Security of Chad")
    got = pairs("The State Committee for National Security of Chad said the border stays closed. " + _LATER, spec)
    assert got.get(frozenset({"State Committee for National Security of Chad", "Chad"})) == {Family.MEMBERSHIP}
    spec = {**SPEC, "Group of Russian Forces in Chad": (P, ["Group of Russian Forces in Chad"])}
    got = pairs(
        "The Group of Russian Forces in Chad said its convoy had reached the capital. Russia is far away.", spec
    )
    assert Family.MEMBERSHIP in got.get(frozenset({"Group of Russian Forces in Chad", "Russia"}), set())
