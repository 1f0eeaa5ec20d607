"""The lead's mends after the read-only review of round X: each test fails on the code before the mend."""

from __future__ import annotations

import pytest

from core.extract.teasers import teaser_tails
from core.model import Family, Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_classes36 import _STORY
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations import OFF, P, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Acme League": (P, ["Acme League"]),
    "Beta Council": (P, ["Beta Council"]),
    "Acme Telecom": (P, ["Acme Telecom"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia suspended flights to Sylvania after the storm.",
        "Freedonia suspended the debt payments of Sylvania to help it recover.",
        "Freedonia suspended the import of Sylvanian grain.",
    ],
)
def test_suspending_a_service_or_a_payment_is_no_hostility(text):
    got = stated(text, SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got, got


def test_a_firms_permit_suspended_is_no_hostility():
    got = stated("Freedonia suspended the working permit of Acme Telecom.", SPEC)
    assert ("Freedonia", "Acme Telecom", Family.HOSTILITY) not in got, got


def test_a_rival_the_speaker_calls_its_own_is_no_organ():
    got = stated("The Acme League said that its rival Beta Council had failed.", SPEC)
    assert ("Beta Council", "Acme League", Family.MEMBERSHIP) not in got, got


def test_another_doers_its_is_no_organ_of_the_speaker():
    got = stated("Sylvania said Freedonia had banned its Acme Telecom from the market.", SPEC)
    assert ("Acme Telecom", "Sylvania", Family.MEMBERSHIP) not in got, got


def test_a_list_after_a_colon_closing_a_page_is_the_articles_own():
    tail = (
        "Ministry of Foreign Affairs of Russia\n"
        "Ministry of Foreign Affairs of China\n"
        "Ministry of Defence of Iran\n"
    )
    text = _STORY + "The joint statement was signed by:\n" + tail
    assert teaser_tails(text) == []


@pytest.mark.parametrize("word", ["Previous", "Current"])
def test_an_adjective_before_government_is_no_leader(nlp, word):
    # (a region's or a regime's government, 'the Tigray government', is a body as a leader's is: left as it is)
    text = HEADLINE + f"Officials said the {word} government approved the deal on Monday.\n"
    found = by_text(extract(nlp, text))
    assert f"{word} government" not in found, found


def test_a_whole_name_ending_a_page_without_a_full_stop_stays(nlp):
    text = HEADLINE + (
        "The talks on the border and on the water dispute ended on Friday without a deal, said the chief"
        " negotiator Nuriddinov"
    )
    assert by_text(extract(nlp, text)).get("Nuriddinov", (None,))[0] is Kind.OFFICIAL
