"""The doer of an act and those it acts 'alongside' are partners in it (round BF, x-coact86)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, V, pairs

_SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Grand Fenwick": (S, ["Grand Fenwick"]),
    "Ruritania": (S, ["Ruritania", "Ruritanian"]),
    "Northern League": (P, ["Northern League"]),
    "Freedonian Navy": (P, ["Freedonian Navy"]),
    "Osric Vell": (OFF, ["Osric Vell"]),
    "Tamsin Oake": (OFF, ["Tamsin Oake"]),
    "Blue Heron": (V, ["Blue Heron"]),
    "Marigold": (V, ["Marigold"]),
}


def _fams(got: dict[frozenset[str], set[Family]], a: str, b: str) -> set[Family]:
    return got.get(frozenset((a, b)), set())


def test_acting_alongside_makes_partners():
    got = pairs(
        "Freedonia also announced matching sanctions alongside the Northern League action against Ruritania.", _SPEC
    )
    assert Family.ALLIANCE in _fams(got, "Freedonia", "Northern League")
    got = pairs(
        "Sylvania has led several rounds of peace efforts alongside Freedonia and Grand Fenwick since May.", _SPEC
    )
    assert Family.ALLIANCE in _fams(got, "Sylvania", "Freedonia")
    assert Family.ALLIANCE in _fams(got, "Sylvania", "Grand Fenwick")
    got = pairs("Osric Vell signed the accord alongside Sylvanian Prime Minister Tamsin Oake on Friday.", _SPEC)
    assert Family.AGREEMENT in _fams(got, "Osric Vell", "Tamsin Oake")
    assert Family.ALLIANCE not in _fams(got, "Osric Vell", "Tamsin Oake")


def test_alongside_as_a_place_a_talk_or_a_passive_makes_no_partners():
    got = pairs("The Blue Heron pulled alongside the Marigold before dawn.", _SPEC)
    assert Family.ALLIANCE not in _fams(got, "Blue Heron", "Marigold")
    got = pairs("Freedonian officials discussed the easing of sanctions alongside the Ruritanian proposal.", _SPEC)
    assert Family.ALLIANCE not in _fams(got, "Freedonia", "Ruritania")
    got = pairs("Osric Vell was abducted from a resort alongside Tamsin Oake last year.", _SPEC)
    assert Family.ALLIANCE not in _fams(got, "Osric Vell", "Tamsin Oake")
    got = pairs("Freedonia did not impose sanctions alongside Sylvania.", _SPEC)
    assert Family.ALLIANCE not in _fams(got, "Freedonia", "Sylvania")


# round BF mend B: an act with no family and no object is a fate or a game shared, not a partnership


def test_a_fate_or_a_game_shared_alongside_makes_no_partners():
    for sentence in (
        "Osric Vell pleaded guilty alongside Tamsin Oake on Tuesday.",
        "The journalist Osric Vell died alongside Tamsin Oake in the shelling.",
        "Osric Vell scored alongside Sylvanian striker Tamsin Oake in the final.",
    ):
        got = pairs(sentence, _SPEC)
        assert Family.ALLIANCE not in _fams(got, "Osric Vell", "Tamsin Oake"), sentence
    got = pairs("Freedonia played alongside Sylvania in the tournament.", _SPEC)
    assert Family.ALLIANCE not in _fams(got, "Freedonia", "Sylvania")


def test_a_drill_a_fight_or_charges_shared_alongside_still_make_partners():
    got = pairs("Freedonia trained alongside Sylvania last year.", _SPEC)
    assert Family.ALLIANCE in _fams(got, "Freedonia", "Sylvania")
    got = pairs("Osric Vell fought alongside Tamsin Oake.", _SPEC)
    assert Family.ALLIANCE in _fams(got, "Osric Vell", "Tamsin Oake")
    # co-conspirators charged together are allies in the gold (r91)
    got = pairs("Osric Vell faces charges alongside co-conspirator Tamsin Oake.", _SPEC)
    assert Family.ALLIANCE in _fams(got, "Osric Vell", "Tamsin Oake")
