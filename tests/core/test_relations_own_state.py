"""A state body speaking of its own state's act is the state's, not a report on it (issue 11).
Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P = Kind.STATE, Kind.PARTY
STATES = {"Peru": (S, ["Peru", "Peruvian", "Lima"]), "Chile": (S, ["Chile", "Chilean"])}


def _families(got, a: str, b: str) -> set[Family]:
    return {f for x, y, f in got if {x, y} == {a, b}}


def test_a_ministry_named_for_its_state_does_not_report_on_it():
    spec = {
        **STATES,
        "Ministry of Foreign Affairs of Peru": (P, ["Ministry of Foreign Affairs of Peru", "Foreign Ministry"]),
    }
    got = stated(
        "Peru has granted a Chilean vessel two days to survey the coast, the Foreign Ministry said on Monday.", spec
    )
    assert _families(got, "Ministry of Foreign Affairs of Peru", "Peru") == {Family.MEMBERSHIP}
    # negative: the same ministry speaking of another state's act reports on it
    got = stated("Chile has granted a Peruvian vessel two days to survey the coast, the Foreign Ministry said.", spec)
    assert ("Ministry of Foreign Affairs of Peru", "Chile", Family.REPORTING) in got


def test_a_ministry_of_no_named_state_is_the_state_whose_act_it_tells():
    spec = {**STATES, "Ministry of Foreign Affairs": (P, ["Foreign Ministry"])}
    got = stated("Peru broke off diplomatic relations with Chile on Thursday, the Foreign Ministry said.", spec)
    assert ("Ministry of Foreign Affairs", "Peru", Family.MEMBERSHIP) in got
    assert ("Ministry of Foreign Affairs", "Chile", Family.MEMBERSHIP) not in got
    # negative: a state named only in a description ('Chilean aircraft') is not the one acting
    got = stated("The junta banned Chilean aircraft from its airspace, the Foreign Ministry said.", spec)
    assert ("Ministry of Foreign Affairs", "Chile", Family.MEMBERSHIP) not in got


def test_a_ministry_cited_by_its_statement_is_its_state_s():
    spec = {**STATES, "Ministry of Defense": (P, ["Ministry of Defense"])}
    got = stated("Peru said it scrambled jets, according to a statement of the Ministry of Defense.", spec)
    assert _families(got, "Ministry of Defense", "Peru") == {Family.MEMBERSHIP}


def test_a_state_speaking_of_its_body_still_reports():
    spec = {**STATES, "Peruvian Navy": (P, ["Peruvian Navy"])}
    got = stated("Chile said the Peruvian Navy had sighted its frigate.", spec)  # not a hostile act (accusation)
    assert ("Chile", "Peruvian Navy", Family.REPORTING) in got
