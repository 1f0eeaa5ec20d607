"""Clauses (round AD): a text signed 'between X and Y' in a passive relative clause or a participle."""

from __future__ import annotations

import time

from core.model import Family
from tests.core.test_relations import OFF, S, stated

SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Ruritania": (S, ["Ruritania"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
}


def test_a_text_signed_between_two_parties_in_a_relative_clause():
    got = stated("The deal cancels the agreement which was signed last year between Freedonia and Sylvania.", SPEC)
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got
    # a participle the parser may tag as a past tense
    got = stated("Officials discussed the treaty concluded between Freedonia and Sylvania in 2019.", SPEC)
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got


def test_a_place_inside_the_between_phrase_is_no_party_and_the_walk_ends():
    start = time.monotonic()
    got = stated("It came after an agreement signed between Freedonia and Sylvania in Ruritania.", SPEC)
    assert time.monotonic() - start < 30
    assert ("Freedonia", "Sylvania", Family.AGREEMENT) in got
    assert not any("Ruritania" in (a, b) for a, b, _ in got)
