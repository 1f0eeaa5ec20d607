"""Given names the model leaves out after a closing bracket, after a quotation's closing mark or after a state named
after "to"/"of" (`given_names._opens_name`), and a last surname the model labelled a work of art
(`people._lone_org_word`); x-entfn118. Invented names throughout."""

from __future__ import annotations

from core.extract.pipeline import extract_text
from core.model import Kind
from tests.core.test_entities_news import HEADLINE


def _people(text: str) -> set[str]:
    return {e.name for e in extract_text(HEADLINE + text).entities if e.kind is Kind.OFFICIAL}


def test_a_given_name_after_a_closing_bracket_opens_the_name():
    people = _people("Recently, Director General of Foreign Trade (DGFT) Santosh Kumar Sarangi informed the press.")
    assert "Santosh Kumar Sarangi" in people and "Kumar Sarangi" not in people, people


def test_a_given_name_after_a_closed_quotation_opens_the_name():
    people = _people('"There is no reason to panic," Damantang Albert Camara told reporters on Monday.')
    assert "Damantang Albert Camara" in people and "Albert Camara" not in people, people


def test_a_given_name_after_a_state_after_to_opens_the_name():
    people = _people("Pakistani Ambassador to China Naghmana Alamgir Hashmi told the media on Friday.")
    assert "Naghmana Alamgir Hashmi" in people and "Alamgir Hashmi" not in people, people


def test_a_state_before_a_name_stays_a_state():
    found = extract_text(HEADLINE + "Pakistani Ambassador to China Naghmana Alamgir Hashmi told the media.")
    states = {e.name for e in found.entities if e.kind is Kind.STATE}
    assert "China" in states, states


def test_a_last_surname_labelled_a_work_stays_in_the_name():
    people = _people("Camfin is the vehicle of Pirelli CEO Marco Tronchetti Provera.")
    assert "Marco Tronchetti Provera" in people and "Marco Tronchetti" not in people, people
