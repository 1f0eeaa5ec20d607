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


def test_no_attack_read_from_a_non_weapon_or_a_denied_launch():
    # rev-AS item 10: aimed 'at' (a preposition the rule reads), so only the weapon test keeps these out
    got = stated("Salutes were fired at Freedonia by Ruritania on Monday.", _SPEC)
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) not in got, got
    got = stated("Questions were fired at Freedonia by Ruritania on Monday.", _SPEC)
    assert ("Ruritania", "Freedonia", Family.HOSTILITY) not in got, got
    # rev-AS item 9: a denied launch is no attack
    spec = {**_SPEC, "Vexora": (S, ["Vexora"])}
    got = stated("Freedonia denied that rockets were fired at Vexora by Ruritania.", spec)
    assert ("Ruritania", "Vexora", Family.HOSTILITY) not in got, got
