"""A data source named as the keeper of a 'data base' (two words) or as the one who analysed 'info' reports on what
its records say (round AO)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, pairs

_SPEC = {
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Shiptrax": (P, ["Shiptrax"]),
    "Sea Lark": (V, ["Sea Lark"]),
    "Anton Reles": (OFF, ["Anton Reles"]),
}


def test_the_keeper_of_a_data_base_reports_on_the_ship_it_lists():
    text = "According to the Shiptrax data base, Sea Lark is a 2012-built tanker operated by a Ruritanian firm."
    got = pairs(text, _SPEC)
    assert Family.REPORTING in got.get(frozenset(("Shiptrax", "Sea Lark")), set()), got


def test_who_analysed_satellite_info_reports_on_the_ship():
    text = "The Sea Lark left the oil port between December 4 and 5, according to satellite info analyzed by Shiptrax."
    got = pairs(text, _SPEC)
    assert Family.REPORTING in got.get(frozenset(("Shiptrax", "Sea Lark")), set()), got


def test_a_military_base_is_no_data_base():
    # 'Ruritania' is the possessor of 'base' here: without the 'data' word it would be taken for a keeper
    got = pairs("The Sea Lark was sighted near the port, according to Ruritania's air base.", _SPEC)
    assert Family.REPORTING not in got.get(frozenset(("Ruritania", "Sea Lark")), set()), got
