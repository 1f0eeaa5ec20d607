"""The lead's read-through after round BD's mends (invented names): a candidate said not to have won is no result
declared; a match won between clubs is no hostility, a tender won stays hostile; 'Storm X caused floods' is weather."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_entities import entity_with, extract
from tests.core.test_mend78_a import _BODY, _SPEC
from tests.core.test_relations import P, pairs, stated, tied


@pytest.mark.usefixtures("rules_alone")
def test_a_candidate_who_did_not_win_is_no_result_declared() -> None:
    text = "The Freedonian Electoral Commission said Ivo Rask did not win the runoff."
    got = pairs(text, _BODY).get(frozenset({"Freedonian Electoral Commission", "Ivo Rask"}), set())
    assert Family.ALLIANCE not in got


def test_a_match_won_between_clubs_is_no_hostility() -> None:
    spec = {**_SPEC, "Orion United": (P, ["Orion United"]), "Vega Rovers": (P, ["Vega Rovers"])}
    got = stated("Orion United won against Vega Rovers in the cup final on Saturday.", spec)
    assert not tied(got, "Orion United", "Vega Rovers", Family.HOSTILITY)


@pytest.mark.parametrize(
    "text",
    [
        "Storm Valeria caused devastating floods in the south of Ruritania last year.",
        "Storm Valeria brought torrential rain to Ruritania and Freedonia.",
    ],
)
def test_a_storm_whose_verb_brings_the_weather_is_no_person(nlp, text: str) -> None:
    assert entity_with(extract(nlp, text), "Storm Valeria") is None


def test_a_party_member_flying_to_a_seat_of_bodies_he_is_no_member_of_visits_its_state(nlp):
    from tests.core.test_relations_apposed_posts50 import _read

    text = "Belgium hosted the talks on Monday.\n\nLabour Party leader Jon Marsh later flew to Brussels."
    got = _read(nlp, text)
    assert ("Jon Marsh", "Belgium", Family.DIPLOMACY) in got, got
