"""Round AP (x-prec54): false typed pairs on fresh news."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Vexora": (S, ["Vexora"]),
    "Zembla": (S, ["Zembla"]),
    "Ostrava Republic": (S, ["Ostrava Republic"]),
    "Marta Kowal": (OFF, ["Marta Kowal"]),
}


def test_names_joined_as_the_subjects_of_one_reporting_verb_report_nothing_on_each_other():
    got = pairs("Ruritania, Vexora and Zembla have said they would do the same.", _SPEC)
    assert Family.REPORTING not in got.get(frozenset(("Ruritania", "Vexora")), set()), got
    assert Family.REPORTING not in got.get(frozenset(("Ruritania", "Zembla")), set()), got
    got = pairs("Ruritania and Vexora have announced that they are sending ships to the strait.", _SPEC)
    assert Family.REPORTING not in got.get(frozenset(("Ruritania", "Vexora")), set()), got


def test_a_speaker_still_reports_on_a_state_its_words_name():
    got = pairs("Ruritania said Vexora would send ships to the strait.", _SPEC)
    assert Family.REPORTING in got.get(frozenset(("Ruritania", "Vexora")), set()), got


def test_its_after_a_named_object_is_the_objects():
    got = pairs("Ruritania will hold Vexora accountable for its unprovoked attacks against Zembla.", _SPEC)
    assert Family.HOSTILITY not in got.get(frozenset(("Ruritania", "Zembla")), set()), got
    assert Family.HOSTILITY in got.get(frozenset(("Vexora", "Zembla")), set()), got
    got = pairs("Ruritania condemned Vexora for its attacks against Zembla.", _SPEC)
    assert Family.HOSTILITY not in got.get(frozenset(("Ruritania", "Zembla")), set()), got
    assert Family.HOSTILITY in got.get(frozenset(("Ruritania", "Vexora")), set()), got


def test_a_pronoun_in_a_who_clause_is_the_person_the_clause_is_on():
    spec = {
        **_SPEC,
        "Anton Reles": (OFF, ["Anton Reles", "Reles"]),
        "Ivo Maran": (OFF, ["Ivo Maran", "Maran"]),
    }
    text = (
        "Ruritanian Foreign Minister Anton Reles spoke on Tuesday. Reles criticized Vexora's Foreign Minister"
        " Ivo Maran, who during his visit to Zembla earlier this month made statements against Ruritania."
    )
    got = pairs(text, spec)
    assert Family.DIPLOMACY not in got.get(frozenset(("Anton Reles", "Zembla")), set()), got
    assert Family.DIPLOMACY in got.get(frozenset(("Ivo Maran", "Zembla")), set()), got


def test_a_seat_in_a_city_standing_for_a_bloc_is_no_membership():
    spec = {
        "European Union": (P, ["European Union", "Brussels"]),
        "Lumenclear": (P, ["Lumenclear"]),
        "Ruritania": (S, ["Ruritania", "Ruritanian"]),
        "Tarvo Shipping": (P, ["Tarvo Shipping"]),
    }
    got = pairs("The funds are held at the Brussels-based Lumenclear, the ministry said.", spec)
    assert Family.MEMBERSHIP not in got.get(frozenset(("Lumenclear", "European Union")), set()), got
    got = pairs("The tanker is managed by the Ruritania-based Tarvo Shipping, the ministry said.", spec)
    assert Family.MEMBERSHIP in got.get(frozenset(("Tarvo Shipping", "Ruritania")), set()), got


def test_its_after_a_measure_aimed_at_a_named_one_is_that_ones():
    got = pairs("Ruritania has agreed on new sanctions against Vexora over its supply of drones to Zembla.", _SPEC)
    assert Family.TRADE not in got.get(frozenset(("Ruritania", "Zembla")), set()), got
    assert Family.TRADE in got.get(frozenset(("Vexora", "Zembla")), set()), got
