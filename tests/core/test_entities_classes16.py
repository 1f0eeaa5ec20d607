"""Entity classes of blind set 11 (issue #11, round E), each on invented sentences: ships named by a service and a
hull number, a hull number's short form, count words after a ship's name, ships told by a port call or a keeper,
parties told by "party", another name given with "or", firms after "PT", zone acronyms, sanctions programmes,
names cut at the text's end or run together with the next word."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, holding


def _texts(entities) -> set[str]:
    return {m.text for e in entities for m in e.mentions}


def test_a_ship_named_by_its_service_and_hull_number(nlp):
    text = HEADLINE + (
        'A spokesman said the Malaysian Coast Guard vessel 4417 "deliberately blocked" the BRP Luna Bay. '
        "Photos showed a VCG vessel with bow number 8031 nearby."
    )
    found = extract(nlp, text)
    ship = holding(found, "4417")
    assert ship is not None and ship.kind is Kind.VESSEL and ship.name == "MCG 4417"
    assert holding(found, "Malaysian Coast Guard").kind is Kind.PARTY  # the service keeps its mention
    assert holding(found, "8031").kind is Kind.VESSEL


def test_an_acronym_right_before_the_number_is_part_of_the_ships_name(nlp):
    text = HEADLINE + (
        "The Malaysian Maritime Enforcement Agency (MMEA) chased the MMEA (Malaysian Maritime Enforcement Agency) "
        "3106 vessel out of the area. Later MMEA 3106 left."
    )
    found = extract(nlp, text)
    ship = holding(found, "MMEA 3106")
    assert ship is not None and ship.kind is Kind.VESSEL and holding(found, "3106") is ship


def test_a_year_after_a_service_is_no_ship(nlp):
    found = extract(nlp, HEADLINE + "The Japan Coast Guard 2024 report listed 300 incursions. JCG 2023 was calmer.")
    assert not any(e.kind is Kind.VESSEL for e in found)


def test_a_ships_name_without_its_hull_number_is_that_ship(nlp):
    text = HEADLINE + (
        "The Indonesian Coast Guard ship KN Pulau Merah-321 expelled a trawler. KN Pulau Merah immediately "
        "contacted the other vessel."
    )
    found = extract(nlp, text)
    ship = holding(found, "KN Pulau Merah-321")
    assert ship is not None and ship.kind is Kind.VESSEL and holding(found, "KN Pulau Merah") is ship


def test_a_count_word_is_not_part_of_a_ships_name(nlp):
    found = extract(nlp, HEADLINE + "A coast guard vessel rammed the BRP Luna Bay three times on Sunday.")
    assert "BRP Luna Bay" in _texts(found) and not any("three" in t for t in _texts(found))


def test_a_ship_told_by_its_port_call_or_its_manager(nlp):
    text = HEADLINE + (
        "The minister said it was the Nord Sterne which had requested permission to call at the port of Vigo. "
        "Nord Maritime, the company managing the Nord Sterne, did not reply. The Supreme Court was due to rule."
    )
    found = extract(nlp, text)
    assert holding(found, "Nord Sterne").kind is Kind.VESSEL
    assert holding(found, "Supreme Court").kind is Kind.PARTY


def test_a_name_before_party_is_a_party_with_its_demonym(nlp):
    text = HEADLINE + (
        "The actions of (the) Georgian Hope party hurt democracy. He is the honorary chairman of Georgian Hope. "
        "Georgian voters were angry."
    )
    found = extract(nlp, text)
    party = holding(found, "Georgian Hope")
    assert party is not None and party.kind is Kind.PARTY and party.name == "Georgian Hope"
    assert holding(found, "Georgian").kind is Kind.STATE


def test_a_one_word_other_name_given_with_or_joins_the_body(nlp):
    text = HEADLINE + (
        "The survey was run by the state-run oil company PT Sinar Laut, the country's Maritime Security Agency or "
        "Bakamla said. Japan says the buoy sits in its EEZ."
    )
    found = extract(nlp, text)
    agency = holding(found, "Maritime Security Agency")
    assert agency is not None and holding(found, "Bakamla") is agency
    assert holding(found, "PT Sinar Laut").kind is Kind.PARTY
    assert "PT" not in _texts(found) and "EEZ" not in _texts(found)


def test_sanctions_programmes_and_cut_or_glued_names_are_no_entities(nlp):
    text = HEADLINE + (
        "He was sanctioned under the Harmful Foreign Meddling Sanctions - E.O. 14024. Georgia fell under the "
        "influence of Russiawhich occupies its land. The funds were for the benefit of the Government of the Russian F"
    )
    texts = _texts(extract(nlp, text))
    assert not any("Sanctions" in t or "Russiawhich" in t or t.endswith(" F") for t in texts)
