"""Two coordinated sides 'at odds' (or 'at war') with no 'with': they quarrel with each other
(mutual_quarrels.py; sentences and names invented)."""

from __future__ import annotations

from core.extract.relations import relation_nouns
from core.model import Family, Kind
from tests.core.test_relations import stated, tied

S = Kind.STATE
STATES = {
    "Freedonia": (S, ["Freedonia"]),
    "Sylvania": (S, ["Sylvania"]),
    "Ruritania": (S, ["Ruritania"]),
}


def test_two_sides_at_odds_quarrel_with_each_other():
    got = stated("Freedonia and Sylvania have been at odds over a range of issues for decades.", STATES)
    assert tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)


def test_two_sides_at_war():
    got = stated("Freedonia and Sylvania remain at war over the river.", STATES)
    assert tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)


def test_without_the_rule_no_quarrel_is_read(monkeypatch):
    monkeypatch.setattr(relation_nouns, "quarrel_verb", lambda n: None)
    got = stated("Freedonia and Sylvania have been at odds over a range of issues for decades.", STATES)
    assert not tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)


def test_at_odds_with_a_third_side_ties_the_subjects_to_it_not_to_each_other():
    got = stated("Freedonia and Sylvania have long been at odds with Ruritania.", STATES)
    assert tied(got, "Freedonia", "Ruritania", Family.HOSTILITY)
    assert not tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)


def test_other_standings_and_acts_are_no_quarrel():
    got = stated("Freedonia and Sylvania were at the summit on Monday.", STATES)
    assert not tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)
    got = stated("Freedonia and Sylvania looked at the odds of a deal.", STATES)
    assert not tied(got, "Freedonia", "Sylvania", Family.HOSTILITY)
