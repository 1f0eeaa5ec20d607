"""Mends after the review of round U: no custody read from a delay, a storm or a workplace; no broker tie for those
who only welcome or condemn a deal; a given name is no title; a person named Bridge is no bridge; a number after a
firm's 'Group' is no task group's."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations import OFF, P, S, stated

pytestmark = pytest.mark.usefixtures("rules_alone")


SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Acme": (P, ["Acme"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


@pytest.mark.parametrize(
    "text",
    [
        "Lin Bao was held up in Sylvania by bad weather.",
        "Lin Bao worked in a Sylvanian prison for ten years as a guard.",
    ],
)
def test_a_delay_or_a_workplace_is_no_custody(text):
    assert ("Sylvania", "Lin Bao", Family.ENFORCEMENT) not in stated(text, SPEC)


def test_a_person_kept_in_a_prison_stays_held():
    got = stated("Lin Bao, who spent ten years in a Sylvanian prison, was freed on Monday.", SPEC)
    assert ("Sylvania", "Lin Bao", Family.ENFORCEMENT) in got, got


def test_those_who_welcome_a_brokered_deal_are_no_sides_of_it():
    got = stated("Freedonia and Sylvania condemned the Acme-brokered deal.", SPEC)
    assert not {("Acme", "Freedonia", Family.DIPLOMACY), ("Acme", "Sylvania", Family.DIPLOMACY)} & got, got
    got = stated("Freedonia and Sylvania completed an Acme-brokered swap on Monday.", SPEC)
    assert ("Acme", "Freedonia", Family.DIPLOMACY) in got, got


def _names(text: str) -> dict[str, Kind]:
    return {e.name: e.kind for e in extract(__import__("core.extract.nlp", fromlist=["load_nlp"]).load_nlp(), text)}


def test_a_given_name_is_no_title_and_a_surname_is_no_bridge():
    names = _names(HEADLINE + "Defence Minister Amir Hatami said on Monday that the deal was dead.")
    assert names.get("Amir Hatami") is Kind.OFFICIAL, names
    names = _names(HEADLINE + "Lawmaker Jeff Bridge said on Monday that the bill would pass.")
    assert names.get("Jeff Bridge") is Kind.OFFICIAL, names


def test_a_firms_group_and_a_number_is_no_task_group():
    names = _names(HEADLINE + "The Acme Group 2.5 billion euros loss was reported on Monday by Acme Group itself.")
    assert not [n for n in names if n.endswith("2.5")], names
