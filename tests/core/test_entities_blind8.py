"""Entity rules from the review of blind set 8: flag adjectives and prosecutors' titles (invented sentences)."""

from __future__ import annotations

import pytest

from core.extract.furniture import furniture_ranges
from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, forms


@pytest.mark.parametrize(
    "text",
    [
        HEADLINE + "Investigators said the Hong Kong-flagged container ship dragged its anchor across the cable.",
        HEADLINE + "The Sierra Leone-registered tanker was escorted to port by coastguard boats.",
    ],
)
def test_a_flag_adjective_names_no_person_or_body(nlp, text):
    found = forms(extract(nlp, text))
    assert not [
        n for n, (k, _) in found.items() if k in (Kind.OFFICIAL, Kind.PARTY) and n.endswith(("flagged", "registered"))
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            HEADLINE
            + "\u201cWe sent a request to the port so that the police would question the crew,\u201d State Prosecutor "
            "Tiiu Ilves said in a statement.",
            "Tiiu Ilves",
        ),
        (
            HEADLINE
            + "\u201cWe sent a request to the port so that the police would question the crew,\u201d Chief Prosecutor "
            "Tiiu Ilves said in a statement.",
            "Tiiu Ilves",
        ),
    ],
)
def test_a_prosecutors_title_is_not_part_of_the_name(nlp, text, person):
    found = forms(extract(nlp, text))
    assert found.get(person, (None,))[0] is Kind.OFFICIAL, found
    assert not [n for n in found if "Prosecutor" in n], found


def test_a_slash_agency_dateline_is_furniture_and_the_sentence_after_it_is_not():
    text = (
        "Crew questioned over pipeline blasts\n\nMOSCOW, March 3. /TASS/. Some crew members said the yacht was used.\n"
    )
    assert [text[a:b] for a, b in furniture_ranges(text)] == ["MOSCOW, March 3. /TASS/. "]
