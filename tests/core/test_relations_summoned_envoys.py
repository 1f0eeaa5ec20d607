"""Whoever summons a state's named envoy deals with the envoy's state (round AQ)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations_apposed_posts50 import _read


def test_a_ministry_summoning_a_named_ambassador_deals_with_his_state(nlp):
    text = "The Polish Foreign Ministry then summoned Ukrainian Ambassador Wasyl Drozd to protest the remark."
    got = _read(nlp, text)
    assert ("Ministry of Foreign Affairs of Poland", "Ukraine", Family.DIPLOMACY) in got, got
    assert ("Ministry of Foreign Affairs of Poland", "Wasyl Drozd", Family.DIPLOMACY) in got, got


def test_a_minister_summoning_an_apposed_ambassador_of_a_state(nlp):
    text = (
        "Kenji Morikawa, vice minister for foreign affairs of Japan, summoned Li Fenglan, ambassador of China to"
        " Japan, and made a strong protest."
    )
    got = _read(nlp, text)
    assert ("Kenji Morikawa", "China", Family.DIPLOMACY) in got, got
    assert ("Kenji Morikawa", "Japan", Family.MEMBERSHIP) in got, got


def test_no_state_tie_for_a_summoned_official_who_is_no_envoy(nlp):
    got = _read(nlp, "The Polish Foreign Ministry summoned Ukrainian Defence Minister Wasyl Drozd on Monday.")
    assert ("Ministry of Foreign Affairs of Poland", "Ukraine", Family.DIPLOMACY) not in got, got
