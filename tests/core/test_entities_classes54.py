"""Round AP entity classes (invented sentences): an airline called a carrier, a body named by "Reserve" or
"Facility" the model took for a person, a maker's word naming a type of aircraft, a state's central bank under its
several names, a form of government or a title alone, an airline named "X Air"."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _kinds(entities) -> dict[str, Kind]:
    return {m.text: e.kind for e in entities for m in e.mentions}


def _holder(entities, text: str):
    return next(e for e in entities if any(m.text == text for m in e.mentions))


def test_an_airline_called_a_carrier_is_no_ship(nlp):
    text = (
        HEADLINE + "Brazil's flagship carrier Voralia operates daily flights to Lima. The state-owned carrier "
        "Sky Andina lost money. The bulk carrier Magna Sol sank."
    )
    kinds = _kinds(extract(nlp, text))
    assert kinds.get("Voralia") is Kind.PARTY and kinds.get("Sky Andina") is Kind.PARTY, kinds
    assert kinds.get("Magna Sol") is Kind.VESSEL, kinds
    # a navy's flagship carrier is a ship
    kinds = _kinds(extract(nlp, HEADLINE + "The Royal Navy's flagship carrier HMS Queen Elizabeth sailed on Monday."))
    assert kinds.get("HMS Queen Elizabeth") is Kind.VESSEL or kinds.get("Queen Elizabeth") is Kind.VESSEL, kinds


def test_a_body_whose_name_ends_in_reserve_or_facility_is_no_person(nlp):
    text = HEADLINE + "The money will go to a new account within the Andean Peace Facility, the minister said."
    assert _kinds(extract(nlp, text)).get("Andean Peace Facility") is Kind.PARTY


def test_a_makers_word_naming_an_aircraft_type_is_no_body(nlp):
    text = (
        "Grounded Brazilian Tarvel not tied to Peru\n\nIts crew flew a Tarvel 747 cargo plane to Lima on Monday. "
        "The plane left on Tuesday, the minister said."
    )
    assert "Tarvel" not in _kinds(extract(nlp, text))
    text = HEADLINE + "The plane maker Tarvel said on Monday it would cut jobs."
    assert "Tarvel" in _kinds(extract(nlp, text))


def test_a_central_banks_names_are_one_body(nlp):
    text = (
        HEADLINE + "The assets of the Central Bank of Russia held in Europe were frozen. Proceeds from the Russian "
        "Central Bank assets went to Ukraine."
    )
    found = extract(nlp, text)
    assert _holder(found, "Russian Central Bank") is _holder(found, "Central Bank of Russia")
    text = (
        HEADLINE + "Russia's Central Bank (RCB) said it had filed a lawsuit against Valtrix. The move caused harm to "
        "the Bank of Russia, RCB said."
    )
    found = extract(nlp, text)
    assert _holder(found, "Bank of Russia") is _holder(found, "RCB")


def test_a_bank_of_a_state_alone_stays_apart(nlp):
    text = HEADLINE + "The Bank of England holds the gold, and the Central Bank of Venezuela wants it back."
    found = extract(nlp, text)
    assert _holder(found, "Bank of England") is not _holder(found, "Central Bank of Venezuela")
    # a lender called after its state is no central bank ('Bank of China', 'Bank of Cyprus')
    text = HEADLINE + "China's Central Bank cut rates on Monday. Bank of China, a state lender, said it would follow."
    found = extract(nlp, text)
    assert _holder(found, "Bank of China") is not _holder(found, "Central Bank"), [e.name for e in found]
    text = HEADLINE + "He traded with the Venezuelan Central Bank (BCV) and Bank of Venezuela (BDV) on Monday."
    found = extract(nlp, text)
    assert _holder(found, "Bank of Venezuela") is not _holder(found, "Venezuelan Central Bank")


def test_a_form_of_government_alone_and_a_title_alone_are_no_entities(nlp):
    text = (
        HEADLINE + "The Omani aviation authority said “the Sultanate’s airspace is open for all carriers.” Following "
        "proposals by the Commission and the High Representative, the Council decided to act."
    )
    kinds = _kinds(extract(nlp, text))
    assert "Sultanate" not in kinds and "High Representative" not in kinds, kinds


def test_an_airline_named_x_air_is_no_place(nlp):
    text = HEADLINE + "Officials said the firm purchased the plane from Velora Air in Tehran last year."
    assert _kinds(extract(nlp, text)).get("Velora Air") is Kind.PARTY


def test_a_credit_set_off_by_dots_and_a_notice_under_a_post_are_page_furniture(nlp):
    text = (
        HEADLINE + "President Jon Rell of Ruritania in Caracas in March.Credit...Mara Vell/Reuters\nThe talks went "
        "on, the minister said.\nThe BBC is not responsible for the content of external sites.View original tweet on "
        "Twitter\n"
    )
    kinds = _kinds(extract(nlp, text))
    assert "Reuters" not in kinds and "BBC" not in kinds, kinds
