"""Entity classes of blind set 16 (issue #11, round K), each on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_navy_prefixes_of_japan_china_and_us_cutters_name_ships(nlp):
    text = HEADLINE + (
        "The frigate sailed with JS Kirisame (DD-104) and was shadowed by CNS Wuzhong (123). Later the USCGC"
        " Harwood and USNS Maple Ridge joined them.\n"
    )
    found = by_text(extract(nlp, text))
    for name in ("JS Kirisame", "CNS Wuzhong", "USCGC Harwood", "USNS Maple Ridge"):
        assert found[name][0] is Kind.VESSEL, name


def test_a_ship_named_after_a_city_after_its_hull_prefix(nlp):
    text = HEADLINE + "HMCS Regina (FFH-334) passed through the strait. Later Regina sailed north.\n"
    found = by_text(extract(nlp, text))
    assert found["HMCS Regina"][0] is Kind.VESSEL
    assert found["Regina"][0] is Kind.VESSEL


def test_a_coast_guard_cutter_is_a_ship(nlp):
    text = HEADLINE + (
        "The crew of the Coast Guard Cutter Halvorsen offloaded the drugs. The Halvorsen's crew faced"
        " many challenges.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Cutter Halvorsen"][0] is Kind.VESSEL


def test_a_numbered_fleet_keeps_its_state(nlp):
    text = HEADLINE + "The transit was announced by the U.S. 9th Fleet on Sunday.\n"
    found = by_text(extract(nlp, text))
    assert found["U.S. 9th Fleet"][0] is Kind.PARTY
    assert found["U.S."][0] is Kind.STATE


def test_a_state_name_opening_a_force_stays_in_it(nlp):
    text = HEADLINE + "Ships of the Japan Maritime Self-Defense Force joined the drill on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Japan Maritime Self-Defense Force"][0] is Kind.PARTY
    assert found["Japan"][0] is Kind.STATE


def test_a_known_body_opening_a_longer_name_is_still_split_by_its_state(nlp):
    text = HEADLINE + "The United Kingdom Maritime Trade Operations Center said a ship was hit. UKMTO said more.\n"
    found = by_text(extract(nlp, text))
    assert found["UKMTO"][1] == found["United Kingdom Maritime Trade Operations"][1]


def test_a_demonym_before_a_name_joined_by_and(nlp):
    text = HEADLINE + "The contract was signed by the Belgian Air and Space Force on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Belgian Air and Space Force"][0] is Kind.PARTY
    assert "Air" not in found


def test_a_task_force_named_by_its_region(nlp):
    text = HEADLINE + "Officials of the Combined Maritime Task Force West, a naval unit, spoke on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Combined Maritime Task Force West"][0] is Kind.PARTY
    assert "West" not in found


def test_a_title_after_a_possessive_state_is_no_body(nlp):
    text = HEADLINE + "Norway’s Chief Cabinet Secretary Lars Vennesland declined to comment on Thursday.\n"
    found = by_text(extract(nlp, text))
    assert "Chief Cabinet" not in found
    assert found["Lars Vennesland"][0] is Kind.OFFICIAL


def test_a_ministers_portfolio_after_of_is_no_body(nlp):
    text = HEADLINE + (
        "Ardan Kole, Estonia’s Minister of Information and Communications Technology, was designated. Piet Lunde,"
        " the Minister of State for Regional Integration, resigned.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Information and Communications Technology" not in found
    assert "Communications Technology" not in found
    assert "Regional Integration" not in found


def test_credit_and_author_lines_are_furniture(nlp):
    text = HEADLINE + (
        "The minister said the talks would go on in the capital next week.\n\n"
        "(With inputs from Reuters and AFP)\n\n"
        "Author: Mira Holloway\n\n"
        "Mira Holloway is the news editor of Lantern.com, follow her on Twitter @mirah.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any(k in found for k in ("Reuters", "AFP", "Mira Holloway", "Lantern.com"))


def test_an_outlets_sign_off_with_its_agencies_is_furniture(nlp):
    text = HEADLINE + "The junta has asked the troops to leave within a month.\u2014ZETA NEWS with AFP, Reuters\n"
    found = by_text(extract(nlp, text))
    assert "AFP" not in found and "Reuters" not in found


def test_a_ship_in_an_apposition_opening_a_sentence(nlp):
    text = HEADLINE + "The Kazenami, a Japanese destroyer, transited the strait on Wednesday morning.\n"
    found = by_text(extract(nlp, text))
    assert found["Kazenami"][0] is Kind.VESSEL


def test_a_places_possessive_before_a_known_body(nlp):
    text = HEADLINE + "The sanctions were first reported by Hong Kong’s South China Morning Post on Friday.\n"
    found = by_text(extract(nlp, text))
    assert found["South China Morning Post"][0] is Kind.PARTY
    assert "Hong Kong’s South China Morning Post" not in found


def test_a_count_word_opening_a_sentence_is_not_in_the_name(nlp):
    text = HEADLINE + "Three Border Police officers guide a pallet hoisted from the ship.\n"
    found = by_text(extract(nlp, text))
    assert "Three Border Police" not in found


def test_a_participle_opening_a_sentence_is_no_name(nlp):
    text = HEADLINE + (
        "The cutter Halvorsen returned to port. Commissioned in 2012, Halvorsen is one of four Legend-class national"
        " security cutters homeported in Alameda, Calif.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Commissioned" not in found


def test_a_spelled_out_legal_form_opens_a_firms_name(nlp):
    text = HEADLINE + "The new sanctions name Public Joint Stock Company Gazprom Tverneft and two other oil firms.\n"
    found = by_text(extract(nlp, text))
    assert found["Public Joint Stock Company Gazprom Tverneft"][0] is Kind.PARTY
    assert "Public Joint Stock Company" not in found


def test_a_known_firms_name_that_goes_on_is_another_firm(nlp):
    text = HEADLINE + "Two of Russia's largest oil companies, Gazprom Neft and Tverneftegaz, were named on Friday.\n"
    found = by_text(extract(nlp, text))
    assert found["Gazprom Neft"][0] is Kind.PARTY
    assert "Gazprom" not in found


def test_bylines_photo_credits_navigation_and_video_teasers_are_furniture(nlp):
    text = HEADLINE + (
        "3. Skip to more ZTV sites\n\n"
        "By Mara Quell | Zeta News\n\n"
        "The ministry said the bombers flew over the sea for eight hours on Tuesday.\n\n"
        "Sanctions on the oil industry aim to curb funding for the warImage: Ivo Darnel/TASS/dpa\n\n"
        "The bombers returned to base. File Photo by Lars Brenn/UPI\n\n"
        "Kemal Orhun: China is the 'big winner' in the war Video\n"
    )
    found = by_text(extract(nlp, text))
    assert not any(k in found for k in ("ZTV", "Mara Quell", "Zeta News", "Ivo Darnel", "TASS", "Lars Brenn"))
    assert "Kemal Orhun" not in found


def test_a_press_service_is_its_ministry(nlp):
    text = HEADLINE + "Video released by the Russian Defense Ministry Press Service on Tuesday showed the bombers.\n"
    found = by_text(extract(nlp, text))
    assert found["Russian Defense Ministry"][0] is Kind.PARTY
    assert "Russian Defense Ministry Press Service" not in found


def test_a_short_name_a_body_noun_introduces_is_a_body_wherever_written(nlp):
    text = HEADLINE + (
        "The council voted to end the peacekeeping mission, known as MINUVAR, next year. A rebel group known as the"
        " K17 seized the town. MINUVAR had 9,000 troops there, and K17 fighters held the road.\n"
    )
    entities = extract(nlp, text)
    found = by_text(entities)
    assert found["MINUVAR"][0] is Kind.PARTY and found["K17"][0] is Kind.PARTY
    minuvar = next(e for e in entities if e.name == "MINUVAR")
    assert len(minuvar.mentions) == 2


def test_a_state_acronym_before_a_known_body_is_that_body(nlp):
    text = HEADLINE + (
        "Ivo Marek was charged by the US Department of Justice on Friday. The Department of Justice said he"
        " exported chips.\n"
    )
    entities = extract(nlp, text)
    bodies = [e for e in entities if any("Department of Justice" in m.text for m in e.mentions)]
    assert len(bodies) == 1


def test_an_agency_bracket_in_a_dateline_without_a_dash(nlp):
    text = HEADLINE + "Lisbon, Sep 28 (AFP) Portugal and Tonga have established diplomatic relations, media said.\n"
    found = by_text(extract(nlp, text))
    assert "AFP" not in found
    assert found["Tonga"][0] is Kind.STATE


def test_congo_takes_the_state_of_its_demonym(nlp):
    text = HEADLINE + "The council voted to withdraw the force from Congo. Congolese officials welcomed the vote.\n"
    found = by_text(extract(nlp, text))
    assert found["Congo"][1] == found["Congolese"][1]


def test_a_legal_act_and_its_bracketed_acronym_are_no_bodies(nlp):
    text = HEADLINE + (
        "The measures followed the Council’s adoption of Council Implementing Decision (CFSP) 2024/1234 and"
        " Council Implementing Regulation (EU) 2024/1230 on Monday.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any(k in found for k in ("Implementing Decision", "CFSP", "Implementing Regulation"))


def test_a_class_of_ships_is_no_ship(nlp):
    text = HEADLINE + "The Type 054A Jiangkai II guided-missile frigate was identified as CNS Wuzhong (123).\n"
    found = by_text(extract(nlp, text))
    assert "Type 054A Jiangkai II" not in found
    assert found["CNS Wuzhong"][0] is Kind.VESSEL


def test_an_exercise_is_no_party_or_person(nlp):
    text = HEADLINE + (
        "The ships sailed in the trilateral exercise Silent Heron. During the Silent Heron exercise the Russian"
        " Navy watched. Exercise Coral Lance began on Monday.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any(k in found for k in ("Silent Heron", "Coral Lance", "Exercise Coral Lance"))
    assert found["Russian Navy"][0] is Kind.PARTY


def test_a_body_after_a_ship_and_a_comma_is_no_ship(nlp):
    text = HEADLINE + (
        "A patrol boat fired warning shots at HMS Valiant and a jet dropped bombs close to the ship, the Defence"
        " Ministry said on Wednesday.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Defence Ministry"][0] is Kind.PARTY


def test_bodies_listed_under_one_plural_head_are_no_bodies(nlp):
    text = HEADLINE + (
        "Several agencies, including the Ministries of Finance, Interior and Foreign Trade, joined the effort on"
        " Monday.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any(k in found for k in ("Ministries of Finance", "Interior", "Foreign Trade"))


def test_a_one_word_name_joined_to_a_body_is_a_body(nlp):
    text = HEADLINE + (
        "The new sanctions name Kestrel Petroleum and Belkovsky, both major players in the oil industry.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Belkovsky"][0] is Kind.PARTY


def test_an_agencys_picture_credit_on_its_own_line_is_furniture(nlp):
    text = HEADLINE + (
        "The tanker was found by the navy off the coast on Friday, the owner said.\nReuters Archive\n\n"
        "The owner said part of the crew was missing.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Reuters" not in found
