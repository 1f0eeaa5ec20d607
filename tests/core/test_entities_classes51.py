"""Entity classes of round AM (issue #11): firms listed one a line with "Limited"/"Incorporated", a firm's name
opening with a stop word ("Full"), a count of men before a force word ("10 Marines"), a religious honorific before a
name ("Mullah"), and a state in free association with its own flag register ("Cook Islands"); on invented sentences."""

from __future__ import annotations

from core.extract.furniture import heading_ranges
from core.model import Kind
from tests.core.test_entities import by_text, extract


def test_firms_listed_one_a_line_are_firms_not_headings(nlp):
    text = (
        "Treasury widens tanker sanctions\n\n"
        "The US Treasury on Monday imposed sanctions on shipping companies, officials said.\n"
        "The new sanctions target companies like:\n"
        "Orvana Marine Limited,\n"
        "Tessel Voyager Incorporated,\n"
        "Brisk Trading Limited, and\n"
        "Full Lantern Limited.\n"
        "The firms did not reply to requests for comment.\n"
    )
    found = by_text(extract(nlp, text))
    names = ("Orvana Marine Limited", "Tessel Voyager Incorporated", "Brisk Trading Limited", "Full Lantern Limited")
    for name in names:
        assert found.get(name, (None,))[0] is Kind.PARTY, (name, found)


def test_a_line_going_on_with_a_comma_is_no_heading():
    text = "Title of the piece\n\nSome sentence here.\nOrvana Marine Limited,\nBrisk Trading Limited, and\nSome end.\n"
    spans = [text[a:b].strip() for a, b in heading_ranges(text)]
    assert "Orvana Marine Limited," not in spans and "Brisk Trading Limited, and" not in spans, spans


def test_a_count_before_a_plural_force_word_is_men_of_the_force(nlp):
    text = "The raid deployed two helicopters with 12 Marines and special forces, the Pentagon said on Monday."
    found = by_text(extract(nlp, text))
    assert "12 Marines" not in found, found
    assert found.get("Marines", (None,))[0] is Kind.PARTY, found


def test_a_religious_honorific_is_no_part_of_the_name(nlp):
    text = "Mullah Abdul Rahimzai, a Taliban border official, said the crossing would stay shut on Monday."
    found = by_text(extract(nlp, text))
    assert "Mullah Abdul Rahimzai" not in found, found
    assert found.get("Abdul Rahimzai", (None,))[0] is Kind.OFFICIAL, found


def test_the_cook_islands_is_a_flag_state(nlp):
    text = "The tanker, registered in the Cook Islands, was sailing from Norway to Peru when police boarded it."
    found = by_text(extract(nlp, text))
    assert found.get("Cook Islands", (None,))[0] is Kind.STATE, found


def test_the_islamic_emirate_is_afghanistan(nlp):
    text = "The gate was opened by officials of the Islamic Emirate, the media center in Kabul said on Monday."
    found = by_text(extract(nlp, text))
    assert found.get("Islamic Emirate", (None,))[0] is Kind.STATE, found
    assert found["Islamic Emirate"][1] == "Afghanistan", found
