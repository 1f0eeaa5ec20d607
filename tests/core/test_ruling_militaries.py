"""A state whose armed forces rule it: "the junta", "the military government" are those forces, one body with the
state's military (the listed states only). Sentences invented."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import holding


def test_the_junta_of_a_military_ruled_state_is_its_military(nlp):
    ents = extract(nlp, "Myanmar\u2019s military seized power in 2021. The junta said on Monday it would hold a vote, "
                        "and the military government named a new envoy.")
    force = holding(ents, "junta")
    assert force is not None and force.kind is Kind.PARTY
    assert force is holding(ents, "Myanmar\u2019s military") is holding(ents, "military government")


def test_a_junta_named_with_its_state_carries_the_state(nlp):
    ents = extract(nlp, "Myanmar's junta rejected the plan put forward by Indonesia.")
    force = holding(ents, "Myanmar's junta")
    assert force is not None and force.name == "Myanmar military"
    assert holding(ents, "Myanmar").kind is Kind.STATE


def test_other_juntas_and_modifiers_are_no_body(nlp):
    ents = extract(nlp, "Mali's junta expelled the envoy. The junta said the military regime users were listed.")
    assert holding(ents, "junta") is None and holding(ents, "Mali's junta") is None
    ents = extract(nlp, "Fuel sold in Myanmar must not reach military regime users, and Thailand's military "
                        "government did not comment.")
    assert holding(ents, "military regime") is None
    assert holding(ents, "Thailand's military government") is None and holding(ents, "military government") is None
