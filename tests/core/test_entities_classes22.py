"""Entity classes of blind set 15 (issue #11, round J), each on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_state_opening_a_body_name_stays_in_it(nlp):
    text = HEADLINE + "The papers are void, the Chile Maritime Authority said on Monday.\n"
    found = by_text(extract(nlp, text))
    # the name without its state is at most a form of the same body (x-ent23: it is, as for "Japan Maritime
    # Self-Defense Force" ... "the Maritime Self-Defense Force"), never a body of its own
    assert found.get("Maritime Authority", (None, "Chile Maritime Authority"))[1] == "Chile Maritime Authority"
    assert found.get("Chile Maritime Authority", (None,))[0] is Kind.PARTY


def test_a_state_closing_a_body_name_stays_in_it(nlp):
    text = HEADLINE + "Campaign group United Against Nuclear Peru said in March that tankers sailed.\n"
    found = by_text(extract(nlp, text))
    assert "United Against Nuclear" not in found


def test_a_particle_between_hyphens_keeps_a_name_whole(nlp):
    text = HEADLINE + "The militant group Harakat-ul-Nusrat Pakistan (HNP) claimed the attack.\n"
    found = by_text(extract(nlp, text))
    assert found["Harakat-ul-Nusrat Pakistan"][0] is Kind.PARTY
    assert "Harakat-" not in found


def test_a_firm_and_company_is_one_name(nlp):
    text = HEADLINE + "After the bank was acquired by AB Roses & Company in 2018, it kept processing payments.\n"
    found = by_text(extract(nlp, text))
    assert found["AB Roses & Company"][0] is Kind.PARTY
    assert "Company" not in found


def test_towns_in_a_list_are_places(nlp):
    text = HEADLINE + "Drones struck sites in Vardania, Gorel, Sotkan and Jerimuk in eastern Armenia.\n"
    found = by_text(extract(nlp, text))
    assert not any(k in found for k in ("Gorel", "Sotkan", "Jerimuk"))


def test_a_border_line_and_its_short_form_are_places(nlp):
    text = HEADLINE + (
        "The long-disputed Hoffmann Line remains a point of friction. Troops crossed the Line of Actual"
        " Control (LAC) on Monday.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Hoffmann Line" not in found and "LAC" not in found


def test_a_territory_of_a_name_is_a_place(nlp):
    text = HEADLINE + "Thousands were killed in a war over the disputed territory of Upper-Kavaria in 2020.\n"
    found = by_text(extract(nlp, text))
    assert not any("Kavaria" in k for k in found)


def test_a_clause_after_a_place_is_no_list(nlp):
    text = HEADLINE + "Speaking at the alliance's headquarters in Brussels, Dobrev detailed the plan.\n"
    assert "Dobrev" in by_text(extract(nlp, text))


def test_treaties_days_and_programmes_are_no_people(nlp):
    text = HEADLINE + (
        "The bans came on Global Honesty Day, set by the Convention Against Graft. The bank broke the Trade"
        " Sanctions Programs of the United States.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any(k is Kind.OFFICIAL for k, _ in found.values()), found


def test_the_euro_is_a_currency(nlp):
    text = HEADLINE + "The bank processed Euro payments for firms in Syria, the Treasury said.\n"
    assert "Euro" not in by_text(extract(nlp, text))


def test_a_clause_opener_is_not_part_of_a_bank_name(nlp):
    text = (
        HEADLINE + "Alpha Credit Bank SA was fined. After Alpha Credit Bank SA was bought by a fund, it kept trading.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any(k.startswith("After") for k in found), found


def test_a_foot_credit_line_names_no_actor(nlp):
    text = HEADLINE + "Peru signed the pact on Monday.\n\nSome information for this report came from Norpress.\n"
    assert "Norpress" not in by_text(extract(nlp, text))
