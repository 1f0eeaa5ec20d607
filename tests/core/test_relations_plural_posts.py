"""A plural title beside one named person is not his post (round BI, x-b80r-116): 'besides X, the attorney generals
of A and B signed' makes X no official of A or B but a party of the act with each (the gold of such a sentence ties
X to each state by the act); after a list of names the plural title is each one's."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_relations import stated

_O = Kind.OFFICIAL
_SPEC = {
    "Ruritania": (Kind.STATE, ["Ruritania"]),
    "Freedonia": (Kind.STATE, ["Freedonia"]),
    "Sylvania": (Kind.STATE, ["Sylvania"]),
    "Osterlich": (Kind.STATE, ["Osterlich"]),
    "John Smith": (_O, ["John Smith"]),
    "Jane Doe": (_O, ["Jane Doe"]),
    "Ann Roe": (_O, ["Ann Roe"]),
}


def _posts(got: set, person: str) -> set[str]:
    fams = (Family.MEMBERSHIP, Family.LEADERSHIP)
    return {b for a, b, f in got if a == person and f in fams}


def test_a_plural_title_after_one_person_is_not_his():
    got = stated(
        "Besides Ruritania's chief prosecutor, John Smith, the attorney generals of Freedonia, Sylvania and "
        "Osterlich signed the accord on Friday.",
        _SPEC,
    )
    assert _posts(got, "John Smith") == {"Ruritania"}, got
    for state in ("Freedonia", "Sylvania", "Osterlich"):
        assert ("John Smith", state, Family.AGREEMENT) in got, got  # he signed with each of them


def test_a_negated_act_beside_a_plural_title_takes_none():
    got = stated(
        "Unlike Ruritania's chief prosecutor, John Smith, the attorney generals of Freedonia and Sylvania did not "
        "sign the accord.",
        _SPEC,
    )
    assert _posts(got, "John Smith") == {"Ruritania"}, got
    assert ("John Smith", "Freedonia", Family.AGREEMENT) not in got, got


def test_a_plural_title_after_a_list_of_people_is_each_ones():
    got = stated("Jane Doe and Ann Roe, the foreign ministers of Freedonia, met in the capital.", _SPEC)
    assert "Freedonia" in _posts(got, "Ann Roe"), got
    got = stated("John Smith, the defence minister of Sylvania, arrived on Monday.", _SPEC)
    assert "Sylvania" in _posts(got, "John Smith"), got
