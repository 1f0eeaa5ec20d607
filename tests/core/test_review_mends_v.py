"""The lead's mends after the read-only review of round V: each test fails on the code before the mend."""

from __future__ import annotations

from core.extract.equipment import _scan
from core.extract.furniture import furniture_ranges
from core.model import Family, Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations_clauses34 import SPEC, stated


def test_a_noun_of_a_pattern_is_never_skipped_by_its_trigger_words():
    # 'tank' was in the pattern but not in its trigger words: the scan never ran on a text whose craft was a tank
    names, _ = _scan("Germany said the Kestrel battle tank of its army fires well.")
    assert "Kestrel" in names


def test_a_formal_firm_name_takes_no_date_or_state_before_a_number_or_an_ampersand(nlp):
    found = by_text(extract(nlp, HEADLINE + "On 5 March 2024 Acme Shipping Ltd signed the deal with Borovia.\n"))
    assert not any("March" in t for t in found), found
    found = by_text(extract(nlp, HEADLINE + "The UK & Borvik Holdings Ltd signed it on Monday.\n"))
    assert found["UK"][0] is Kind.STATE, found
    assert not any(t.startswith("UK &") for t in found), found
    found = by_text(extract(nlp, HEADLINE + "Orion 77 Limited bought the tanker.\n"))
    assert "Orion 77 Limited" in found, found


def test_a_news_paragraph_about_a_reporter_is_no_authors_note(nlp):
    text = (
        "Reporter held in Russia\n\nMoscow detained him in March.\n"
        "Anton Varga is a reporter for The Harbour Gazette who was detained by Russia in March. Russia accused him of"
        " spying for the United States, and the Kremlin refused to release him.\nThe United States called it false.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Anton Varga" in found and "Kremlin" in found, found


def test_a_dated_byline_with_a_tab_is_furniture():
    text = "Ruritania Fines Firm\nBy\tThe Harbour Gazette 2024-03-05 10:15:00\nRuritania fined the firm on Monday.\n"
    start = text.index("By\t")
    assert any(a <= start < b for a, b in furniture_ranges(text))


def test_waiving_a_measure_aimed_at_a_state_is_no_hostility():
    got = stated("Freedonia waived sanctions designed to punish Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) not in got, got
    got = stated("Freedonia imposed sanctions designed to punish Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got, got

