"""Data providers a sentence cites as joined names report what their data show (issue 11, round M): 'according to
A and B data', 'A and B ship-tracking data showed'; and the speaker of a relative clause ('X, who said Y seized Z')
reports on it. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, V = Kind.STATE, Kind.PARTY, Kind.VESSEL
SPEC = {
    "Peru": (S, ["Peru"]),
    "Vortex": (P, ["Vortex"]),
    "Marlow": (P, ["Marlow"]),
    "Lima Star": (V, ["Lima Star"]),
}


def _reports(got, source: str) -> set[str]:
    return {b for a, b, f in got if a == source and f is Family.REPORTING}


def test_every_provider_joined_before_a_data_noun_reports():
    got = stated("The Lima Star was idling near the coast in May, according to Vortex and Marlow data.", SPEC)
    assert "Lima Star" in _reports(got, "Vortex")
    assert "Lima Star" in _reports(got, "Marlow")


def test_one_provider_before_a_data_noun_still_reports():
    got = stated("The Lima Star was idling near the coast in May, according to Vortex data.", SPEC)
    assert "Lima Star" in _reports(got, "Vortex")
    assert not _reports(got, "Marlow")


def test_a_speaker_of_a_relative_clause_reports_and_the_clause_is_not_his_own_phrase():
    spec = {
        "Chile": (S, ["Chilean"]),
        "Bolivia": (S, ["Bolivia"]),
        "Peru": (S, ["Peru"]),
        "Arno Vesk": (Kind.OFFICIAL, ["Arno Vesk"]),
    }
    got = stated(
        "Reporters met Chilean Foreign Minister Arno Vesk, who said Bolivia had seized a ship from Peru.", spec
    )
    assert "Bolivia" in _reports(got, "Arno Vesk")
    assert "Chile" not in _reports(got, "Arno Vesk")
