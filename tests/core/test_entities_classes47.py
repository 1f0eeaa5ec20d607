"""Entity classes of blind39 (issue #11, round AI): numbered hacking groups and their nicknames, a syndicator's
lead after a stored page's date line, on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, entity_with, extract


def test_a_numbered_hacking_group_is_a_body(nlp):
    text = (
        "Officials in Oslo blamed hacking group APT77 for the breach. Investigators also traced the state-sponsored "
        "APT 12 hacking group to the attacks on the ministry."
    )
    found = by_text(extract(nlp, text))
    assert found["APT77"][0] is Kind.PARTY, found
    assert found["APT 12"][0] is Kind.PARTY, found


def test_a_hacking_groups_nickname_after_or_joins_the_group(nlp):
    text = (
        "Norway condemns the campaign by the state-controlled cyberespionage group APT63 or Gentle Walrus, the "
        "ministry said on Monday."
    )
    entities = extract(nlp, text)
    group = entity_with(entities, "APT63")
    assert group is not None and group.kind is Kind.PARTY, entities
    assert "Gentle Walrus" in [m.text for m in group.mentions], entities


def test_a_syndicators_lead_after_a_date_line_is_no_entity(nlp):
    text = (
        " date 2024-05-03 (MENAFN- Patagonia News Agency (PNA)) OSLO, May 3 (PNA) -- The Norwegian government said "
        "on Friday it had summoned the Chilean ambassador over the hacking of its ministries."
    )
    found = by_text(extract(nlp, text))
    for name in ("MENAFN-", "OSLO", "PNA", "Patagonia News Agency"):
        assert name not in found, found


def test_a_known_outlets_news_agency_stays_whole(nlp):
    text = "The ministry said this on Monday, TASS News Agency reported. Talks will follow in Oslo."
    found = by_text(extract(nlp, text))
    assert "TASS News" not in found, found
    assert found["TASS News Agency"][0] is Kind.PARTY, found


def test_a_heads_title_after_a_body_is_no_part_of_it(nlp):
    text = (
        "The Norwegian Coast Guard (NCG) said on Monday it would act. NCG Commandant Admiral Halvor Brekke has "
        "ordered the relief of 11 personnel. Armed Forces of Norway Chief of Staff Gen. Torstein Lyngstad said so."
    )
    found = by_text(extract(nlp, text))
    assert "NCG Commandant" not in found and "Armed Forces of Norway Chief" not in found, found
    assert found["Armed Forces of Norway"][0] is Kind.PARTY, found


def test_a_title_that_names_an_office_stays_in_it(nlp):
    text = "A spokesman for the Office of the Director General of the agency said the report was late."
    found = by_text(extract(nlp, text))
    assert "Office of the" not in found, found


def test_technical_acronyms_and_brexit_are_no_entities(nlp):
    text = (
        "The aircraft were conducting intelligence, surveillance, and reconnaissance (ISR) operations. The suspects "
        "used WIFI jammers. Since Brexit, the fishermen in Oslo have been angry."
    )
    found = by_text(extract(nlp, text))
    for name in ("ISR", "WIFI", "Brexit"):
        assert name not in found, found
