"""Descriptions that a region, trait or ship word ties to one entity named nearby (issue 11): 'the Central
American country', 'the Gulf kingdom', 'the island nation', 'the bloc', 'the dhow ... the vessel'. Entities placed
by hand; invented sentences."""

from __future__ import annotations

import pytest

from core.extract.nlp import load_nlp
from core.extract.vessels import anaphoric_ship
from core.model import Family, Kind, LocalEntity, Span
from tests.core.test_relations import stated

S, P, V = Kind.STATE, Kind.PARTY, Kind.VESSEL


def _state(*names: str) -> dict[str, tuple[Kind, list[str]]]:
    return {n: (S, [n]) for n in names}


def test_a_region_word_picks_the_state_of_that_region_named_before():
    got = stated(
        "Peru established diplomatic ties with Honduras on Sunday after the Central American country ended its "
        "relationship with Taiwan.",
        _state("Peru", "Honduras", "Taiwan"),
    )
    assert ("Honduras", "Taiwan", Family.DIPLOMACY) in got
    assert not {(a, b) for a, b, _ in got} & {("Peru", "Taiwan"), ("Taiwan", "Peru")}


@pytest.mark.parametrize(
    ("text", "states", "meant", "other"),
    [
        # a region word skips the nearer state of another region
        ("Mexico hosted talks with Chile on Monday. The North American country later expelled the ambassador of "
         "Bolivia.", ("Mexico", "Chile", "Bolivia"), "Mexico", "Chile"),
        # a Gulf kingdom is a kingdom of the Gulf
        ("Bahrain and Oman held talks on Monday. The Gulf kingdom then expelled the ambassador of Canada.",
         ("Bahrain", "Oman", "Canada"), "Bahrain", "Oman"),
        # the island nation is the island state named before
        ("India sent a delegation to Sri Lanka. The island nation later expelled the ambassador of Bolivia.",
         ("India", "Sri Lanka", "Bolivia"), "Sri Lanka", "India"),
    ],
)
def test_a_description_picks_the_named_state_that_fits_it(text, states, meant, other):
    got = stated(text, _state(*states))
    target = states[-1]
    assert (meant, target, Family.DIPLOMACY) in got
    assert (other, target, Family.DIPLOMACY) not in got


def test_a_region_word_no_state_named_fits_stands_for_none():
    got = stated(
        "Chile hosted talks on Monday. The Baltic nation later expelled the ambassador of Bolivia.",
        _state("Chile", "Bolivia"),
    )
    assert ("Chile", "Bolivia", Family.DIPLOMACY) not in got


def test_a_state_named_only_as_a_place_is_not_one_of_the_two_nations():
    got = stated(
        "Turkish jets shot down a Russian warplane near the Syrian border, and Russian officials warned of "
        "consequences for ties between the two nations.",
        {"Turkey": (S, ["Turkish"]), "Russia": (S, ["Russian"]), "Syria": (S, ["Syrian"])},
    )
    assert {("Turkey", "Russia"), ("Russia", "Turkey")} & {(a, b) for a, b, f in got if f is Family.DIPLOMACY}
    assert not {(a, b) for a, b, _ in got} & {("Russia", "Syria"), ("Syria", "Russia")}


def test_the_bloc_is_the_grouping_of_states_named_before():
    spec = {"ECOWAS": (P, ["Economic Community of West African States"]), **_state("Niger")}
    got = stated(
        "Leaders of the Economic Community of West African States met in Abuja. Later the bloc imposed sanctions on "
        "Niger.",
        spec,
    )
    assert ("ECOWAS", "Niger") in {(a, b) for a, b, _ in got}


def test_it_intercepted_is_not_the_ship_intercepting():
    spec = {"Kelpo": (V, ["Kelpo"]), "Lomo": (V, ["Lomo"])}
    got = stated("The Kelpo changed course after the frigate Lomo tried intercepting it for questioning.", spec)
    assert ("Lomo", "Kelpo", Family.ENFORCEMENT) in got


def test_the_vessel_after_an_unnamed_dhow_is_the_dhow_not_the_navy_ship():
    spec = {"Lomo": (V, ["USS Lomo"]), "Navy": (P, ["Peruvian Navy"])}
    text = "Sailors from USS Lomo boarded the dhow. The Peruvian Navy deemed the dhow unsafe and sank the vessel."
    got = stated(text, spec)
    assert not {(a, b) for a, b, _ in got} & {("Navy", "Lomo"), ("Lomo", "Navy")}
    # with no unnamed ship between, 'the vessel' is still the navy's ship named last
    got = stated("The Peruvian Navy escorted USS Lomo. Later the Peruvian Navy boarded the vessel.", spec)
    assert ("Navy", "Lomo", Family.ENFORCEMENT) in got


def test_a_participle_right_after_a_struck_ship_says_its_flag():
    spec = {"Kelpo": (V, ["Kelpo"]), "Chile": (S, ["Chilean"])}
    got = stated("A drone struck the Kelpo, flying under a Chilean flag.", spec)
    assert ("Kelpo", "Chile", Family.MEMBERSHIP) in got


def test_the_only_named_navy_ship_is_no_dhow_in_the_entity_stage():
    text = "Sailors from USS Lomo boarded a dhow. The navy deemed the dhow unsafe and sank the vessel. The ship left."
    doc = load_nlp()(text)
    start = text.index("USS Lomo")
    ship = LocalEntity("Lomo", V, [Span(start, start + 8, "USS Lomo")])
    anaphoric_ship(doc, [(0, ship)], [False] * len(doc))
    texts = [text[m.start : m.end] for m in ship.mentions]
    assert texts == ["USS Lomo", "ship"]  # 'the vessel' is the dhow of its sentence; 'the ship' later is Lomo
