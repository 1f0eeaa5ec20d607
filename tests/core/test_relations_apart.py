"""Names that act each on their own: condemning apart ('separately', 'separate statements') is no alliance;
a second speaker set against the first ('while B said') does not report on him; an apposition after an
'of'-gerund phrase is not the accused but the gerund's object ('accused X of targeting Y'). Invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S = Kind.STATE
SPEC = {
    "Peru": (S, ["Peru", "Peruvian"]),
    "Chile": (S, ["Chile", "Chilean"]),
    "Bolivia": (S, ["Bolivia", "Bolivian"]),
}


def _pair(got, a: str, b: str) -> set[Family]:
    return {f for x, y, f in got if {x, y} == {a, b}}


def test_a_joint_condemnation_sides_the_names():
    got = stated("Peru and Chile condemned Bolivia's missile test.", SPEC)
    assert Family.ALLIANCE in _pair(got, "Peru", "Chile")


def test_a_condemnation_made_apart_does_not():
    got = stated("Peru and Chile separately condemned Bolivia's missile test.", SPEC)
    assert Family.ALLIANCE not in _pair(got, "Peru", "Chile")
    got = stated(
        "Peru and Chile issued separate statements on Monday expressing concern and condemning Bolivia's missile test.",
        SPEC,
    )
    assert Family.ALLIANCE not in _pair(got, "Peru", "Chile")


def test_a_second_speaker_set_against_the_first_does_not_report_on_him():
    spec = {
        "Anna Lund": (Kind.OFFICIAL, ["Lund"]),
        "Sara Berg": (Kind.OFFICIAL, ["Sara Berg"]),
        **SPEC,
    }
    got = stated(
        "Lund said the government engaged with Peru on what was important for Chile, while Home Affairs Minister "
        "Sara Berg said in the same statement",
        spec,
    )
    assert Family.REPORTING not in _pair(got, "Sara Berg", "Anna Lund")


def test_an_apposition_after_an_of_gerund_is_not_the_accused():
    spec = {
        **SPEC,
        "DINA": (Kind.PARTY, ["DINA"]),
        "Organisation for Weapons Control": (Kind.PARTY, ["Organisation for Weapons Control"]),
    }
    got = stated(
        "The Peruvian government accused Chile's military intelligence agency, the DINA, of targeting the world's "
        "chemical weapons watchdog, the Organisation for Weapons Control, through a foiled cyber operation.",
        spec,
    )
    assert Family.HOSTILITY in _pair(got, "Peru", "DINA")
    assert Family.HOSTILITY not in _pair(got, "Peru", "Organisation for Weapons Control")
    assert Family.HOSTILITY in _pair(got, "DINA", "Organisation for Weapons Control")


def test_the_accused_does_the_gerund_hung_on_its_object():
    spec = {**SPEC, "DINA": (Kind.PARTY, ["DINA"])}
    got = stated("Peru accused the DINA of targeting Bolivia through a foiled cyber operation.", spec)
    assert Family.HOSTILITY in _pair(got, "DINA", "Bolivia")
