"""Entity classes of blind set 19 (issue #11, round N), each on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_photographers_credit_in_square_brackets_names_nobody(nlp):
    text = HEADLINE + (
        "The Ruritanian sprinter refused to board a flight home, against her wishes [Jan Novak/Reuters]\n\n"
        "The minister arrives at the court in 2020 [File: Anna Kowalska / AFP]. Borovia said it would appeal.\n"
    )
    found = by_text(extract(nlp, text))
    assert not {"Jan Novak", "Novak", "Anna Kowalska", "Reuters", "AFP"} & set(found)
    assert "Borovia" in found


def test_a_unions_mission_in_a_place_is_one_body(nlp):
    text = HEADLINE + (
        "The Security Council extended the mandate of the UN Interim Force in Borovia (UNIFOB) for a final time."
        " Ruritania asked the United Nations Mission in South Sudan to stay.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["UN Interim Force in Borovia"][0] is Kind.PARTY
    assert found.get("UNIFOB", (None, ""))[1] == "UN Interim Force in Borovia"
    assert found["United Nations Mission in South Sudan"][0] is Kind.PARTY
    assert "Interim Force" not in found


def test_a_carrier_group_named_by_its_ship_is_a_body(nlp):
    text = HEADLINE + (
        "The drills centred on the Ruritanian Navy's Valiant carrier battle group and the Borovian Navy's"
        " Dauntless carrier strike group. The USS Endeavour Carrier Strike Group sailed on Monday.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Valiant carrier battle group"][0] is Kind.PARTY
    assert found["Dauntless carrier strike group"][0] is Kind.PARTY
    assert found["USS Endeavour Carrier Strike Group"][0] is Kind.PARTY
    assert "Valiant" not in found


def test_a_model_of_equipment_is_no_person(nlp):
    text = HEADLINE + (
        "Ruritania will buy 42 Marcel Tempete multirole fighters, the minister said. Two firms lead the joint"
        " development of the Next Century Fighter.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Marcel Tempete" not in found
    assert "Next Century Fighter" not in found


def test_a_speech_verb_glued_to_a_name_is_cut_off(nlp):
    text = HEADLINE + "Her Borovian counterpart Jan Novakclarified that the deal was for six jets.\n"
    found = by_text(extract(nlp, text))
    assert found["Jan Novak"][0] is Kind.OFFICIAL
    assert not any(t.endswith("clarified") for t in found)


def test_an_acronym_joined_to_an_unknown_one_is_part_of_it(nlp):
    text = HEADLINE + "The jets will join the RUAF-AU, the Ruritanian air force, Borovia said.\n"
    found = by_text(extract(nlp, text))
    assert "AU" not in found


def test_games_and_general_places_name_no_party(nlp):
    text = HEADLINE + (
        "The minister told a news conference on Parliament Hill that officials of the Tokyo Olympics had"
        " helped. Ruritania is not a party to the Rome Statute.\n"
    )
    found = by_text(extract(nlp, text))
    assert not {"Parliament", "Hill", "Olympics", "Rome"} & set(found)


def test_a_court_of_a_judicial_district_is_one_body(nlp):
    text = HEADLINE + (
        "The judge weighed evidence presented by the Court of the Southern District of Ruritania and the defence."
        " The U.S. Attorney's Office for the Eastern District of Virginia charged the captain.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Court of the Southern District of Ruritania"][0] is Kind.PARTY
    assert found["U.S. Attorney's Office for the Eastern District of Virginia"][0] is Kind.PARTY
    assert "Court" not in found


def test_the_portfolio_after_minister_of_the_is_the_title(nlp):
    text = HEADLINE + "The deal was announced by the Borovian Minister of the Armed Forces Jana Dvorakova on Monday.\n"
    found = by_text(extract(nlp, text))
    assert "Armed Forces" not in found
    assert found["Jana Dvorakova"][0] is Kind.OFFICIAL


def test_a_trade_show_named_by_its_place_names_no_state(nlp):
    text = HEADLINE + "Borovia ordered 12 jets at the Paris Air Show on Monday, the minister said.\n"
    found = by_text(extract(nlp, text))
    assert "Paris" not in found


def test_a_masthead_in_capitals_between_pipes_is_no_body(nlp):
    text = HEADLINE + (
        "Doha, Qatar | THE RURITANIAN HERALD | The president of Borovia, Jan Novak, pardoned the critic on Monday"
        " in a deal facilitated by Qatar.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any("HERALD" in t for t in found)
    assert "Qatar" in found


def test_a_place_opening_a_bodys_name_lends_it_no_state(nlp):
    text = HEADLINE + "The engineer walked free out of a British Columbia Supreme Court on Friday, her lawyers said.\n"
    found = by_text(extract(nlp, text))
    assert found["British Columbia Supreme Court"][0] is Kind.PARTY
    assert "British" not in found
