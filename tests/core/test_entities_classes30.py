"""Entity classes of blind set 23 (issue #11, round R), each on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _by_text(entities) -> dict[str, tuple[Kind, str]]:
    return {m.text: (e.kind, e.name) for e in entities for m in e.mentions}


def test_an_acronym_that_spells_the_owner_after_of_is_the_owners(nlp):
    text = HEADLINE + (
        "The Council of Elders of the Northern Fisheries Organisation (NFO) met Chile on Monday. Chile said it would "
        "cut its cooperation with the NFO.\n"
    )
    found = _by_text(extract(nlp, text))
    assert found["NFO"][1] == "Northern Fisheries Organisation"
    assert found["Council of Elders of the Northern Fisheries Organisation"][1] != "Northern Fisheries Organisation"


def test_units_and_acronyms_of_weapons_and_plants_are_no_actors(nlp):
    text = HEADLINE + (
        "Chile and Peru signed a deal for the Punta Lobos Nuclear Power Plant, a 1,200 MW project. The plant's two "
        "EPR units will be built later. Work at the Arica NPP goes on. Peru fired an ICBM, a carrier of WMD.\n"
    )
    found = _by_text(extract(nlp, text))
    for word in ("MW", "EPR", "ICBM", "WMD", "Arica NPP", "Punta Lobos Nuclear Power Plant"):
        assert word not in found, word
    assert found["Chile"][0] is Kind.STATE


def test_a_clock_offset_is_no_body(nlp):
    text = HEADLINE + "Materials 14 May 2022 08:45 (UTC +04:00)\n\nThe Border Service of Chile reported a clash.\n"
    found = _by_text(extract(nlp, text))
    assert not any(t.startswith("UTC") for t in found)


def test_a_body_and_its_head_after_a_comma_are_two(nlp):
    text = HEADLINE + (
        "The contract was signed by the head of the state nuclear company Veltacor, Boris Malenkov, and Chile's "
        "energy minister, Pablo Rojas.\n"
    )
    found = _by_text(extract(nlp, text))
    assert found["Veltacor"][0] is Kind.PARTY
    assert found["Boris Malenkov"][0] is Kind.OFFICIAL


def test_a_title_holder_named_right_after_the_body_of_the_title(nlp):
    text = HEADLINE + (
        "The team was led by the Director-General of the Ministry of Foreign Affairs Dana Weisler, who met Peru's "
        "envoy.\n"
    )
    found = _by_text(extract(nlp, text))
    assert found["Ministry of Foreign Affairs"][0] is Kind.PARTY
    assert found["Dana Weisler"][0] is Kind.OFFICIAL


def test_a_capitalised_word_with_an_inner_apostrophe_opens_a_firm(nlp):
    text = HEADLINE + "Washington sanctioned Ma’lan Delta Technology Development Co. for transfers to Iran.\n"
    found = _by_text(extract(nlp, text))
    assert "Ma’lan Delta Technology Development Co." in found


def test_an_initial_with_a_period_and_a_surname_are_one_person(nlp):
    text = HEADLINE + "Talks were held with Major General Kh. Dorimov to prevent the escalation. Dorimov agreed.\n"
    found = _by_text(extract(nlp, text))
    assert found["Kh. Dorimov"][0] is Kind.OFFICIAL
    assert found["Dorimov"][1] == found["Kh. Dorimov"][1]


def test_a_formal_name_runs_on_past_for(nlp):
    text = HEADLINE + (
        "The Harbin Research Institute of Optics for Precision Instrument Industry worked with Iran, a statement "
        "said.\n"
    )
    found = _by_text(extract(nlp, text))
    assert found["Harbin Research Institute of Optics for Precision Instrument Industry"][0] is Kind.PARTY


def test_a_name_that_runs_into_its_bracketed_acronym_ends_before_it(nlp):
    text = HEADLINE + (
        "The firm worked with Pakistan’s National Missile Complex (NMC), which builds rockets. The NMC denied it.\n"
    )
    found = _by_text(extract(nlp, text))
    assert found["National Missile Complex"][0] is Kind.PARTY
    assert found["NMC"][1] == found["National Missile Complex"][1]


def test_a_portfolio_joined_by_and_before_the_comma_is_no_body(nlp):
    text = HEADLINE + (
        "The Minister of Foreign Affairs and the National Community Abroad, Karim Benali, announced that Algeria cut "
        "relations with Morocco.\n"
    )
    found = _by_text(extract(nlp, text))
    assert "National Community Abroad" not in found
    assert found["Karim Benali"][0] is Kind.OFFICIAL


def test_a_title_in_the_plural_is_no_person(nlp):
    text = HEADLINE + "The National Security Advisors of the three allies had met in Lima last week, Chile said.\n"
    found = _by_text(extract(nlp, text))
    assert "National Security Advisors" not in found


def test_an_outlet_reports_citing_another(nlp):
    text = HEADLINE + (
        "A clash occurred on the border, the Border Service of Chile reported, Nomad reports citing Zarya. On Monday, "
        "Vesti reported, citing Orbita, that it had ended.\n"
    )
    found = _by_text(extract(nlp, text))
    for name in ("Nomad", "Zarya", "Vesti", "Orbita"):
        assert found.get(name, (None,))[0] is Kind.PARTY, name


def test_a_firm_with_an_inner_apostrophe_before_its_legal_form(nlp):
    text = HEADLINE + (
        "Washington sanctioned Orion Enterprise, and Ma’lan Delta Technology Development Co.—as well as the "
        "Iran-based firm Pars Equipment.\n"
    )
    found = _by_text(extract(nlp, text))
    assert not any(t == "Ma’lan" for t in found)
    assert any(t.startswith("Ma’lan Delta Technology Development") for t in found)


def test_a_short_form_in_the_headline_joins_the_body_named_in_full(nlp):
    text = (
        "Small Island, Big Quarrel: Maritime Tribunal Rules in Favor of Chile\n\n"
        "In a landmark decision, the Maritime Tribunal of Arbitration (MTA) has settled a dispute between Peru and "
        "Chile. The MTA ruled on Monday.\n"
    )
    found = _by_text(extract(nlp, text))
    assert found["Maritime Tribunal"][1] == found["Maritime Tribunal of Arbitration"][1]


def test_a_region_before_its_regional_office_is_no_body(nlp):
    text = HEADLINE + (
        "The talks were held by the head of the Varzob regional department of the State Committee for National "
        "Security, Chile said.\n"
    )
    found = _by_text(extract(nlp, text))
    assert "Varzob" not in found


def test_a_person_cited_by_a_writer_stays_a_person(nlp):
    # review of round R: people write and cite too; a name the model reads as a person keeps its kind
    text = HEADLINE + "Kuznetsov wrote, citing Ivanov, that the deal was off.\n"
    found = {m.text: e.kind for e in extract(nlp, text) for m in e.mentions}
    assert found.get("Ivanov") is Kind.OFFICIAL
