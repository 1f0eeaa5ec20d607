"""A weapon's passive launch aimed at a side (round AS): 'rockets were fired into X by Y' is Y's attack on X."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, stated

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Vexora Front": (P, ["Vexora Front"]),
}


def test_rockets_fired_into_a_state_by_a_group_are_its_attack():
    got = stated("Dozens of rockets were fired into Ruritania by the Vexora Front during the war.", _SPEC)
    assert ("Vexora Front", "Ruritania", Family.HOSTILITY) in got, got
    got = stated("Police found dozens of rockets that were fired into Ruritania by the Vexora Front in 2006.", _SPEC)
    assert ("Vexora Front", "Ruritania", Family.HOSTILITY) in got, got
    got = stated("The missiles were launched at Freedonia by Ruritania on Monday.", _SPEC)
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) in got, got


def test_no_attack_read_from_a_fired_official_or_a_non_weapon():
    got = stated("The reports were fired off to Freedonia by Ruritania on Monday.", _SPEC)
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) not in got, got
