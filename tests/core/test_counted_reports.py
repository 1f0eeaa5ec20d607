"""A body's or outlet's word on 'the two countries' is no report on each of them (counted_reports.py). Entities
placed by hand; sentences written for the test."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF = Kind.STATE, Kind.PARTY, Kind.OFFICIAL
SPEC = {
    "Peru": (S, ["Peru", "Peruvian", "Lima"]),
    "Chile": (S, ["Chile", "Chilean", "Santiago"]),
    "Marco Velez": (OFF, ["Marco Velez"]),
    "Andean Press": (P, ["Andean Press"]),
    "Pacific Fisheries Tribunal": (P, ["Pacific Fisheries Tribunal"]),
}
TWO = "Peru and Chile signed a fishing accord in Lima on Monday. "


def _reports(got) -> set[tuple[str, str]]:
    return {(a, b) for a, b, f in got if f is Family.REPORTING}


def test_a_body_on_the_two_countries_reports_on_neither():
    got = stated(TWO + "The Pacific Fisheries Tribunal said the two countries agreed to share patrol data.", SPEC)
    assert not _reports(got) & {("Pacific Fisheries Tribunal", "Peru"), ("Pacific Fisheries Tribunal", "Chile")}


def test_an_outlet_told_of_both_governments_reports_on_neither():
    got = stated(TWO + "Both governments will open new consulates, a source told Andean Press.", SPEC)
    assert not _reports(got) & {("Andean Press", "Peru"), ("Andean Press", "Chile")}


def test_a_person_on_the_two_countries_keeps_his_report():
    got = stated(TWO + "Marco Velez said the two countries agreed to share patrol data.", SPEC)
    assert {("Marco Velez", "Peru"), ("Marco Velez", "Chile")} <= _reports(got)


def test_a_state_the_sentence_also_names_is_still_reported_on():
    got = stated(TWO + "The Pacific Fisheries Tribunal said Peru and the two countries' navies would patrol.", SPEC)
    assert ("Pacific Fisheries Tribunal", "Peru") in _reports(got)


def test_a_body_on_states_it_names_reports_on_them():
    got = stated(TWO + "The Pacific Fisheries Tribunal said Peru and Chile agreed to share patrol data.", SPEC)
    assert {("Pacific Fisheries Tribunal", "Peru"), ("Pacific Fisheries Tribunal", "Chile")} <= _reports(got)
