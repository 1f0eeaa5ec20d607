"""Entity classes of blind set 28 (issue #11, round V), each on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_formal_firm_name_with_a_town_in_brackets_is_one_firm(nlp):
    text = HEADLINE + (
        "The ministry listed Borvik Bulk Carrier (Ningbo) Co., Ltd. and Borvik Bulk Carrier (Ningbo) Crew and"
        " Vessel Management Co. Ltd. on Monday. It also named Orion 77 Limited and Halvard Ship & Crew Services"
        " Co, Ltd.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Borvik Bulk Carrier (Ningbo) Co., Ltd."][0] is Kind.PARTY
    assert found["Borvik Bulk Carrier (Ningbo) Crew and Vessel Management Co. Ltd."][0] is Kind.PARTY
    assert found["Orion 77 Limited"][0] is Kind.PARTY
    assert any(t.startswith("Halvard Ship & Crew Services Co, Ltd") for t in found)
    assert "Ningbo" not in found and "Co., Ltd." not in found


def test_and_joins_no_two_firms_without_a_town_in_brackets(nlp):
    text = HEADLINE + "The ministry listed Halvard Textiles and Borvik Shipping Co. on Monday.\n"
    found = by_text(extract(nlp, text))
    assert not any(t.startswith("Halvard Textiles and") for t in found)


def test_a_body_run_into_the_holder_of_a_title_of_it_is_cut(nlp):
    from core.extract.coref import Mention
    from core.extract.run_on_names import split_run_on

    doc = nlp("“We will act,” said Secretary of the Treasury Scott Halvorsen.")
    start = next(t.i for t in doc if t.text == "Treasury")
    out = split_run_on(doc, [Mention(start, start + 3, Kind.PARTY, None, 2, "org")])
    assert [(doc[m.start : m.end].text, m.kind) for m in out] == [
        ("Treasury", Kind.PARTY),
        ("Scott Halvorsen", Kind.OFFICIAL),
    ]


def test_an_office_of_a_department_named_with_a_possessive_is_a_second_body(nlp):
    text = HEADLINE + (
        "Ruritania's Department of the Interior’s Office of Land Claims fined the firm. The Ministry of the"
        " Interior’s Office of Migration also fined it.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Office of Land Claims"][0] is Kind.PARTY
    assert found["Office of Migration"][0] is Kind.PARTY
    assert found["Ministry of the Interior"][0] is Kind.PARTY
    assert not any(t.endswith("’s Office") for t in found)


def test_a_state_word_before_era_names_a_time(nlp):
    text = HEADLINE + "Ruritania will replace its ageing Soviet-era jets. The old Soviet radar failed.\n"
    entities = extract(nlp, text)
    texts = [(m.text, m.start) for e in entities for m in e.mentions]
    era = text.index("Soviet-era")
    assert ("Soviet", era) not in texts
    assert ("Soviet", text.index("Soviet radar")) in texts


def test_a_dated_byline_and_an_authors_note_are_furniture(nlp):
    text = (
        "Ruritania Fines Borovian Firm\nBy The Harbour Gazette 2024-03-05 10:15:00\n"
        "Ruritania fined the firm on Monday.\n"
        "Jane Roe is a Europe correspondent for Harbour Gazette. She has reported on trade.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Harbour Gazette" not in found and "Jane Roe" not in found


def test_administration_alone_and_sam_are_no_actors(nlp):
    text = HEADLINE + (
        "The Administration reaffirms its support for Ruritania. Borovia fields Surface-to-Air Missile (SAM)"
        " systems.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Administration" not in found and "SAM" not in found


def test_an_acronym_after_comma_or_is_the_firms_short_name(nlp):
    text = HEADLINE + (
        "The navy and Borvik Shipbuilding & Offshore International Co., or BSOC, signed the deal. BSOC will"
        " deliver it. The navy and Halvard Yards Co., or the yard, signed too.\n"
    )
    entities = extract(nlp, text)
    firm = next(e for e in entities if any(m.text.startswith("Borvik Shipbuilding") for m in e.mentions))
    assert [m.text for m in firm.mentions].count("BSOC") == 2
    assert not any(m.text == "the yard" for e in entities for m in e.mentions)


def test_one_word_and_a_body_before_company_is_one_firm(nlp):
    text = HEADLINE + "The deal specified engines from Ruritania’s Engine and Gear Works company.\n"
    found = by_text(extract(nlp, text))
    assert found["Engine and Gear Works"][0] is Kind.PARTY
    assert "Engine" not in found


def test_democracy_alone_is_no_actor(nlp):
    # invented (review of round V: the first version copied a blind-28 sentence); cut at a page's end as that was
    text = (
        "Borovia will keep funding free newspapers, rights groups and local councils to uphold"
        " principles in line with the Ruritania Democracy and R"
    )
    found = by_text(extract(nlp, text))
    assert "Democracy" not in found


def test_a_given_name_an_editor_put_in_brackets_is_left_out(nlp):
    text = HEADLINE + "“We will win under the leadership of President [Anton] Varga and with allies,” he said.\n"
    found = by_text(extract(nlp, text))
    assert found["Varga"][0] is Kind.OFFICIAL
    assert not any("]" in t for t in found)


def test_tory_and_the_dup_are_known_parties(nlp):
    text = HEADLINE + (
        "Tory leadership hopeful Anton Varga was scathing. Speaking for the Tories, a shadow minister backed it,"
        " and the DUP agreed.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Tory"] == (Kind.PARTY, "Conservative Party")
    assert found["Tories"] == (Kind.PARTY, "Conservative Party")
    assert found["DUP"] == (Kind.PARTY, "Democratic Unionist Party")


def test_a_name_before_an_antiaircraft_tank_is_a_model(nlp):
    text = HEADLINE + (
        "Germany said the Kestrel battle tank of its army fires well. It was unclear which ammunition"
        " Germany was now sending to Ukraine along with the Kestrels.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Kestrel" not in found and "Kestrels" not in found
    assert found["Germany"][0] is Kind.STATE


def test_a_person_named_spiegel_keeps_his_surname(nlp):
    # review of round V: a bare "Spiegel" as the magazine took a person's surname from him
    text = HEADLINE + "Acme chief executive Evan Spiegel met officials in Beijing. Spiegel said China was open.\n"
    found = by_text(extract(nlp, text))
    assert found.get("Spiegel", (Kind.OFFICIAL,))[0] is Kind.OFFICIAL


def test_the_acronym_of_an_exception_names_no_body(nlp):
    text = HEADLINE + (
        "The sale took place after the expiry of Borovia’s Significant Reduction Exception (SRE) on May 2, and was"
        " not covered by that SRE.\n"
    )
    found = by_text(extract(nlp, text))
    assert "SRE" not in found
