"""Entity classes of blind sets 12 and 13 (issue #11, round H), each on invented sentences: closing blocks of links
to other stories (bulleted headlines, a "Latest News" heading over teaser cards) and "Read the ... on X" lines."""

from __future__ import annotations

from core.extract.teasers import teaser_tails
from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE

_BODY = "Norway and Chile signed a fisheries pact on Monday, the two foreign ministries said in a joint statement.\n"


def _texts(entities) -> set[str]:
    return {m.text for e in entities for m in e.mentions}


def test_closing_bulleted_headlines_are_links(nlp):
    text = HEADLINE + _BODY + (
        "- Peru must settle its border row before it can join the bloc - senators\n"
        "- Minister: attempts to freeze the talks with Bolivia are wrong\n"
    )
    texts = _texts(extract(nlp, text))
    assert {"Norway", "Chile"} <= texts and not texts & {"Peru", "Bolivia"}


def test_bulleted_sentences_are_article_text():
    text = HEADLINE + _BODY + "- Peru signed the pact in March.\n- Bolivia will sign it next year.\n"
    assert teaser_tails(text) == []


def test_a_latest_news_heading_over_teaser_cards_is_furniture(nlp):
    text = HEADLINE + _BODY + (
        "\nLatest News\n\nHarbour Rovers cruise to a 4-0 win over Dunmore FC in Valparaiso\n\n"
        "Harbour Rovers kept a perfect record with a dominant win over Dunmore FC on the island of Tasmania.\n\n"
        "Proud debut for Okonkwo as he bows out of the league\n"
    )
    texts = _texts(extract(nlp, text))
    assert {"Norway", "Chile"} <= texts and not texts & {"Dunmore FC", "Harbour Rovers", "Okonkwo", "Tasmania"}


def test_a_heading_followed_by_paragraphs_is_not_teasers():
    text = HEADLINE + _BODY + (
        "\nLatest News\n\nThe two states will meet again in May to settle the quotas for the southern waters, "
        "officials said.\n\nThe talks are expected to last three days and end with a second joint statement.\n"
    )
    assert teaser_tails(text) == []


def test_read_the_news_on_a_site_is_furniture(nlp):
    text = HEADLINE + _BODY + "Read the Andes War News Latest Today on The Pacific Courier.\n"
    texts = _texts(extract(nlp, text))
    assert "Norway" in texts and not any("Courier" in t or "War News" in t for t in texts)


def _kind_of(entities, form):
    hits = [e for e in entities if any(m.text == form for m in e.mentions)]
    return hits[0].kind if hits else None


def test_a_name_ending_in_a_newspapers_word_is_an_outlet(nlp):
    found = extract(nlp, HEADLINE + "The minister confirmed the delivery on Friday, as reported by Andean Pravda.\n")
    assert _kind_of(found, "Andean Pravda") is Kind.PARTY


def test_a_lone_name_that_reports_is_an_outlet(nlp):
    text = HEADLINE + (
        "On Friday, Zeitblick reported that Norway had sent another air defence system to Chile. "
        "The shipment was confirmed by the ministry.\n"
    )
    assert _kind_of(extract(nlp, text), "Zeitblick") is Kind.PARTY


def test_a_persons_surname_that_reports_stays_a_person(nlp):
    text = HEADLINE + (
        "Norwegian envoy Lars Halvorsen met the Chilean minister on Friday. Halvorsen reported that the talks "
        "had gone well.\n"
    )
    assert _kind_of(extract(nlp, text), "Halvorsen") is Kind.OFFICIAL


def test_a_first_name_with_an_apostrophe_and_an_al_surname_after_a_role(nlp):
    text = HEADLINE + (
        "Washington sanctioned the network of financial facilitator Ma’mun al-Rashidi on Tuesday, "
        "the department said.\n"
    )
    found = extract(nlp, text)
    assert _kind_of(found, "Ma’mun al-Rashidi") is Kind.OFFICIAL


def test_a_name_after_place_based_is_a_body(nlp):
    text = HEADLINE + "The tanker's insurer, Lisbon-based Corvina Mutual Club, was approached for comment.\n"
    assert _kind_of(extract(nlp, text), "Corvina Mutual Club") is Kind.PARTY


def test_a_demonym_and_a_title_are_no_person(nlp):
    text = HEADLINE + "During a meeting with Papua New Guinean Prime Minister Tomas Wari, the envoy praised the deal.\n"
    found = extract(nlp, text)
    texts = _texts(found)
    assert "Tomas Wari" in texts and not any("Prime Minister" in t for t in texts)
    assert _kind_of(found, "Papua New Guinean") is Kind.STATE


def test_a_meeting_is_no_body(nlp):
    text = HEADLINE + (
        "The ministers are in Manila for the 2nd Foreign and Defense Ministerial Meeting, the highest consultative "
        "mechanism between Norway and Chile.\n"
    )
    texts = _texts(extract(nlp, text))
    assert {"Norway", "Chile"} <= texts and not any("Meeting" in t for t in texts)


def test_ships_joined_before_a_plural_ship_noun(nlp):
    text = HEADLINE + (
        "The drills involve warships of three navies. The Russian side is represented by the Stoikiy and "
        "Merkury corvettes, the ministry said.\n"
    )
    found = extract(nlp, text)
    assert _kind_of(found, "Stoikiy") is Kind.VESSEL


def test_a_romance_name_runs_over_its_particle(nlp):
    text = HEADLINE + "It confirmed a report last month by Italy’s Gazzetta della Notte newspaper on the seizure.\n"
    found = extract(nlp, text)
    assert _kind_of(found, "Gazzetta della Notte") is Kind.PARTY and _kind_of(found, "Notte") is None


def test_a_lower_case_by_line_and_a_file_image_credit_are_furniture(nlp):
    text = (
        "date 2023-10-13 Norway Sanctions Tanker Firms\n\nby Harbour & Quay News Team\n\n"
        "Norway is stepping up its efforts to control Chile's exports. File Image / Stockpix\n\n"
        "Norway listed two tanker firms on Friday, the ministry said in a statement on its website.\n"
    )
    texts = _texts(extract(nlp, text))
    assert "Norway" in texts and not any("Quay" in t or "Stockpix" in t or "File Image" in t for t in texts)


def test_the_group_of_seven_is_a_body(nlp):
    found = extract(nlp, HEADLINE + "The envoy flew on from Japan, where G-7 nations held a summit on Monday.\n")
    assert _kind_of(found, "G-7") is Kind.PARTY


def test_a_states_defence_force_is_one_body(nlp):
    found = extract(nlp, HEADLINE + "Washington has provided the Fiji Defence Force with body armour and radios.\n")
    assert _kind_of(found, "Fiji Defence Force") is Kind.PARTY and _kind_of(found, "Defence Force") is Kind.PARTY


def test_a_name_before_two_words_of_ship_class_is_a_ship(nlp):
    text = HEADLINE + (
        "Russia's fleet includes the Pechora landing ship and the Dunmore logistics vessel, the ministry said. "
        "It linked up with the Hartley shuttle tanker on 17 January.\n"
    )
    found = extract(nlp, text)
    assert _kind_of(found, "Dunmore") is Kind.VESSEL and _kind_of(found, "Hartley") is Kind.VESSEL


def test_a_name_after_the_with_no_noun_in_a_text_of_ships_is_a_ship(nlp):
    text = HEADLINE + (
        "Three sailors were killed in a missile attack on the True Harmony in March last year. The rebels have "
        "hit more than a hundred ships since then.\n"
    )
    assert _kind_of(extract(nlp, text), "True Harmony") is Kind.VESSEL


def test_the_x_regime_stays_a_person(nlp):
    text = HEADLINE + (
        "Officials said President Aleksandr Brovko met the envoy. Citizens who protested against the Brovko "
        "regime were jailed, and two ships were seized.\n"
    )
    assert _kind_of(extract(nlp, text), "Aleksandr Brovko") is Kind.OFFICIAL


def test_a_force_spelled_two_ways_is_one_body(nlp):
    text = HEADLINE + (
        "The pact improves the capacity of the PNG Defence Force. Washington has also provided the Papua New Guinea "
        "Defense Force with helmets.\n"
    )
    found = extract(nlp, text)
    force = [e for e in found if any("Force" in m.text for m in e.mentions)]
    assert len(force) == 1 and force[0].kind is Kind.PARTY


def test_a_models_suffix_is_no_agency(nlp):
    text = HEADLINE + "Berlin's aid to Ukraine includes shells, Leopard 1 AP tanks and drones, the ministry said.\n"
    texts = _texts(extract(nlp, text))
    assert "Ukraine" in texts and "AP" not in texts and "Leopard" not in texts


def test_a_firms_first_words_are_the_firm(nlp):
    text = HEADLINE + (
        "OFAC has designated Marlow Coastal Shipping LLC, a company with offices in Oman. Asked for comment, a "
        "Marlow Coastal representative declined.\n"
    )
    found = extract(nlp, text)
    firm = [e for e in found if any("Marlow" in m.text for m in e.mentions)]
    assert len(firm) == 1 and firm[0].kind is Kind.PARTY


def test_a_bracketed_company_kind_before_the_legal_form(nlp):
    text = HEADLINE + "India-based Dunmore Shipping (OPC) Private Limited served as the manager of the tanker.\n"
    found = extract(nlp, text)
    assert _kind_of(found, "Dunmore Shipping (OPC) Private Limited") is Kind.PARTY


def test_a_names_own_acronym_keeps_the_legal_form_apart(nlp):
    text = HEADLINE + "The Nigerian National Petroleum Corporation (NNPC) Limited said the tanker was held.\n"
    found = extract(nlp, text)
    assert _kind_of(found, "Nigerian National Petroleum Corporation") is Kind.PARTY


def test_a_name_before_radio_is_an_outlet(nlp):
    text = HEADLINE + "Spokesperson Elena Vardaki told Alfa radio that Norway and Chile are seeking dialogue.\n"
    assert _kind_of(extract(nlp, text), "Alfa") is Kind.PARTY


def test_a_dashed_signature_closing_the_article_is_furniture(nlp):
    text = HEADLINE + _BODY + "The pact takes effect after ratification by both parliaments. - Marisol Etxeberria\n"
    texts = _texts(extract(nlp, text))
    assert "Norway" in texts and not any("Etxeberria" in t for t in texts)


def test_a_firms_tanker_the_x_is_a_ship(nlp):
    text = HEADLINE + "Harbour Ventures Corp's tanker the Kestrel Dawn carried crude above the cap, OFAC said.\n"
    assert _kind_of(extract(nlp, text), "Kestrel Dawn") is Kind.VESSEL
