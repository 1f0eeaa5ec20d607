"""Entity classes of blind set 65 (issue #11, round BE): "Sultan" as a given name before a name particle, the UN
climate conference's short name, OPEC's long name without "the", craft named beside their noun over a comma, the
Moon. Invented sentences and names."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_name, by_text, extract


def test_sultan_before_a_name_particle_is_a_given_name(nlp):
    text = (
        "Summit president Sultan Al Harbi said the fund was ready. "
        "The Emirati astronaut Sultan Al Qasimi spent six months in orbit, Sultan Al Harbi added."
    )
    found = by_text(extract(nlp, text))
    assert found["Sultan Al Harbi"][0] is Kind.OFFICIAL, found
    assert found["Sultan Al Qasimi"][0] is Kind.OFFICIAL, found
    assert "Al Harbi" not in found and "Al Qasimi" not in found


def test_sultan_before_his_own_given_name_stays_a_title(nlp):
    found = by_text(extract(nlp, "Oman's Sultan Haitham Marwani received the envoy in Muscat on Monday."))
    assert not any(t.startswith("Sultan") for t in found), found


def test_climate_conference_short_name_is_no_body(nlp):
    text = (
        "Ministers met at COP28 in Dubai. The Climate Change Conference COP28 opened on Thursday. "
        "Turkey will host COP31, the Cop28 presidency said, and Marovia said the COP would end on Friday."
    )
    found = by_text(extract(nlp, text))
    assert not any("COP" in t or "Cop" in t for t in found), found
    assert found["Turkey"][0] is Kind.STATE


def test_a_conference_body_without_a_number_stays(nlp):
    found = by_text(extract(nlp, "The Islands Conference said on Monday that Fiji would host the talks."))
    assert "Islands Conference" in found, found


def test_opec_long_name_without_article_is_opec(nlp):
    text = (
        "Saudi Arabia, the de facto leader of the Organization of Petroleum Exporting Countries, said it would not "
        "agree."
    )
    found = by_name(extract(nlp, text))
    assert found["OPEC"][0] is Kind.PARTY, found
    assert not any("Exporting" in name and name != "OPEC" for name in found), found


def test_craft_named_beside_its_noun_over_a_comma_is_no_body(nlp):
    text = (
        "Russia launched an Iranian observation satellite, Vardan, built in Russia. "
        "The satellites, named Kelor and Thessa, were deployed into orbit. "
        "Kelor, an imaging satellite with a three-year lifespan, and Thessa, a communications satellite, are Iran's. "
        "China will send a Pakistani astronaut to its space station, Yunque, and later to China's Yunque space station."
    )
    found = by_text(extract(nlp, text))
    assert not any(w in found for w in ("Vardan", "Kelor", "Thessa", "Yunque")), found
    assert found["Russia"][0] is Kind.STATE and found["China"][0] is Kind.STATE


def test_people_and_firms_beside_a_craft_noun_stay(nlp):
    text = (
        "John Marlow, a satellite engineer, said the launch went well. "
        "Orbix, a company that builds satellites, said it would bid for the contract."
    )
    found = by_text(extract(nlp, text))
    assert found["John Marlow"][0] is Kind.OFFICIAL, found
    assert "Orbix" in found, found


def test_the_moon_is_no_body(nlp):
    found = by_text(extract(nlp, "Pakistan's small satellite went with China's probe to the Moon."))
    assert "Moon" not in found, found
    found = by_text(extract(nlp, "Critics of the Moon Jae-in government met in Seoul on Monday."))
    assert "Moon Jae-in" in found, found


def test_air_force_base_and_joint_base_are_places(nlp):
    text = (
        "The first relief aircraft took off from Tarvik's Hollin Air Force Base on Monday. "
        "The envoy later flew out of Joint Base Merrow, Marovia's defence ministry said."
    )
    found = by_text(extract(nlp, text))
    assert not any("Base" in t for t in found), found


def test_a_firm_with_base_in_its_name_stays(nlp):
    found = by_text(extract(nlp, "Orvale Base Metals said on Monday it would sell a stake to Marovia's fund."))
    assert "Orvale Base Metals" in found, found
