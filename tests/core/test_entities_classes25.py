"""Entity classes of blind set 18 (issue #11, round M), each on invented sentences."""

from __future__ import annotations

from core.extract.coref import Mention
from core.extract.stray_names import keep_name
from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_protected_area_is_no_ship_and_a_parks_authority_is_a_body(nlp):
    text = HEADLINE + (
        "The Borovian navy said a trawler was seized in the Ostrava Marine Reserve with 200 tons of fish."
        " Jan Novak, the director of the Ostrava National Park, said the crew would be charged.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any("Reserve" in t for t in found)
    assert found["Ostrava National Park"][0] is Kind.PARTY


def test_a_place_made_an_adjective_names_nobody(nlp):
    text = HEADLINE + (
        "Officials in Ruritania turned on Halvard Ports, the Port Velo-based consortium that runs the two"
        " terminals, Trade Minister Anna Kowalska said.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any(t.endswith("-based") for t in found)


def test_a_lone_statute_is_no_body_and_the_court_is_the_court_named_before(nlp):
    text = HEADLINE + (
        "Ruritania welcomed the ruling of the International Court of Arbitration on Thursday. The Court"
        " ordered Borovia to report within four months, under Article 12 of the Court's Statute.\n"
    )
    entities = extract(nlp, text)
    found = by_text(entities)
    assert "Statute" not in found
    court = [e for e in entities if any(m.text == "Court" for m in e.mentions)]
    assert len(court) == 1 and court[0].name == "International Court of Arbitration"


def test_the_last_words_of_a_body_named_in_full_are_that_body(nlp):
    text = HEADLINE + (
        "Ruritania spoke at the Northern Nations Regional Assembly on Monday. The Regional Assembly then voted"
        " to condemn Borovia.\n"
    )
    entities = [e for e in extract(nlp, text) if any("Assembly" in m.text for m in e.mentions)]
    assert len(entities) == 1


def test_an_agency_foot_line_after_a_stray_mark_and_a_photographer_are_no_entities(nlp):
    text = HEADLINE + (
        "Ruritania and Borovia signed the pact on Monday, Prime Minister Anna Kowalska said.\n"
        "Anna Kowalska and Petr Dvorak, Tomas Brannigan / AFP.\n"
        "(\u00b4Writing by Halvard Olsen; Editing by Marta Lind)\n"
    )
    found = by_text(extract(nlp, text))
    for name in ("Tomas Brannigan", "Halvard Olsen", "Marta Lind", "AFP"):
        assert name not in found


def test_caption_names_glued_together_are_no_person(nlp):
    text = HEADLINE + (
        "Prime Minister Anna Kowalska met Petr Dvorak in Ruritania on Monday.\n"
        "Anna Kowalska and Petra SvobodovaJan Dvorak at the meeting.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any("SvobodovaJan" in t for t in found)


def test_a_without_borders_body_is_a_body_whole(nlp):
    text = HEADLINE + "This was announced by Engineers Without Borders on Monday, after Ruritania detained a ship.\n"
    found = by_text(extract(nlp, text))
    assert found["Engineers Without Borders"][0] is Kind.PARTY


def test_a_programme_or_plan_is_no_body(nlp):
    text = HEADLINE + (
        "Ruritania quit Borovia's Silk and Sea Initiative last year, and the Northern Energy Corridor Project"
        " was shelved, Trade Minister Anna Kowalska said.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any(t.endswith(("Initiative", "Project")) for t in found)
    assert found["Anna Kowalska"][0] is Kind.OFFICIAL


def test_the_cargo_word_before_tanker_is_no_part_of_the_ships_name(nlp):
    doc = nlp("The Boreal Lotus LNG tanker was idling off the coast on Monday.")
    m = Mention(1, 4, Kind.VESSEL, "Boreal Lotus LNG", 6, "name")
    assert keep_name(doc, m, "Boreal Lotus LNG")
    assert (m.start, m.end, m.key) == (1, 3, "Boreal Lotus")
    text = HEADLINE + "The Boreal Lotus LNG tanker was idling off the coast of Ruritania on Monday.\n"
    assert not any(t.endswith("LNG") for t in by_text(extract(nlp, text)))


def test_a_one_word_name_listed_among_places_is_a_place(nlp):
    text = HEADLINE + (
        "Borovia annexed four regions of Ukraine – Donetsk, Luhansk, Kherson and Zaporizhia – in September,"
        " Foreign Minister Anna Kowalska said.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Luhansk" not in found and "Kherson" not in found
    assert found["Anna Kowalska"][0] is Kind.OFFICIAL


def test_an_apposition_opened_by_a_possessive_name_types_a_firm(nlp):
    text = HEADLINE + (
        "The project is majority-owned by Velatek, Ruritania's largest private natural gas producer, and"
        " Trade Minister Anna Kowalska backs it.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Velatek"][0] is Kind.PARTY


def test_a_committees_listed_remit_is_part_of_its_name(nlp):
    text = HEADLINE + (
        "Anna Kowalska, the Republican chair of the U.S. Senate Committee on Commerce, Science and Transportation,"
        " raised concerns that Borovia could close the canal.\n"
    )
    entities = extract(nlp, text)
    names = {m.text for e in entities for m in e.mentions}
    assert "Science and Transportation" not in names
    assert any(t.endswith("Committee on Commerce, Science and Transportation") for t in names)


def test_a_listed_remit_does_not_swallow_states_named_after_a_body(nlp):
    text = HEADLINE + "The Commission on Trade, Ruritania and Borovia signed the pact on Monday.\n"
    names = {m.text for e in extract(nlp, text) for m in e.mentions}
    assert not any("Borovia" in t and "Commission" in t for t in names)


def test_a_firms_name_joined_by_und_is_one_name(nlp):
    text = HEADLINE + (
        "Borovia's Velatek bought a stake in the terminal, Kieler Werft und Logistik AG (KWL) announced on"
        " Monday.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Kieler Werft" not in found
    assert found["Kieler Werft und Logistik AG"][0] is Kind.PARTY


def test_the_oval_office_is_a_room(nlp):
    text = HEADLINE + "Speaking in the Oval Office, Prime Minister Anna Kowalska praised Ruritania on Monday.\n"
    assert "Oval Office" not in by_text(extract(nlp, text))


def test_a_known_outlet_written_with_a_hyphen_after_al_is_that_outlet(nlp):
    text = HEADLINE + "Al-Arabiya reports that Ruritania backed the resolution on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Al-Arabiya"] == (Kind.PARTY, "Al Arabiya")


def test_a_ship_class_after_its_type_number_is_no_ship(nlp):
    doc = nlp("The Type 054B Ostrava II guided-missile frigate was seen near the strait.")
    m = Mention(3, 5, Kind.VESSEL, "Ostrava II", 6, "name")
    assert not keep_name(doc, m, "Ostrava II")


def test_a_one_word_body_cut_at_and_runs_on_over_the_rest_of_its_name(nlp):
    text = HEADLINE + (
        "The Coast Guard, Navy, Excise and Frontier Protection, and the Ruritanian police took part in the"
        " operation on Monday.\n"
    )
    names = {m.text for e in extract(nlp, text) for m in e.mentions}
    assert "Excise and Frontier Protection" in names and "Excise" not in names


def test_a_legal_form_opens_no_firms_name_and_a_settlement_is_no_body(nlp):
    text = HEADLINE + (
        "Regulator Enters Into $86,318 Settlement with Halvard Bank SA and Velo Partners & Co. for Apparent"
        " Violations of Ruritania Sanctions Programs\n\nThe regulator fined Halvard Bank SA on Monday.\n"
    )
    names = {m.text for e in extract(nlp, text) for m in e.mentions}
    assert not any(t.startswith("Co.") for t in names)
    assert "Settlement" not in names


def test_joined_name_parts_are_no_glued_caption_names(nlp):
    text = HEADLINE + "Egyptian minister Mohamed AbdelRahman met the Saudi envoy Faisal AbdulAziz in Cairo on Monday.\n"
    found = by_text(extract(nlp, text))
    assert "Mohamed AbdelRahman" in found
    assert "Faisal AbdulAziz" in found


def test_an_agencys_programme_is_a_body(nlp):
    text = HEADLINE + "Officials of the United Nations Development Programme visited Kenya on Monday.\n"
    found = by_text(extract(nlp, text))
    assert any("Development Programme" in name for name in found), found


def test_the_acronym_of_a_common_noun_is_no_body(nlp):
    text = HEADLINE + (
        "The tanker reached the floating storage unit (FSU) off Kamchatka in June. The FSU then loaded a second"
        " tanker, the Velora Star, Borovia's energy ministry said.\n"
    )
    found = by_text(extract(nlp, text))
    assert "FSU" not in found
