"""Mends of round BE's second read-through (issue #11, x-mendc85), on invented sentences: a state's firm before a
state in brackets, a craft's noun followed by a clause or a phrase of its own, a list of demonyms before a noun."""

from __future__ import annotations

from core.extract.space_works import space_blocks
from core.model import Family
from tests.core.test_apposed_ties79 import families
from tests.core.test_entities import by_name, extract
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations_apposed_posts50 import _read

# bracketed_states: a known firm is still a state's firm; a known NGO is not


def test_a_known_state_firm_before_a_state_in_brackets_is_its_body(nlp):
    got = _read(nlp, "Contracts went to Gazprom (Russia) and Tavrel (China), officials said.")
    assert ("Gazprom", "Russia", Family.MEMBERSHIP) in got, got
    got = _read(nlp, "Amnesty International (Peru) said the police fired on the crowd overnight.")
    assert Family.MEMBERSHIP not in families(got, "Amnesty International", "Peru"), got


# space_works: only a noun after the craft's noun makes it a modifier


def test_a_craft_noun_before_a_clause_or_a_phrase_ends_it(nlp):
    doc = nlp(HEADLINE + "Orro, a small satellite that will monitor crops, was launched on Tuesday.\n")
    assert "Orro" in space_blocks(doc)[1]
    doc = nlp(HEADLINE + "Orro, Peru's first satellite for weather forecasting, was launched on Tuesday.\n")
    assert "Orro" in space_blocks(doc)[1]
    doc = nlp(HEADLINE + "Vexa, a satellite maker based in Lima, was sold on Tuesday.\n")
    assert "Vexa" not in space_blocks(doc)[1]


# known.names_a_language: a list of demonyms that goes on into a noun names no languages


def test_demonyms_listed_before_a_noun_stay_states(nlp):
    text = "The fund holds stakes in Chinese, Japanese and Korean companies, its chief executive told Reuters."
    found = by_name(extract(nlp, HEADLINE + text + "\n"))
    assert "Japan" in found, found
    found = by_name(extract(nlp, HEADLINE + "The channel airs programmes in German, English, Spanish and Arabic.\n"))
    assert "Spain" not in found, found
