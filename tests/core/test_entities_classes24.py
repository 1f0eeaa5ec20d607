"""Entity classes of blind set 17 (issue #11, round L), each on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_model_code_before_a_weapon_is_no_person(nlp):
    text = HEADLINE + (
        "Ruritania will buy Z7 Grey Falcon tanks from Borovia, and the maker will also send R5 self-propelled"
        " howitzers, Defence Minister Anna Kowalska said on Tuesday.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any(t.startswith(("Z7", "R5")) for t in found)
    assert found["Anna Kowalska"][0] is Kind.OFFICIAL


def test_a_firms_chief_executive_officer_is_no_part_of_his_name(nlp):
    text = HEADLINE + (
        "Halvard Textiles said it regretted the breaches. The firm's Chief Executive Officer Tomas Brannigan"
        " released a statement on Monday.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Tomas Brannigan"][0] is Kind.OFFICIAL
    assert not any("Officer" in t for t in found)


def test_department_of_x_and_x_department_are_one_body(nlp):
    text = HEADLINE + (
        "On Wednesday, the U.S. Department of Commerce fined Halvard Textiles $30 million. The Commerce"
        " Department said the firm had shipped drives to a listed buyer.\n"
    )
    entities = [e for e in extract(nlp, text) if any("Commerce" in m.text for m in e.mentions)]
    assert len(entities) == 1
    assert entities[0].kind is Kind.PARTY


def test_departments_of_two_states_stay_apart(nlp):
    text = HEADLINE + "The Philippine Defense Department and the U.S. Department of Defense signed the plan.\n"
    entities = [e for e in extract(nlp, text) if e.kind is Kind.PARTY and any("Def" in m.text for m in e.mentions)]
    assert len(entities) == 2


def test_two_offices_joined_by_and_are_two_bodies(nlp):
    text = HEADLINE + (
        "The inquiries by the US Department of Justice and Commerce Department's Bureau of Industry and Security"
        " ended on Monday. The Ministry of Industry and Trade welcomed the result.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any("Justice and Commerce" in t for t in found)
    assert found["Ministry of Industry and Trade"][0] is Kind.PARTY


def test_a_state_and_a_bloc_joined_by_and_are_two_names(nlp):
    text = HEADLINE + "Ivan Petrenko, sanctioned by the United States and European Union, lost his appeal.\n"
    found = by_text(extract(nlp, text))
    assert found["United States"][0] is Kind.STATE
    assert found["European Union"][0] is Kind.PARTY
    assert not any(" and European" in t for t in found)


def test_a_firm_named_by_two_nationality_words_stays_whole(nlp):
    text = HEADLINE + "The government says British American Tobacco has agreed to pay a penalty to the Treasury.\n"
    found = by_text(extract(nlp, text))
    assert found["British American Tobacco"][0] is Kind.PARTY
    assert "Tobacco" not in found and "British" not in found


def test_a_port_named_after_its_place_is_no_person(nlp):
    text = HEADLINE + "The carrier anchored two miles off Quang Loc Port on Monday for a four-day visit.\n"
    found = by_text(extract(nlp, text))
    assert not any(kind is Kind.OFFICIAL and "Port" in t for t, (kind, _) in found.items())


def test_a_newspaper_glossed_in_brackets_is_a_body(nlp):
    text = HEADLINE + "Thanh Moi (Dawn) newspaper photographer Le Van took pictures of the ship on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Thanh Moi"][0] is Kind.PARTY


def test_a_hull_type_and_number_in_brackets_is_a_thing(nlp):
    from core.extract.coref import Mention
    from core.extract.things import _bracketed_thing

    doc = nlp("The group includes destroyer USS Harold E. Trent (DDG 141) and a cruiser.")
    i = next(t.i for t in doc if t.text == "DDG")
    assert _bracketed_thing(doc, Mention(i, i + 1, Kind.PARTY, None, 1, "org"))
    j = next(t.i for t in doc if t.text == "Trent")
    assert not _bracketed_thing(doc, Mention(j, j + 1, Kind.PARTY, None, 1, "org"))


def test_a_firm_with_and_without_its_legal_form_is_one_body(nlp):
    text = HEADLINE + (
        "The government has selected Halvard Heavy Industries, Ltd. to build the ships. Halvard Heavy Industries"
        " said it was proud of the choice.\n"
    )
    entities = [e for e in extract(nlp, text) if any("Halvard" in m.text for m in e.mentions)]
    assert len(entities) == 1


def test_a_title_case_line_is_a_heading_whose_guesses_need_the_body(nlp):
    text = (
        "Home : Media : News\nNEWS | May 2, 2026\n\nUS Hospital Ship Arrives in Ruritania for Historic Visit\n\n"
        "By Pacific Fleet Public Affairs\n\nPORT ROYAL, Ruritania -- The ship arrived in Ruritania on Monday for a"
        " five-day port call, the navy said.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any("Arrives" in t for t in found)


def test_names_listed_after_brands_such_as_are_no_people(nlp):
    text = HEADLINE + "Halvard Tobacco is known for cigarette brands such as Lucky Rider and Marlowe.\n"
    found = by_text(extract(nlp, text))
    assert "Lucky Rider" not in found and "Marlowe" not in found
    text = HEADLINE + "He met leaders such as John Harker and Anna Kowalska on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["John Harker"][0] is Kind.OFFICIAL


def test_an_agency_byline_on_its_own_line_is_furniture(nlp):
    text = HEADLINE + (
        "Ruritania will buy 180 tanks from Borovia, its defence minister said on Friday.\n\n"
        "By Reuters. (Production: Jane Roe)\n"
    )
    found = by_text(extract(nlp, text))
    assert "Reuters" not in found


def test_a_group_commander_in_apposition_stays_a_person(nlp):
    text = HEADLINE + (
        "\"We are honored,\" said Rear Adm. Harold Benning, the strike group commander. He spoke in the port.\n"
        "The ships were seized by Halvard Marine, a shipping group, on Monday.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Harold Benning"][0] is Kind.OFFICIAL
    assert found["Halvard Marine"][0] is Kind.PARTY


def test_a_firms_defence_unit_in_apposition_is_a_body(nlp):
    text = HEADLINE + (
        "Halvard Rotem will ship tanks, and Halvard Defense, the defence unit of Halvard Corp, will send howitzers.\n"
        "Ivan Sokol, a unit commander, was killed on Monday.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Halvard Defense"][0] is Kind.PARTY
    assert found["Ivan Sokol"][0] is Kind.OFFICIAL
