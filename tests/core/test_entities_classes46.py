"""Entity classes of blind38 (issue #11, round AH): a leader's name after a state's possessive, exercise names
written before a modifier, a year or in quotes, a force's people after "<demonym> military", on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract


def test_a_leaders_name_after_a_states_possessive_is_a_person(nlp):
    text = (
        "Reports said Argentina’s Tomás Ibarguren and Uruguay’s Dámaso Olivera will attend. Bolivia’s Joaquín "
        "Ferreyra Lima and Brazil’s Inácio Batista da Rocha were absent."
    )
    found = by_text(extract(nlp, text))
    assert found["Dámaso Olivera"][0] is Kind.OFFICIAL, found  # the model takes a word of it for a body
    assert found["Inácio Batista da Rocha"][0] is Kind.OFFICIAL


def test_a_body_after_a_states_possessive_is_no_person(nlp):
    text = (
        "Chile's Supreme Court ruled on Monday, and Peru's Central Reserve Bank kept its rate. The flights stopped "
        "at Chile’s Punta Arenas and near Peru's Far South, Lima's Plaza Mayor said, and Peru's Open Seas policy."
    )
    found = by_text(extract(nlp, text))
    assert all(kind is not Kind.OFFICIAL for kind, *_ in found.values()), found


def test_exercise_names_before_modifiers_years_and_in_quotes_are_no_entities(nlp):
    text = (
        "Brazil and Chile commenced their annual Silver Condor military drills on Monday. The opening ceremony "
        "for Iron Falcon 2025 exercise took place in Santiago. The drills are part of the broader Silver Condor "
        "maneuvers. The navy said the “Maritime Interdiction and Disaster Response” exercises would follow."
    )
    found = by_text(extract(nlp, text))
    for name in ("Silver Condor", "Iron Falcon", "Iron Falcon 2025", "Maritime Interdiction", "Disaster Response"):
        assert name not in found, found


def test_a_forces_chief_or_officials_name_the_force(nlp):
    text = "The plan was approved, Peruvian military chief General Tomas Valdivia said at the ceremony in Lima."
    found = by_text(extract(nlp, text))
    assert found["Peruvian military"][0] is Kind.PARTY


def test_a_service_command_named_for_two_regions_is_one_body(nlp):
    text = "A spokesman for U.S. Navy Asia and Pacific Command said the ships had left. The drills began on Monday."
    found = by_text(extract(nlp, text))
    assert found["U.S. Navy Asia and Pacific Command"][0] is Kind.PARTY
    assert "Pacific Command" not in found and "Asia" not in found, found


def test_names_before_multi_word_ship_nouns_are_ships(nlp):
    text = "The Haixing amphibious warfare ship and the Taishan training ship arrived at the port on Sunday."
    found = by_text(extract(nlp, text))
    assert found["Haixing"][0] is Kind.VESSEL and found["Taishan"][0] is Kind.VESSEL, found


def test_a_title_cut_at_the_excerpts_end_is_no_name(nlp):
    text = "The meeting between the two leaders was attended by Deputy Prime Mi"
    found = by_text(extract(nlp, text))
    assert not any(name.endswith("Mi") for name in found), found
