"""Bullet headings hold no names; a person-typed name before a ship's noun is the ship (invented texts)."""

from __future__ import annotations

from core.extract.headings import heading_spans
from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def test_title_case_bullet_heads_are_found_and_sentences_are_not():
    text = "  \u2022 Licensing and Company Creation: Maduro plans licences.\n  \u2022 He said: no.\nA Title: Here"
    spans = heading_spans(text)
    assert [text[a:b] for a, b in spans] == ["Licensing and Company Creation"]


def test_a_bullet_heading_yields_no_body(nlp):
    text = (
        HEADLINE + "  \u2022 Licensing and Company Creation: The president plans to issue operating licences.\n"
        "  \u2022 Regional Response and International Tribunal Involvement: Guyana condemns the plan.\n"
    )
    found = {m.text for e in extract(nlp, text) if e.kind in {Kind.PARTY, Kind.OFFICIAL} for m in e.mentions}
    assert not found & {"Company", "Company Creation", "International Tribunal", "International Tribunal Involvement"}


def test_a_name_before_a_research_vessel_is_a_ship(nlp):
    text = (
        HEADLINE + "The minister spoke at a ceremony in the capital to welcome Turkey's Kemal Aras seismic research "
        "vessel, which will search for oil off the coast."
    )
    found = extract(nlp, text)
    ship = [e for e in found if any(m.text == "Kemal Aras" for m in e.mentions)]
    assert ship and ship[0].kind is Kind.VESSEL


def test_a_flag_before_a_vessel_is_no_ship(nlp):
    text = HEADLINE + "The Hong Kong-flagged container vessel left the port on Sunday, the coast guard said."
    assert not [e for e in extract(nlp, text) if e.kind is Kind.VESSEL and "Hong Kong" in e.name]
