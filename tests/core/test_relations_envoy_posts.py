"""An envoy's title closing on the place it is posted to, then the envoy by a comma (round AQ)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations_apposed_posts50 import _read


def test_an_envoy_posted_in_a_city_is_a_member_of_the_body_before_the_title(nlp):
    got = _read(nlp, "This is reported by APAnews, citing a statement by the EU ambassador in Dakar, Jean-Luc Morand.")
    assert ("Jean-Luc Morand", "European Union", Family.MEMBERSHIP) in got, got


def test_an_envoy_to_a_state_in_a_list_is_posted_to_it(nlp):
    text = (
        "Chile's foreign ministry confirmed the request -- from Peru's ambassador to Chile, Jose Luis Arriaga, and"
        " Peruvian prosecutor Anton Ruiz -- was delivered to Chilean Foreign Minister Ignacio Vera."
    )
    got = _read(nlp, text)
    assert ("Jose Luis Arriaga", "Chile", Family.DIPLOMACY) in got, got


def test_no_envoy_post_without_an_envoys_title(nlp):
    got = _read(nlp, "This is reported by APAnews, citing a statement by the EU office in Dakar, Jean-Luc Morand.")
    assert ("Jean-Luc Morand", "European Union", Family.MEMBERSHIP) not in got, got
