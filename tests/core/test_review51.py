"""Mends of round AM's review (full pipeline, invented names): the listed doers of a joint act stay partners, a state
that registers a ship is no flag, a quantifier is no firm's word, and 'the tanker' is
the ship named last unless the one called a tanker was named in this sentence or the one before."""

from __future__ import annotations

from core.model import Family
from tests.core.test_entities import by_text, extract
from tests.core.test_relations_apposed_posts50 import _read


def test_listed_doers_of_a_joint_act_named_after_another_actor_stay_partners(nlp):
    got = _read(nlp, "At the summit hosted by Japan, leaders from Peru, Chile and Bolivia signed a joint declaration.")
    assert ("Peru", "Chile", Family.AGREEMENT) in got, got
    got = _read(nlp, "Japan said troops from Peru, Chile and Bolivia held joint exercises.")
    assert ("Peru", "Chile", Family.ALLIANCE) in got, got


def test_a_state_registering_a_ship_is_no_flag(nlp):
    text = "Peru said Chile registered the tanker Polar Star after Bolivia had removed it from its registry."
    got = _read(nlp, text)
    assert {frozenset((a, b)) for a, b, f in got if f is Family.REPORTING} & {frozenset(("Peru", "Chile"))}, got


def test_a_quantifier_before_a_firm_is_no_word_of_its_name(nlp):
    found = by_text(extract(nlp, "Several Orvana Marine Limited tankers were seized by Iran on Monday."))
    assert "Orvana Marine Limited" in found and "Several Orvana Marine Limited" not in found, found


def test_the_tanker_is_the_ship_named_last_when_the_tanker_was_named_long_before(nlp):
    text = (
        "Iran seized the tanker Aurora Dawn in 2019. On Monday, Iranian forces boarded the Nova Star in the Gulf of "
        "Oman. Venezuela owned the tanker, officials said."
    )
    got = _read(nlp, text)
    assert not {(a, b) for a, b, f in got if {a, b} == {"Aurora Dawn", "Venezuela"}}, got
