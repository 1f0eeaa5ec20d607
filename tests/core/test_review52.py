"""Mends of round AN's review (invented names): 'appeared first on' in prose is no feed line, a declaration only
refused, threatened or said of another clause declares no one, a comma list of places or dates is no body's name,
and a ship named Justice stays a ship."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_relations_apposed_posts50 import _read


def test_appeared_first_on_in_prose_is_no_furniture(nlp):
    found = by_text(
        extract(nlp, "The claim appeared first on social media and was repeated by Peru's minister, who visited Chile.")
    )
    assert "Chile" in found and "Peru" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Peru refused to declare Lin Bao persona non grata, the ministry said.",
        "Peru threatened to declare Lin Bao persona non grata, the ministry said.",
        "Marta Kovo made a visit to Peru, where Lin Bao is persona non grata.",
    ],
)
def test_a_declaration_not_made_declares_no_one(nlp, text):
    got = _read(nlp, text)
    assert not [x for x in got if x[2] is Family.ENFORCEMENT], got


def test_a_declaration_made_still_counts(nlp):
    got = _read(nlp, "Peru declared the ambassador Lin Bao persona non grata on Monday.")
    assert ("Peru", "Lin Bao", Family.ENFORCEMENT) in got, got


@pytest.mark.parametrize(
    "text, span",
    [
        ("Sales rose in January, February and March (JFM), the firm said.", "January, February and March"),
        ("Officials from Vexland, Ostavia and Norland (VON) met in Geneva.", "Vexland, Ostavia and Norland"),
    ],
)
def test_a_comma_list_of_dates_or_places_is_no_body(nlp, text, span):
    assert span not in by_text(extract(nlp, text))


def test_a_ship_named_justice_stays_a_ship(nlp):
    found = by_text(extract(nlp, "The oil tanker Justice was seized by Peru on Monday."))
    assert found.get("Justice", (None,))[0] is Kind.VESSEL, found
