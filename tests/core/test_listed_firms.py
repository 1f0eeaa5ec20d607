"""Firms listed after a plural trade noun and "like"/"such as"/"including" are bodies (listed_firms.py, read by
called_names.called_short_names); a known state, a possessive phrase, "groups like" and "brands like" are left.
Invented names throughout."""

from __future__ import annotations

from core.extract.pipeline import extract_text
from core.model import Kind
from tests.core.test_entities_news import HEADLINE


def _kinds(text: str) -> dict[str, Kind]:
    return {e.name: e.kind for e in extract_text(HEADLINE + text).entities}


def test_firms_listed_after_companies_like_are_bodies():
    found = _kinds("The second bid came from companies like Veltrona, Quorix and Brandt Tessel and was rejected.")
    assert {found.get(n) for n in ("Veltrona", "Quorix", "Brandt Tessel")} == {Kind.PARTY}, found


def test_a_two_word_firm_after_including_is_one_body():
    found = _kinds("The tender drew offers from firms including General Tessel and Hornvik.")
    assert found.get("General Tessel") is Kind.PARTY and "Tessel" not in found, found


def test_a_state_in_the_list_stays_a_state():
    found = _kinds("Carriers such as Veltrona Air and Brazil suspended flights on Monday.")
    assert found.get("Brazil") is Kind.STATE, found


def test_brands_and_groups_are_left():
    found = _kinds("Stores sold brands like Quellmar, and the state backs groups like Hornvik's Sword Front.")
    assert "Quellmar" not in found, found
