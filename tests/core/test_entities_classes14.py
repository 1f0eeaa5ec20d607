"""Entity classes of blind set 10 (issue #11, round D), each on invented sentences: ministries named three ways,
outlets in datelines and sign-offs, models of aircraft, fields of policy in capitals, offices and commands named
with their country or force, buildings and regions taken for bodies, and firms named in Spanish."""

from __future__ import annotations

import pytest

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, holding


def _texts(entities) -> set[str]:
    return {m.text for e in entities for m in e.mentions}


def test_a_foreign_affairs_ministry_is_its_states_ministry(nlp):
    text = (
        HEADLINE + "The Chilean Foreign Affairs Ministry recalled its ambassador on Monday. "
        "The Foreign Affairs Ministry said the envoy would return within days, and the Chilean Foreign Ministry "
        "confirmed it."
    )
    found = extract(nlp, text)
    ministry = holding(found, "Chilean Foreign Affairs Ministry")
    assert ministry is not None and ministry.name == "Ministry of Foreign Affairs of Chile"
    assert holding(found, "Foreign Affairs Ministry") is ministry
    assert holding(found, "Chilean Foreign Ministry") is ministry


def test_a_bare_ministry_in_the_headline_joins_the_states_ministry(nlp):
    text = (
        "Peru Moves Troops to the Northern Border - Defense Ministry\n\n"
        "Peru moved two brigades north on Tuesday, the Peruvian Defense Ministry said. "
        "The Defense Ministry added that the troops would stay until March."
    )
    found = extract(nlp, text)
    ministries = [e for e in found if "Ministry" in e.name]
    assert len(ministries) == 1 and ministries[0].name == "Ministry of Defense of Peru"


def test_an_agency_after_several_places_in_a_dateline_is_no_entity(nlp):
    text = HEADLINE + "Lima/Quito (Reuters) – Peru recalled its ambassador to Ecuador on Friday after a border row."
    found = extract(nlp, text)
    assert "Reuters" not in _texts(found)
    assert holding(found, "Peru") is not None and holding(found, "Ecuador") is not None


def test_an_outlet_signing_off_on_the_last_line_is_no_entity(nlp):
    text = (
        HEADLINE + "Peru and Chile signed a fisheries pact on Thursday, the two governments said in a joint "
        "statement issued in Lima.\n\nKolvara News\n"
    )
    assert "Kolvara News" not in _texts(extract(nlp, text))


def test_a_section_name_on_the_date_line_is_no_entity(nlp):
    text = (
        " date 2021-09 AP National\n\nPeru recalls envoy\n\n"
        "Peru recalled its ambassador to Chile on Friday over a fishing dispute, the government said."
    )
    assert "AP" not in _texts(extract(nlp, text))


def test_a_name_heading_a_phrase_opened_by_a_is_a_model_not_a_body(nlp):
    text = (
        HEADLINE + "A Chilean fighter jet released flares in the flight path of an Argentine navy Skyraven deployed "
        "from the frigate, the ministry said."
    )
    assert "Skyraven" not in _texts(extract(nlp, text))


def test_a_name_before_another_head_after_a_stays(nlp):
    text = HEADLINE + "A dozen Kestrel Brigade fast boats swarmed the tanker, and a Kestrel Brigade officer spoke."
    assert "Kestrel Brigade" in _texts(extract(nlp, text))


def test_fields_of_policy_in_capitals_are_no_body(nlp):
    text = (
        HEADLINE + "The president said the move “jeopardized the National Security and Public Safety of Chile” "
        "and the two sides renewed the Economic, Trade, Investment, Technology agreements."
    )
    texts = _texts(extract(nlp, text))
    assert not [t for t in texts if "Security" in t or "Investment" in t]


@pytest.mark.parametrize(
    ("sentence", "whole", "part"),
    [
        (  # an office named without a holder
            "According to the United States Trade Representative, trade between Peru and the United States "
            "topped $20 billion in 2022.",
            "United States Trade Representative",
            "Trade Representative",
        ),
        (  # a command named after its force
            "The drills were announced by a spokesperson for the People's Liberation Army Eastern Theater "
            "Command, one of the People's Liberation Army's five joint commands.",
            "People's Liberation Army Eastern Theater Command",
            "Eastern Theater Command",
        ),
    ],
)
def test_an_office_or_command_named_whole_is_one_body(nlp, sentence, whole, part):
    found = extract(nlp, HEADLINE + sentence)
    body = holding(found, whole)
    assert body is not None and body.kind is Kind.PARTY
    assert part not in _texts(found)


def test_a_trade_representative_before_a_name_stays_a_title(nlp):
    text = HEADLINE + "US Trade Representative Martha Kellan met the Peruvian minister in Lima on Monday."
    found = extract(nlp, text)
    person = holding(found, "Martha Kellan")
    assert person is not None and person.kind is Kind.OFFICIAL
    assert holding(found, "US") is not None and holding(found, "US").kind is Kind.STATE


def test_a_reception_centre_is_a_building(nlp):
    text = (
        HEADLINE + "Asylum seekers coming from Russia are taken to Valkola Reception Centre, near the border "
        "station, Finnish officials said."
    )
    assert not [t for t in _texts(extract(nlp, text)) if "Valkola" in t]


def test_a_name_written_before_region_elsewhere_is_the_region(nlp):
    text = (
        HEADLINE + "Venezuelans voted on Sunday to reclaim the disputed Tarovia region from Guyana.\n\n"
        "The president had asked five questions on the status of Tarovia."
    )
    assert "Tarovia" not in _texts(extract(nlp, text))


def test_a_firm_named_in_spanish_is_a_body(nlp):
    text = (
        HEADLINE + "Venezuela will set up local subsidiaries of public companies like Corporación Minera del "
        "Tarovia (mining) in the region."
    )
    firm = holding(extract(nlp, text), "Corporación Minera del Tarovia")
    assert firm is None or firm.kind is Kind.PARTY
    assert firm is not None


def test_a_capital_letter_opening_a_sentence_is_no_acronym(nlp):
    text = (
        HEADLINE + "A Chilean fighter jet released flares in the flight path of an Argentine navy helicopter, the "
        "ministry said."
    )
    assert "A" not in _texts(extract(nlp, text))


def test_the_pentagon_and_the_department_of_defense_in_one_article_are_one_body(nlp):
    text = (
        HEADLINE + "Niger ended its pact covering civilian staff of the US Department of Defense on Saturday. "
        "The Pentagon said it was seeking clarification."
    )
    found = extract(nlp, text)
    body = holding(found, "Pentagon")
    assert body is not None and holding(found, "US Department of Defense") is body


def test_the_pentagon_alone_stays_the_pentagon(nlp):
    text = HEADLINE + "The Pentagon said on Monday that two destroyers would sail to the region."
    body = holding(extract(nlp, text), "Pentagon")
    assert body is not None and body.name == "Pentagon"


def test_a_second_demonym_names_the_state(nlp):
    text = HEADLINE + "Somalian pirates boarded the tanker on Thursday, the navy said."
    state = holding(extract(nlp, text), "Somalian")
    assert state is not None and state.kind is Kind.STATE and state.name == "Somalia"
