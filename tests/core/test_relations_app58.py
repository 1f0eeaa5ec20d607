"""Round AT (x-app58): a group's leader acts with the group, a body's meeting chairman chairs the body, and an act
noun's doer named by a participle of doing ('attacks carried out by X against Y')."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (S, ["Vexora", "Vexoran"]),
    "Maldora": (S, ["Maldora", "Maldoran"]),
    "Karl Ostrow": (OFF, ["Karl Ostrow"]),
    "Ivan Perel": (OFF, ["Ivan Perel", "Perel"]),
    "High Security Council": (P, ["High Security Council"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    spec = {k: v for k, v in _SPEC.items() if any(f in text for f in v[1])}
    return pairs(text, spec).get(frozenset((a, b)), set())


def test_the_leader_of_a_states_delegation_does_what_it_does():
    text = "A Ruritanian military delegation headed by general Karl Ostrow had visited Vexora in late June."
    assert Family.DIPLOMACY in _fams(text, "Karl Ostrow", "Vexora")
    assert Family.DIPLOMACY in _fams(text, "Ruritania", "Vexora")


def test_the_leader_of_a_states_forces_does_what_they_do():
    text = "Ruritanian special forces, led by Lt. Col. Karl Ostrow, had seized power and arrested president Perel."
    assert Family.ENFORCEMENT in _fams(text, "Karl Ostrow", "Ivan Perel")


def test_the_leader_is_no_partner_of_the_group_he_leads():
    text = (
        "A Maldoran mission led by Vexora's Foreign Minister, Karl Ostrow, was to visit Ruritania to meet with the "
        "junta."
    )
    assert Family.DIPLOMACY in _fams(text, "Karl Ostrow", "Ruritania")
    assert Family.DIPLOMACY not in _fams(text, "Karl Ostrow", "Maldora")


def test_who_chairs_a_bodys_meeting_leads_the_body():
    text = "The decision was announced after a meeting of the High Security Council chaired by President Karl Ostrow."
    assert Family.LEADERSHIP in _fams(text, "Karl Ostrow", "High Security Council")
    text = (
        "Following an emergency meeting of the High Security Council chaired by Prime Minister Karl Ostrow, "
        "Ruritania announced it was suspending the agreement."
    )
    assert Family.LEADERSHIP in _fams(text, "Karl Ostrow", "High Security Council")


def test_attacks_carried_out_by_a_state_against_anothers_sites():
    text = (
        "The text takes into account the unlawful attacks carried out by Ruritania and Vexora against Maldoran "
        "nuclear facilities."
    )
    assert Family.HOSTILITY in _fams(text, "Ruritania", "Maldora")
    assert Family.HOSTILITY in _fams(text, "Vexora", "Maldora")
    text = "The talks took into account the strikes launched by Ruritania on Maldoran bases."
    assert Family.HOSTILITY in _fams(text, "Ruritania", "Maldora")


def test_an_act_only_reported_by_a_state_is_not_its_act():
    text = "The talks took into account the strikes reported by Ruritania on Maldoran bases."
    assert Family.HOSTILITY not in _fams(text, "Ruritania", "Maldora")


def test_the_leader_of_a_named_force_does_what_it_does():
    text = "Ruritanian special forces, led by Lt. Col. Karl Ostrow, had seized power and arrested president Perel."
    spec = {
        "Ruritanian special forces": (P, ["Ruritanian special forces"]),
        "Karl Ostrow": (OFF, ["Karl Ostrow"]),
        "Ivan Perel": (OFF, ["Perel"]),
    }
    assert Family.ENFORCEMENT in pairs(text, spec).get(frozenset(("Karl Ostrow", "Ivan Perel")), set())


def test_a_delegation_that_only_would_travel_gives_its_leader_no_tie():
    text = "A Ruritanian delegation led by coordinator Karl Ostrow would fly to Vexora this week."
    assert Family.DIPLOMACY not in _fams(text, "Karl Ostrow", "Vexora")


# Review of round AT (rev-AT items 3, 5, 6): a leader is a group's doer only in its own clause; a court's request is no
# contact; a chair named through a possessor is not the chair.


def test_a_leader_named_in_another_clause_keeps_that_clauses_ties():
    text = "A Ruritanian delegation led by Karl Ostrow visited Vexora, where Karl Ostrow and Arno Vesk signed a deal."
    spec = {k: v for k, v in _SPEC.items() if any(f in text for f in v[1])}
    got = pairs(text, {**spec, "Arno Vesk": (OFF, ["Arno Vesk"])})
    assert Family.AGREEMENT in got.get(frozenset(("Karl Ostrow", "Arno Vesk")), set())


def test_a_courts_request_is_no_diplomacy():
    assert Family.DIPLOMACY not in _fams(
        "Ruritania's top court asked Vexora to hand over the suspect.", "Ruritania", "Vexora"
    )


def test_a_chair_named_through_a_possessor_is_not_the_chair():
    text = "After a meeting of the High Security Council chaired by Karl Ostrow's deputy, Ruritania announced measures."
    assert Family.LEADERSHIP not in _fams(text, "Karl Ostrow", "High Security Council")
