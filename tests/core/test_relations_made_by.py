"""A maker named by a passive's 'by' (round BJ, x-by120): maker -> ship made, its owner or the one it was made for,
TRADE; a state only qualifying the maker or the buyer, a product that is no ship and a denied making take none."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, V, stated

_SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Acme Shipyards": (P, ["Acme Shipyards"]),
    "Zenco Space": (P, ["Zenco Space"]),
    "Orbital Works": (P, ["Orbital Works"]),
    "Freedonian Air Force": (P, ["Freedonian Air Force"]),
    "Freedonian Coast Guard": (P, ["Freedonian Coast Guard"]),
    "Sea Lark": (V, ["Sea Lark"]),
    "Vitamax": (P, ["Vitamax"]),
}


def _has(got, a, b):
    return (a, b, Family.TRADE) in got or (b, a, Family.TRADE) in got


def test_maker_and_the_one_it_made_for():
    got = stated(
        "Two reconnaissance satellites are being assembled by Zenco Space and Orbital Works for the Freedonian Air "
        "Force, officials said.",
        _SPEC,
    )
    assert _has(got, "Zenco Space", "Freedonian Air Force"), got
    assert _has(got, "Orbital Works", "Freedonian Air Force"), got


def test_maker_and_the_ship_it_refitted_or_the_owner_of_what_it_built():
    got = stated("The Sea Lark has been modernized by Acme Shipyards in the northern port.", _SPEC)
    assert _has(got, "Acme Shipyards", "Sea Lark"), got
    got = stated("The Freedonian Coast Guard's new patrol boats are built by Acme Shipyards.", _SPEC)
    assert _has(got, "Acme Shipyards", "Freedonian Coast Guard"), got
    got = stated("It is the newest model of frigate for the Freedonian Coast Guard developed by Acme Shipyards.", _SPEC)
    assert _has(got, "Acme Shipyards", "Freedonian Coast Guard"), got


def test_a_qualifying_state_a_product_or_a_denied_making_take_none():
    got = stated("Two satellites are being assembled by Zenco Space for the Freedonian Air Force.", _SPEC)
    assert not _has(got, "Zenco Space", "Freedonia"), got
    got = stated("Vitamax is being manufactured by Orbital Works under licence.", _SPEC)
    assert not _has(got, "Orbital Works", "Vitamax"), got
    got = stated("The Sea Lark was not modernized by Acme Shipyards, the ministry said.", _SPEC)
    assert not _has(got, "Acme Shipyards", "Sea Lark"), got


def test_a_product_named_with_a_possessive_is_no_owner():
    spec = dict(_SPEC, **{"Zenco's Vitamax": (P, ["Zenco's Vitamax"])})
    got = stated("While Zenco's Vitamax is being manufactured by Orbital Works, the rest is made abroad.", spec)
    assert not _has(got, "Orbital Works", "Zenco's Vitamax"), got


def test_a_thing_made_that_is_no_ship_or_weapon_names_no_buyer():
    """Review of round BJ, item 3: a message delivered or a plan developed is no sale."""
    spec = dict(_SPEC, **{"Red Cross": (P, ["Red Cross"]), "Sylvania": (S, ["Sylvania"])})
    got = stated("Freedonia's letter to the strikers was delivered by the Red Cross on Monday.", spec)
    assert not _has(got, "Red Cross", "Freedonia"), got
    got = stated("Sylvania's new budget plan was developed by Orbital Works in a single month.", spec)
    assert not _has(got, "Orbital Works", "Sylvania"), got
    got = stated("A new peace plan was developed by Zenco Space for Sylvania last year.", spec)
    assert not _has(got, "Zenco Space", "Sylvania"), got
