"""Unsafe encounters (a laser aimed at a ship, a close pass, a warship challenging another) and an envoy summoned to a
ministry (round AQ)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (S, ["Vexora", "Vexoran"]),
    "Ruritanian Coast Guard": (P, ["Ruritanian Coast Guard"]),
    "Vexoran Navy": (P, ["Vexoran Navy"]),
    "Marlo Bay": (V, ["Marlo Bay"]),
    "Ministry of Foreign Affairs of Vexora": (P, ["Ministry of Foreign Affairs"]),
    "Anton Reles": (OFF, ["Anton Reles"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, _SPEC).get(frozenset((a, b)), set())


def test_a_laser_aimed_at_a_ship_is_hostile():
    text = "A Ruritanian Coast Guard vessel pointed a laser light at the Marlo Bay near the shoal."
    assert Family.HOSTILITY in _fams(text, "Ruritanian Coast Guard", "Marlo Bay")
    text = "The Ruritanian ship aimed a military-grade laser at the Marlo Bay on Monday."
    assert Family.HOSTILITY in _fams(text, "Ruritania", "Marlo Bay")


def test_a_light_without_a_laser_is_no_act():
    text = "A Ruritanian Coast Guard vessel pointed a camera at the Marlo Bay near the shoal."
    assert Family.HOSTILITY not in _fams(text, "Ruritanian Coast Guard", "Marlo Bay")


def test_a_close_pass_is_hostile():
    text = "The Ruritanian warship came within 50 feet of the Marlo Bay on Friday."
    assert Family.HOSTILITY in _fams(text, "Ruritania", "Marlo Bay")
    text = "Ruritanian fighter jets approached dangerously close to a Vexoran Navy surveillance plane."
    assert Family.HOSTILITY in _fams(text, "Ruritania", "Vexoran Navy")


def test_coming_close_to_a_deal_is_no_pass():
    text = "Ruritania came close to a deal with the Vexoran Navy last year."
    assert Family.HOSTILITY not in _fams(text, "Ruritania", "Vexoran Navy")


def test_a_warship_challenging_a_warship_is_hostile():
    text = "A Ruritanian destroyer challenged a Vexoran Navy warship in the strait on Sunday."
    assert Family.HOSTILITY in _fams(text, "Ruritania", "Vexoran Navy")
    text = "The Ruritanian government challenged the Vexoran Navy ruling in court."
    assert Family.HOSTILITY not in _fams(text, "Ruritania", "Vexoran Navy")


def test_an_envoy_summoned_to_a_ministry_deals_with_it_and_so_does_his_state():
    text = "Ruritania's ambassador to Vexora, Anton Reles, was summoned to the Ministry of Foreign Affairs on Tuesday."
    assert Family.DIPLOMACY in _fams(text, "Ministry of Foreign Affairs of Vexora", "Anton Reles")
    assert Family.DIPLOMACY in _fams(text, "Ministry of Foreign Affairs of Vexora", "Ruritania")
    text = "Anton Reles was called to the Ministry of Foreign Affairs last week."
    assert Family.DIPLOMACY in _fams(text, "Ministry of Foreign Affairs of Vexora", "Anton Reles")


def test_a_call_to_a_ministry_not_passive_is_no_summons():
    text = "Anton Reles called to the Ministry of Foreign Affairs for calm."
    assert Family.DIPLOMACY not in _fams(text, "Ministry of Foreign Affairs of Vexora", "Anton Reles")


def test_a_plane_buzzed_by_a_warplane_is_met_by_its_state():
    text = "Earlier in the week, a Vexoran Navy surveillance plane was buzzed by a Ruritanian warplane."
    assert Family.HOSTILITY in _fams(text, "Ruritania", "Vexoran Navy")
    text = "The Vexoran Navy was approached by Ruritanian officials for comment."
    assert Family.HOSTILITY not in _fams(text, "Ruritania", "Vexoran Navy")


def test_a_vessel_named_by_its_bow_number_aims_the_laser():
    spec = dict(_SPEC, **{"RCG 7731": (V, ["7731"])})
    text = (
        "A Ruritanian Coast Guard vessel with bow number 7731 twice directed a military grade laser-light"
        " toward the Marlo Bay."
    )
    got = pairs(text, spec)
    assert Family.HOSTILITY in got.get(frozenset(("RCG 7731", "Marlo Bay")), set()), got


def test_directing_a_laser_toward_a_ship_leads_no_one():
    text = "A Ruritanian Coast Guard vessel directed a laser light toward the Marlo Bay on Monday."
    assert _fams(text, "Ruritanian Coast Guard", "Marlo Bay") == {Family.HOSTILITY}
