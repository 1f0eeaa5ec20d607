"""A reporter that tells of one side of an act also reports the person on its other side (reported_counterparts.py)."""

from __future__ import annotations

from core.extract.relations.reported_counterparts import reported_counterparts
from core.model import Family, Kind
from tests.core.test_relations import OFF, P, S, stated, tied

PEOPLE = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Max Ode": (OFF, ["Max Ode", "Ode"]),
    "Lin Bao": (OFF, ["Lin Bao", "Bao"]),
    "Tom Reed": (OFF, ["Tom Reed", "Reed"]),
    "Foreign Ministry": (P, ["Foreign Ministry"]),
}


def test_a_minister_reports_the_person_a_state_arrested():
    got = stated("Max Ode said Freedonia had arrested Tom Reed at the border on Friday.", PEOPLE)
    assert tied(got, "Max Ode", "Tom Reed", Family.REPORTING), got


def test_a_minister_reports_the_person_a_state_supported():
    got = stated("Max Ode noted that Sylvania had worked hard to support Tom Reed during his trial.", PEOPLE)
    assert tied(got, "Max Ode", "Tom Reed", Family.REPORTING), got


def test_a_persons_act_on_another_person_is_talk():
    got = stated("Spokesman Max Ode said President Lin Bao met Tom Reed in the capital on Friday.", PEOPLE)
    assert not tied(got, "Max Ode", "Tom Reed", Family.REPORTING), got


def test_a_state_on_the_other_side_is_no_report():
    got = stated("Spokesman Max Ode said President Lin Bao met Sylvanian envoys in Freedonia.", PEOPLE)
    assert not tied(got, "Max Ode", "Sylvania", Family.REPORTING), got


_KINDS = {0: Kind.STATE, 1: Kind.PARTY, 2: Kind.OFFICIAL, 3: Kind.OFFICIAL}
_ROLES = frozenset({"critic", "ally"})


def test_a_state_reporting_an_act_reports_no_person_by_it():
    found = {(0, 1, Family.REPORTING): "reported on", (1, 2, Family.DIPLOMACY): "met"}
    assert list(reported_counterparts(found, set(), _KINDS.__getitem__, _ROLES)) == []


def test_a_body_reporting_an_act_reports_no_person_by_it():
    found = {(1, 0, Family.REPORTING): "reported on", (0, 2, Family.DIPLOMACY): "met"}
    assert list(reported_counterparts(found, set(), _KINDS.__getitem__, _ROLES)) == []


def test_a_pair_already_typed_is_left_as_it_is():
    found = {(3, 0, Family.REPORTING): "reported on", (0, 2, Family.DIPLOMACY): "met"}
    assert list(reported_counterparts(found, {frozenset((3, 2))}, _KINDS.__getitem__, _ROLES)) == []
    got = list(reported_counterparts(found, set(), _KINDS.__getitem__, _ROLES))
    assert got == [(3, 2, "reported on", Family.REPORTING)]


def test_a_description_of_a_person_is_no_act_reported():
    found = {(3, 0, Family.REPORTING): "reported on", (0, 2, Family.HOSTILITY): "critic of"}
    assert list(reported_counterparts(found, set(), _KINDS.__getitem__, _ROLES)) == []


def test_a_critic_described_in_the_reported_words_gives_no_report_on_the_one_criticised():
    # the state or body the speaker tells of is described by a title ('a bitter rival of B'), it does nothing to B
    for text in (
        "Max Ode said Sylvania, a bitter rival of Tom Reed, had closed the border.",
        "The Foreign Ministry, a harsh critic of Tom Reed, issued a statement on Monday, Max Ode said.",
    ):
        got = stated(text, PEOPLE)
        assert not tied(got, "Max Ode", "Tom Reed", Family.REPORTING), (text, got)


def test_an_act_with_an_empty_label_is_read_without_error():
    found = {(3, 0, Family.REPORTING): "reported on", (0, 2, Family.DIPLOMACY): ""}
    assert list(reported_counterparts(found, set(), _KINDS.__getitem__, _ROLES)) == [
        (3, 2, "reported on", Family.REPORTING)
    ]
