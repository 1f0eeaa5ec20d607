"""Ties read from names and noun phrases (issue 11, blind set 20 classes): a country's adjective on the plural noun
before a list of named firms, a country's adjective on the ship noun a name is
set beside. Entities placed by hand; invented sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, OFF, V = Kind.STATE, Kind.PARTY, Kind.OFFICIAL, Kind.VESSEL
FIRMS = {
    "Acme": (P, ["Acme"]),
    "Bolt Works": (P, ["Bolt Works"]),
    "Cobra Bank": (P, ["Cobra Bank"]),
    "Peru": (S, ["Peruvian", "Peru"]),
    "Chile": (S, ["Chile"]),
}


def test_a_countrys_firms_including_a_list():
    got = stated(
        "Chile slapped duties on imports, hitting Peruvian firms including Acme, Bolt Works and Cobra Bank.", FIRMS
    )
    for firm in ("Acme", "Bolt Works", "Cobra Bank"):
        assert (firm, "Peru", Family.MEMBERSHIP) in got
    assert ("Acme", "Chile", Family.MEMBERSHIP) not in got


def test_a_countrys_plural_noun_before_names_joined():
    got = stated("The fears concern Peruvian tech giants Acme and Bolt Works.", FIRMS)
    assert ("Bolt Works", "Peru", Family.MEMBERSHIP) in got


def test_firms_including_a_list_without_a_country_adjective():
    got = stated("Chile fined firms including Acme and Bolt Works in Peru.", FIRMS)
    assert ("Bolt Works", "Peru", Family.MEMBERSHIP) not in got
    assert ("Acme", "Peru", Family.MEMBERSHIP) not in got


def test_a_countrys_ship_noun_set_beside_the_name():
    spec = {"Orca": (V, ["Orca"]), "Peru": (S, ["Peruvian"]), "Chile": (S, ["Chilean"])}
    got = stated("The Chilean authorities have seized the Peruvian superyacht, Orca, which is moored in Lima.", spec)
    assert ("Orca", "Peru", Family.MEMBERSHIP) in got
    assert ("Orca", "Chile", Family.MEMBERSHIP) not in got


def test_names_with_their_own_description_after_including():
    spec = {"Orca": (V, ["Orca"]), "Delfin": (V, ["Delfin"]), "Peru": (S, ["Peruvian"])}
    got = stated("Peruvian naval units, including the destroyers Orca and Delfin, are taking part.", spec)
    assert ("Delfin", "Peru", Family.MEMBERSHIP) not in got


def test_a_rank_between_a_states_possessive_and_the_firms_nouns():
    got = stated("It bars products made by Peru's top chip manufacturer Acme.", FIRMS)
    assert ("Acme", "Peru", Family.MEMBERSHIP) in got
