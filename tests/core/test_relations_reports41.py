"""Reports, round AC (issue 11): the body whose data a sentence is 'according to' ('according to ship-tracking data
analysed by X', 'according to data from X'); and, held as they were, the party goods go to in an outlet's report ('said
it would sell frigates to X, Y reported') but not a place a ship sails to. Entities placed by hand; invented sentences;
pair layer off."""

from __future__ import annotations

import pytest

from core.model import Family, Kind
from tests.core.test_relations import stated

S, P, V = Kind.STATE, Kind.PARTY, Kind.VESSEL
SPEC = {
    "Peru": (S, ["Peru", "Peruvian"]),
    "Chile": (S, ["Chile", "Chilean"]),
    "Andean Coast Guard": (P, ["Andean Coast Guard"]),
    "Seatrack": (P, ["Seatrack"]),
    "Reuters": (P, ["Reuters"]),
    "Condor Star": (V, ["Condor Star"]),
}


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    import core.extract.relations as relations

    monkeypatch.setattr(relations, "pair_model", lambda: None)


def test_data_from_a_body_makes_it_the_source():
    got = stated("The Condor Star was escorted by an Andean Coast Guard vessel, according to data from Seatrack.", SPEC)
    assert ("Seatrack", "Andean Coast Guard", Family.REPORTING) in got


def test_data_analysed_by_a_body_makes_it_the_source():
    got = stated("The Condor Star left port on Monday, according to ship-tracking data analysed by Seatrack.", SPEC)
    assert ("Seatrack", "Condor Star", Family.REPORTING) in got


def test_data_with_no_body_named_reports_nothing():
    got = stated("The Condor Star left port on Monday, according to ship-tracking data.", SPEC)
    assert not any(f is Family.REPORTING for _, _, f in got)


def test_an_outlet_reports_whom_goods_are_sold_to():
    got = stated("Peru said it would sell two frigates to Chile, Reuters reported.", SPEC)
    assert ("Reuters", "Chile", Family.REPORTING) in got


def test_an_outlet_reports_no_place_a_ship_sails_to():
    got = stated("The Condor Star sailed to Chile on Monday, Reuters reported.", SPEC)
    assert ("Reuters", "Chile", Family.REPORTING) not in got


def test_a_body_whose_data_is_cited_is_no_member_of_the_actor_s_state():
    # review of round AC: the data's source is a reporter, not a direct speaker whose home state the act is
    spec = {**SPEC, "Andean Navy": (P, ["Andean Navy"])}
    got = stated("Peru seized the Condor Star on Monday, according to data from the Andean Navy.", spec)
    assert ("Andean Navy", "Peru", Family.MEMBERSHIP) not in got
    assert ("Peru", "Condor Star", Family.REPORTING) not in got
    assert ("Andean Navy", "Condor Star", Family.REPORTING) in got
