"""A capital modifying a named document, process or tournament is its place, not its state
(`capital_things.capital_names_a_thing`, x-b83e-127)."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract


def test_a_capital_naming_accords_is_no_state(nlp):
    text = "Cooperation began after the 1979 Lisbon Peace Accords. The monitors cited the CSCE Oslo Document."
    found = by_text(extract(nlp, text))
    assert not {"Lisbon", "Oslo"} & set(found), found


def test_a_capital_naming_a_process_or_a_tournament_is_no_state(nlp):
    text = "The envoy praised the Accra and Dakar processes. The boxer withdrew from the Oslo tournament in March."
    found = by_text(extract(nlp, text))
    assert not {"Accra", "Dakar", "Oslo"} & set(found), found


def test_a_capital_speaking_for_its_government_stays_its_state(nlp):
    found = by_text(extract(nlp, "Lisbon rejected the proposal, and the Lisbon government recalled its envoy."))
    assert found.get("Lisbon") == (Kind.STATE, "Portugal"), found


def test_a_capital_in_a_title_case_heading_before_a_verb_stays_a_place(nlp):
    text = "Lisbon Warns Madrid Over Fishing Process\nThe talks resumed on Monday, officials said."
    found = by_text(extract(nlp, text))
    assert {"Lisbon", "Madrid"} <= set(found), found
