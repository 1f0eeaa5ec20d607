"""Verbs of round BI (x-fam109): co-doers who share a worry ('A, B and C share concerns about W') hold one worry
together: they side with each other (ALLIANCE), they do not quarrel (HOSTILITY, the family the noun 'concerns' gives
when it is aimed at someone); other verbs of a worry ('discussed', 'exchanged', 'have') and a worry about each other
keep the noun's family (mend of round BI). And 'it' or 'they' opening the clause of a verb that reports only with
a clause ('A, B and C stressed that they ...') is the speaker, as after 'said' (referents.py)."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, stated, tied

_SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Osterlich": (S, ["Osterlich"]),
    "Union Council": (P, ["Union Council"]),
}


def test_co_signers_sharing_concerns_side_with_each_other():
    got = stated(
        "Freedonia, Sylvania, Osterlich and the Union Council announced on Friday that they share serious concerns "
        "over irregularities in the vote.",
        _SPEC,
    )
    assert tied(got, "Freedonia", "Sylvania", Family.ALLIANCE)
    assert tied(got, "Osterlich", "Union Council", Family.ALLIANCE)
    assert not tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)


def test_two_sides_sharing_worries_are_no_quarrel():
    got = stated("Freedonia and Sylvania shared their worries over the slow count.", _SPEC)
    assert not tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)


def test_only_sharing_a_worry_is_holding_it_together():
    # mend of round BI: the override is for 'share' alone, and not where the worry is about each other
    for text in (
        "Freedonia and Sylvania discussed their concerns about the border during the talks.",
        "Freedonia and Sylvania have concerns about each other's intentions.",
        "Freedonia and Sylvania exchanged concerns over the disputed island.",
        "Freedonia and Sylvania shared concerns about each other's naval build-up.",
    ):
        assert not tied(stated(text, _SPEC), "Freedonia", "Sylvania", Family.ALLIANCE), text


def test_sides_exchanging_threats_still_quarrel():
    got = stated("Freedonia and Sylvania exchanged threats over the disputed island.", _SPEC)
    assert tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)


def test_they_after_a_verb_that_reports_only_with_a_clause_is_the_speakers():
    # 'underlined that' reports only with its clause (added_reports.py): 'they' opening the clause are the speakers
    got = stated(
        "Freedonia, Sylvania and Osterlich underlined that they share serious worries about the violence in the "
        "border towns.",
        _SPEC,
    )
    assert tied(got, "Freedonia", "Sylvania", Family.ALLIANCE)
    assert tied(got, "Sylvania", "Osterlich", Family.ALLIANCE)


def test_it_after_a_stressed_clause_is_the_speaking_state():
    got = stated("Freedonia stressed that it had imposed sanctions on Sylvania.", _SPEC)
    assert tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)


def test_sides_that_each_have_a_mission_are_not_tied_but_envoys_in_each_others_capitals_are():
    # mend of round BI: only 'mission' is a thing each side has for itself after 'have' (not envoys, delegations)
    got = stated("Freedonia and Sylvania both have survey missions heading to the Moon this year.", _SPEC)
    assert not tied(got, "Freedonia", "Sylvania", Family.DIPLOMACY), got
    got = stated("Freedonia and Sylvania have envoys in each other's capitals again.", _SPEC)
    assert tied(got, "Freedonia", "Sylvania", Family.DIPLOMACY), got
