"""Firms listed after a plural trade noun and "like"/"such as"/"including" are bodies (listed_firms.py, read by
called_names.called_short_names); a known state, a possessive phrase, "groups like" and "brands like" are left.
Invented names throughout."""

from __future__ import annotations

from core.extract.listed_firms import listed_firms
from core.extract.nlp import load_nlp
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
    assert listed_firms(load_nlp()("The state backs groups like Sword Front and Iron Dawn.")) == []  # review BJ-10


def test_a_list_stops_at_a_full_stop():
    # review BJ-1: "A. B said" is two sentences, two firms, not one name running past the stop
    found = _kinds("Fares rose at carriers like Veltrona. Quorix Airways said on Monday that it would add flights.")
    assert not any(". " in name for name in found), found
    assert found.get("Quorix Airways") is Kind.PARTY, found


def test_a_title_ends_a_firm_and_a_titled_item_is_a_person():
    # review BJ-2: "A CEO B" is the firm A and its chief; "President B" after a noun of people is no firm
    found = _kinds("Carmakers like Veltrona CEO Brandt Tessel praised the new rules.")
    assert found.get("Veltrona") is Kind.PARTY and "Veltrona CEO Brandt Tessel" not in found, found
    found = _kinds("Decision makers such as President Hal Brandt met in Dorvik on Monday.")
    assert found.get("Hal Brandt") is Kind.OFFICIAL and "President Hal Brandt" not in found, found


def test_a_trade_of_people_lists_no_firms():
    # review BJ-2: "tour operators" and "policy makers" are people at work, no firms
    for text in ("Tour operators such as Rodrigo Vallmar say bookings are down.",
                 "Policy makers such as Ilse Marrow warned of a slowdown."):
        assert listed_firms(load_nlp()(text)) == [], text
