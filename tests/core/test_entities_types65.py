"""Bodies the model read as people and titles fused into names (issue #11, round BA), each on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def _found(nlp, sentence: str) -> dict:
    return by_text(extract(nlp, HEADLINE + sentence + "\n"))


# a parent or holding firm set in apposition before the name (firm_people._noun_before)


def test_a_parent_company_in_apposition_is_a_firm(nlp):
    found = _found(
        nlp,
        "William Rowe, the paper's publisher and chief executive of its parent company, Vardo Lenz, said he was"
        " disappointed by the decision.",
    )
    assert found["Vardo Lenz"][0] is Kind.PARTY
    assert found["William Rowe"][0] is Kind.OFFICIAL


def test_the_person_apposed_to_a_plain_company_stays_a_person(nlp):
    found = _found(nlp, "The chief executive of the company, Tomas Vardolen, said the plant would stay open.")
    assert found["Tomas Vardolen"][0] is Kind.OFFICIAL


# a country's two-word name with "which" (firm_people._firm_apposition)


def test_a_countrys_two_word_name_with_which_is_a_firm(nlp):
    found = _found(
        nlp,
        "The scheme benefitted the tycoon's company and India's Korvel Dunstan, which was listed on the NYSE until"
        " late 2023.",
    )
    assert found["Korvel Dunstan"][0] is Kind.PARTY


def test_a_countrys_leader_with_a_clause_which_stays_a_person(nlp):
    found = _found(
        nlp,
        "The envoy met Ruritania's Tomas Vardolen, which angered the allies. Vardolen later left for the capital.",
    )
    assert found["Tomas Vardolen"][0] is Kind.OFFICIAL


# outlets listed after a plural outlet noun (firm_people._in_firm_list)


def test_names_listed_after_publications_are_outlets(nlp):
    found = _found(
        nlp,
        "She wrote for prominent French publications, including Pala Mirsot and Le Vorrin, as well as Swiss"
        " newspaper Le Temps.",
    )
    assert found["Pala Mirsot"][0] is Kind.PARTY


def test_names_listed_after_journalists_stay_people(nlp):
    found = _found(nlp, "Several journalists, including Pala Mirsot and Tomas Vardolen, were expelled on Monday.")
    assert found["Pala Mirsot"][0] is Kind.OFFICIAL


# the outlet that sources or officials spoke to (outlet_shapes._reports)


def test_a_lone_name_that_sources_told_is_an_outlet(nlp):
    found = _found(nlp, "Government sources told Vestika that the meeting was canceled because the premier was irked.")
    assert found["Vestika"][0] is Kind.PARTY


def test_a_lone_name_told_by_a_minister_stays_a_person(nlp):
    found = _found(nlp, "The minister told Vardolen that the meeting was canceled. Tomas Vardolen did not reply.")
    assert found["Vardolen"][0] is Kind.OFFICIAL


def test_a_surname_told_by_officials_stays_a_person(nlp):
    found = _found(nlp, "Tomas Vardolen arrived on Monday. Officials told Vardolen that the meeting was canceled.")
    assert found["Vardolen"][0] is Kind.OFFICIAL


# a title's remit after "in"/"on" (portfolios._mark_remits, people.person_start)


def test_a_remit_after_in_is_no_part_of_the_holders_name(nlp):
    found = _found(
        nlp,
        '"They bribed the government to win contracts," said FBI Assistant Director in Charge James E. Dorley.',
    )
    assert found["James E. Dorley"][0] is Kind.OFFICIAL
    assert "Charge James E. Dorley" not in found


def test_a_remit_after_on_is_no_part_of_the_holders_name_nor_a_body(nlp):
    found = _found(
        nlp, "The OSCE Representative on Freedom of the Media Teresa Rovelo did not see anything in this, she said."
    )
    assert found["Teresa Rovelo"][0] is Kind.OFFICIAL
    assert not any("Freedom" in t or "Media" in t for t in found)


def test_a_known_place_after_in_is_no_remit_and_the_name_stays_whole(nlp):
    found = _found(nlp, "The Ambassador in Moscow Tomas Vardolen Lenz was summoned on Monday.")
    assert found["Tomas Vardolen Lenz"][0] is Kind.OFFICIAL


# makes named in the plural after plural goods (products._plural_makes)


def test_plural_makes_after_supercars_are_no_people(nlp):
    found = _found(
        nlp,
        "His purchases include a private jet, a luxury yacht and a fleet of supercars including Varrettis, Castellos"
        " and Orlan Vanes.",
    )
    assert "Castellos" not in found and "Orlan Vanes" not in found


def test_owners_listed_after_cars_stay_people(nlp):
    found = _found(nlp, "The owners of the cars, including Tom Adams and Jane Williams, were questioned on Monday.")
    assert found["Jane Williams"][0] is Kind.OFFICIAL
    assert found["Tom Adams"][0] is Kind.OFFICIAL


def test_drivers_of_the_cars_listed_stay_people(nlp):
    found = _found(nlp, "Police questioned drivers of the cars including Tom Adams and Jane Williams on Monday.")
    assert found["Jane Williams"][0] is Kind.OFFICIAL


# where a staff works (firm_people._staff_before)


def test_the_name_executives_act_for_is_a_firm(nlp):
    found = _found(
        nlp, "In 2020, executives of Korvel Dunstan and Vestika agreed to pay the officials, the court heard."
    )
    assert found["Korvel Dunstan"][0] is Kind.PARTY


def test_the_name_a_director_works_at_is_a_firm(nlp):
    found = _found(nlp, "Sagar Roe, who is a director at Marko Green, was also charged, and Marko Green denied it.")
    assert found["Marko Green"][0] is Kind.PARTY
    assert found["Sagar Roe"][0] is Kind.OFFICIAL


def test_an_aide_of_a_person_stays_a_person(nlp):
    found = _found(nlp, "A former employee of Korvel Dunstan said he had been paid in cash by the businessman.")
    assert found["Korvel Dunstan"][0] is Kind.OFFICIAL


def test_a_person_whose_name_opens_the_firms_name_stays_a_person(nlp):
    found = _found(
        nlp,
        "US prosecutors charged Marko Vardolen and his nephew Sagar Vardolen, who is director at Vardolen Green."
        " Vardolen denied it.",
    )
    assert found["Sagar Vardolen"][0] is Kind.OFFICIAL
    assert found["Marko Vardolen"][0] is Kind.OFFICIAL


# a group's noun after a name never written longer (firm_people._group_after)


def test_a_name_before_gang_is_a_body(nlp):
    found = _found(nlp, "Police arrested members of the notorious Kasprin gang on Monday.")
    assert found["Kasprin"][0] is Kind.PARTY


def test_a_surname_before_loyalist_group_stays_a_person(nlp):
    found = _found(nlp, "Vladimir Kasprin arrived on Monday. Kasprin loyalist group members cheered.")
    assert found["Kasprin"][0] is Kind.OFFICIAL
