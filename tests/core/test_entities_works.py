"""Entity classes blind set 8 showed on new stories: named works (pipelines, cables, fields, terminals, depots), regions
holding a state's word, places' acronyms, ideas and faiths, bodies read from context, carriers named after their
country, a demonym of a longer named state, surnames the model left out, "[Country]" datelines, names joined by "and"
(core/extract/infrastructure.py, entities.py, people.py, places.py, furniture.py).

Every sentence here is invented for its rule; the measure of quality is bench/real (real articles, scored).
"""

from __future__ import annotations

from core.extract.furniture import furniture_ranges
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, forms


def kinds(nlp, body: str):
    return forms(extract(nlp, HEADLINE + body))


def texts(got) -> set[str]:
    return {t for _, ts in got.values() for t in ts}


def test_a_named_pipeline_cable_or_field_is_no_entity(nlp):
    got = kinds(
        nlp,
        "Divers found damage to the undersea VarnaLink gas pipeline between Finland and Estonia. "
        "Blasts hit the Tarvo Stream and Tarvo Stream 2 pipelines last year. "
        "The crew was first seen near the OKRA offshore oil field on Monday. "
        "Police said the Tarvo Stream sabotage was planned for months.\n",
    )
    assert not {"VarnaLink", "Tarvo Stream", "Tarvo Stream 2", "OKRA"} & texts(got), got
    assert got["Finland"][0].name == "STATE" and got["Estonia"][0].name == "STATE"


def test_a_name_ending_in_a_works_word_is_no_entity_but_a_unit_is_kept(nlp):
    got = kinds(
        nlp,
        "The tanker moored at the Kelso Offshore Terminal after it was told to sail to Kelso Fairway Buoy. "
        "It fled towards the Nigeria-Sao Tome Joint Development Zone Area.\n",
    )
    assert not any("Terminal" in t or "Buoy" in t or "Zone" in t for t in texts(got)), got
    assert got["Nigeria"][0].name == "STATE"
    got = kinds(nlp, "The tanker was seized, a commander of the IRGC Navy's Third Naval Zone said on Monday.\n")
    assert got["Third Naval Zone"][0].name == "PARTY", got


def test_a_region_holding_a_states_word_is_not_that_state(nlp):
    got = kinds(nlp, "He was shot in the Canadian province of British Columbia and buried in Northern Ireland.\n")
    assert got["Canada"][0].name == "STATE"
    assert "United Kingdom" not in got and "Ireland" not in got, got


def test_the_acronym_of_a_place_is_a_place(nlp):
    got = kinds(nlp, "He praised the navies of the Gulf of Guinea (GoG) nations. GoG states met in Lagos.\n")
    assert "GoG" not in texts(got), got


def test_ideas_and_faiths_are_no_entities(nlp):
    got = kinds(
        nlp,
        "The bloc drifted from the spirit of Pan-Africanism, the juntas said. A Sikh leader was killed, and the "
        "minister called the protesters Nazi remnants.\n",
    )
    assert not {"Pan-Africanism", "Sikh", "Nazi"} & texts(got), got


def test_context_makes_a_name_a_body(nlp):
    got = kinds(
        nlp,
        "The probe was run by Der Morgen and Abendblatt Zeitung newspapers. A Ruritanian pager maker, Silver "
        'Orion, denied any role. Hegseth told "Lark & Partners" on Wednesday morning that he watched. He said '
        "the attack targeted members of Tren del Norte, a Peru-based organized crime group.\n",
    )
    for name in ("Der Morgen", "Abendblatt Zeitung", "Silver Orion", "Lark & Partners", "Tren del Norte"):
        entity = next((kind for kind, ts in got.values() if name in ts), None)
        assert entity is not None and entity.name == "PARTY", (name, got)


def test_a_carrier_named_after_its_country_is_one_firm(nlp):
    got = kinds(nlp, "The crash of a Kenya Airways passenger plane was blamed on a missile.\n")
    assert got["Kenya Airways"][0].name == "PARTY" and "Airways" not in got, got


def test_a_demonym_goes_to_the_longer_named_state_when_its_own_is_never_named(nlp):
    got = kinds(nlp, "Nigeria asked Equatorial Guinea to stop the tanker. It was held by Guinean forces for weeks.\n")
    assert "Guinean" in got["Equatorial Guinea"][1] and "Guinea" not in got, got


def test_the_government_of_a_state_is_the_state(nlp):
    got = kinds(nlp, "He was told of the decision of the Government of Kenya to expel a senior diplomat.\n")
    assert "Government of Kenya" in got["Kenya"][1] and got["Kenya"][0].name == "STATE", got


def test_two_surnames_the_model_left_out_stay_in_the_name(nlp):
    got = kinds(nlp, "Family and Social Policies Minister Ayla Derin Sevim Koralp had arrived from Germany.\n")
    assert any(name.endswith("Sevim Koralp") for name in got), got


def test_a_dateline_with_the_country_in_square_brackets_is_furniture():
    text = "Grain deal ends\n\n date 2023-07-17 Moscow [Russia], July 17 (ANI): Russia has said it is leaving.\n"
    furniture = "".join(text[a:b] for a, b in furniture_ranges(text))
    assert "(ANI):" in furniture and "Moscow [Russia]" in furniture and "Russia has said" not in furniture


def test_two_words_joined_by_and_before_a_body_word_are_one_body(nlp):
    got = kinds(nlp, "The bloc's Trade and Security Council decided to suspend Gabon on Monday.\n")
    assert got["Trade and Security Council"][0].name == "PARTY" and "UN Security Council" not in got, got


def test_the_second_of_two_places_after_between_and_a_depot_are_places(nlp):
    got = kinds(
        nlp,
        "The survey ship sailed between the island nation of Cyprus and Korvella on Monday. "
        "Blasts shook the Varnek ammunition depot in 2014.\n",
    )
    assert got["Cyprus"][0].name == "STATE" and not {"Korvella", "Varnek"} & texts(got), got
