"""Entity classes of blind set 14 (issue #11, round I), each on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_lower_case_ministry_after_a_demonym_keeps_the_adjective(nlp):
    text = HEADLINE + "The ship was seized by the navy, the Kenyan interior ministry said on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Kenyan interior ministry"] == (Kind.PARTY, "Ministry of Interior of Kenya")
    assert found["Kenyan"][0] is Kind.STATE


def test_a_suffix_after_a_comma_is_part_of_the_name(nlp):
    text = HEADLINE + "Foreign Secretary Maria Santos, Jr. said Manila would sign. Santos spoke later.\n"
    entities = extract(nlp, text)
    people = [e for e in entities if e.kind is Kind.OFFICIAL]
    assert len(people) == 1 and {m.text for m in people[0].mentions} == {"Maria Santos, Jr.", "Santos"}


def test_a_closing_with_a_report_from_line_is_furniture(nlp):
    text = HEADLINE + "Chile and Peru signed the pact on Monday.\n\n\u2014 With a report from Gazette Wire Service\n"
    assert not any("Gazette" in m for m in by_text(extract(nlp, text)))


def test_a_ship_named_after_its_owner_firm_stays_apart_from_the_firm(nlp):
    text = HEADLINE + (
        "Tanker Harlow Pioneer, which had 16 crew on board when it was attacked by pirates, was found.\n\n"
        "\u201cThe crew are safe,\u201d Harlow said in a statement on Friday.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Harlow Pioneer"] == (Kind.VESSEL, "Harlow Pioneer")
    assert found["Harlow"] == (Kind.PARTY, "Harlow")
    assert "Tanker Harlow Pioneer" not in found


def test_a_ship_after_a_dash_and_the(nlp):
    text = HEADLINE + "A Danish ship \u2013 the Harlow Pioneer, was boarded by pirates off the coast on Saturday.\n"
    assert by_text(extract(nlp, text))["Harlow Pioneer"][0] is Kind.VESSEL


def test_a_ship_named_after_a_comma_at_the_end_of_the_sentence(nlp):
    text = HEADLINE + "The crew were found on Friday by the French Navy vessel, Premier Ma\u00eetre Lebrun.\n"
    found = by_text(extract(nlp, text))
    assert found["Premier Ma\u00eetre Lebrun"][0] is Kind.VESSEL


def test_a_party_named_after_its_leader_in_lower_case_is_not_the_leader(nlp):
    text = HEADLINE + (
        "The court banned the country's pro-Russia Varga party. Varga party, led by exiled businessman Ivan Varga, "
        "has staged protests for months. Voters who support the Varga party were angry, Varga said.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Ivan Varga"] == (Kind.OFFICIAL, "Ivan Varga") and found["Varga"][0] is Kind.OFFICIAL
    assert found["Varga party"] == (Kind.PARTY, "Varga Party")


def test_the_embassy_of_a_state_is_the_state(nlp):
    text = HEADLINE + (
        "Kenya and Peru signed the contract on Friday, a signing described by the Embassy of Kenya as "
        "a defining moment for the two countries.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any("Embassy" in t for t in found) and found["Kenya"] == (Kind.STATE, "Kenya")


def test_names_in_a_title_written_as_a_sentence_are_kept(nlp):
    text = (
        "Sanctions also remain in place for three Kenyan state institutions: National Police, Supreme Electoral "
        "Council, and Telcor\nNAIROBI \u2013 The European Union has extended its measures against officials of Kenya.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["National Police"][0] is Kind.PARTY and found["Supreme Electoral Council"][0] is Kind.PARTY


def test_a_bare_pm_in_a_title_case_headline_is_no_body(nlp):
    text = "Czechs expel Russian embassy staff, PM says suspected link to Russian ammunition explosion\n\n" + (
        "Prague expelled two diplomats on Monday, the prime minister said.\n"
    )
    assert "PM" not in by_text(extract(nlp, text))


def test_a_camel_cased_firm_with_a_legal_form_is_one_name(nlp):
    text = HEADLINE + (
        "Kenya signed the deal for the sale of VorTex supersonic cruise missiles to the Kenyan Navy. "
        "The VorTex Aerospace Private Limited (VAPL) is a joint venture. VAPL said the deal was good.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["VAPL"] == (Kind.PARTY, "VorTex Aerospace Private Limited")
    assert "Aerospace Private Limited" not in found


def test_a_misspelt_first_name_after_a_title_joins_the_rest_of_the_name(nlp):
    text = HEADLINE + (
        "Kebir's son, General Brahm Idriss Tamba Itno, serves as transitional president of the military council.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Brahm Idriss Tamba Itno"][0] is Kind.OFFICIAL
    assert "Brahm Idriss" not in found and "Tamba Itno" not in found


def test_an_unknown_word_before_based_is_a_place_not_a_body(nlp):
    text = HEADLINE + "The ship is owned by RT Lines, a sister company of Tarnowgram-based Kamau Steel Mill.\n"
    found = by_text(extract(nlp, text))
    assert "Tarnowgram" not in found and found["Kamau Steel Mill"][0] is Kind.PARTY
