"""The lead's mends after the read-only review of round W: each test fails on the code before the mend."""

from __future__ import annotations

import pytest

from core.extract.furniture import furniture_ranges
from core.model import Family, Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations import pairs
from tests.core.test_relations_rescues35 import SPEC


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian Navy intercepted the tanker Sea Breeze, which it said was smuggling weapons to pirates in"
        " Sylvania.",
        "The Freedonian Navy boarded the tanker Sea Breeze and held its crew as hostages.",
        "The Freedonian Navy, on an anti-pirate patrol, intercepted the tanker Sea Breeze carrying smuggled oil.",
        "The Freedonian Navy intercepted the tanker Sea Breeze without a distress call or any warning.",
    ],
)
def test_a_rescue_word_not_about_the_ship_makes_no_rescue(text):
    fams = pairs(text, SPEC).get(frozenset({"Freedonian Navy", "Sea Breeze"}), set())
    assert Family.ENFORCEMENT in fams and Family.ALLIANCE not in fams, fams


@pytest.mark.usefixtures("rules_alone")
def test_a_body_joined_by_a_state_in_the_passive_is_still_membership():
    spec = {"Finland": (Kind.STATE, ["Finland"]), "NATO": (Kind.PARTY, ["NATO"])}
    fams = pairs("NATO was joined by Finland in 2023.", spec).get(frozenset({"Finland", "NATO"}), set())
    assert Family.MEMBERSHIP in fams and Family.ALLIANCE not in fams, fams


def test_a_led_and_a_backed_body_are_two_bodies(nlp):
    text = HEADLINE + "The Maritime Police-led and Border Guard-backed patrol ended on Monday.\n"
    found = by_text(extract(nlp, text))
    assert not any(" and " in t for t in found), found


def test_a_day_of_a_date_is_no_count_of_a_force(nlp):
    text = HEADLINE + "On June 3 Chinese coast guards boarded the tanker. Later the Chinese coast guards left.\n"
    found = by_text(extract(nlp, text))
    assert any("coast guards" in t for t in found), found


def test_a_football_club_is_no_naval_operation(nlp):
    found = by_text(extract(nlp, HEADLINE + "Atalanta beat Napoli 2-1 in Bergamo on Sunday, the club said.\n"))
    assert found.get("Atalanta", (None, None))[1] != "EU Naval Force", found


@pytest.mark.parametrize("line", ["IRAN SEIZES TANKER | Reuters", "USS NIMITZ | CVN-68"])
def test_a_headline_in_capitals_before_a_bar_is_no_byline(line):
    text = "Tanker news\n" + line + "\nIran seized the tanker on Monday.\n"
    start = text.index(line)
    assert not any(a <= start < b for a, b in furniture_ranges(text))


def test_a_sentence_about_first_publication_is_no_syndication_note():
    line = "This article was originally published in 2019, when Iran seized the tanker in the Strait of Hormuz."
    text = "Tanker news\n\nIran seized a tanker on Monday.\n" + line + "\n"
    start = text.index(line)
    assert not any(a <= start < b for a, b in furniture_ranges(text))

