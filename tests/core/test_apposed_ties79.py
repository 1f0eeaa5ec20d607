"""Round BE (x-appo79): ties an apposition or a bracket states. A state alone in brackets after a person's or a
body's name is its home ('Jan Brok (UK)'); 'X, one of Y's close allies' is Y's ally even when the parser hangs the
'one' above X; the states set beside a noun for states that names a body are its members ('six EU countries,
namely A and B', 'A, a leading BRICS member nation')."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations_apposed_posts50 import _read


def families(got: set[tuple[str, str, Family]], a: str, b: str) -> set[Family]:
    """The families ``a`` and ``b`` are tied with, either way."""
    return {f for x, y, f in got if {x, y} == {a, b}}


# modifiers._bracketed_states


def test_a_state_in_brackets_after_a_person_or_a_body_is_its_home(nlp):
    got = _read(nlp, "Jan Brok (UK), Piet Hals (UK) and Omar Fadel (Morocco) were sentenced to death by a court.")
    assert ("Jan Brok", "United Kingdom", Family.MEMBERSHIP) in got, got
    assert ("Piet Hals", "United Kingdom", Family.MEMBERSHIP) in got, got
    assert ("Omar Fadel", "Morocco", Family.MEMBERSHIP) in got, got
    got = _read(nlp, "The licences of Varko Air (Portugal) and Zentra Airlines (Chile and Peru) would be revoked.")
    assert ("Zentra Airlines", "Chile", Family.MEMBERSHIP) in got, got
    assert ("Zentra Airlines", "Peru", Family.MEMBERSHIP) in got, got


def test_a_state_in_brackets_among_other_words_is_no_home(nlp):
    got = _read(nlp, "Jan Brok (who was born in Morocco) was sentenced to death by a court on Thursday.")
    assert Family.MEMBERSHIP not in families(got, "Jan Brok", "Morocco"), got
    got = _read(nlp, "Jan Brok (UK envoy to Peru) spoke in Lima on Thursday.")
    assert Family.MEMBERSHIP not in families(got, "Jan Brok", "Peru"), got
    got = _read(nlp, "The border runs between Jan Brok (Armenia) – Piet Hals (Azerbaijan) and two other villages.")
    assert Family.MEMBERSHIP not in families(got, "Piet Hals", "Azerbaijan"), got
    assert Family.MEMBERSHIP not in families(got, "Jan Brok", "Armenia"), got


# referents.holders: 'X, one of Y's allies'


def test_one_of_a_states_allies_set_beside_a_name_is_its_ally(nlp):
    got = _read(nlp, "South Korea has established diplomatic relations with Cuba, one of North Korea's close allies.")
    assert ("Cuba", "North Korea", Family.ALLIANCE) in got, got


def test_one_of_a_states_allies_as_a_speaker_is_no_tie_to_the_name_before(nlp):
    got = _read(nlp, "South Korea signed the deal with Cuba on Monday, one of North Korea's allies said.")
    assert Family.ALLIANCE not in families(got, "Cuba", "North Korea"), got


# bloc_countries and titles._state_role


def test_states_set_beside_a_body_named_on_countries_are_its_members(nlp):
    got = _read(nlp, "Politicians from six EU countries, namely Germany, France, Poland and Belgium, were paid.")
    for state in ("Germany", "France", "Poland", "Belgium"):
        assert (state, "European Union", Family.MEMBERSHIP) in got, got
    got = _read(nlp, "The minister wrote that two Commonwealth countries, Dominica and Vanuatu, had abused the scheme.")
    assert ("Dominica", "Commonwealth", Family.MEMBERSHIP) in got, got
    got = _read(nlp, "Nigeria is a key African partner for Brazil, a leading BRICS member nation.")
    assert ("Brazil", "BRICS", Family.MEMBERSHIP) in got, got


def test_states_beside_a_non_members_or_a_regions_countries_are_no_members(nlp):
    got = _read(nlp, "Two non-EU countries, Norway and Iceland, joined the scheme on Monday.")
    assert Family.MEMBERSHIP not in families(got, "Norway", "European Union"), got
    got = _read(nlp, "Two EU countries' rivals, Norway and Iceland, joined the scheme on Monday.")
    assert Family.MEMBERSHIP not in families(got, "Norway", "European Union"), got
    got = _read(nlp, "The talks were backed by the Quad countries (Norway, Iceland and Peru) on Monday.")
    assert not any(f is Family.MEMBERSHIP and "Quad" in (a, b) for a, b, f in got), got
