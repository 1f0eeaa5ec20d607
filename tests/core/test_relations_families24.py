"""Families of round L (blind17's classes): a penalty paid to an authority is its enforcement on the payer, and a
chief executive heads his firm. Run with the pair layer off: the rules alone are tested."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")


SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Trade Department": (P, ["Freedonian Trade Department", "Trade Department"]),
    "Orca Drives": (P, ["Orca Drives", "ORC"]),
    "Daily Courier": (P, ["Daily Courier"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian Trade Department said Orca Drives has agreed to pay a $40m penalty for breaking export rules.",
        "Orca Drives said it would pay the Trade Department a fine of $12m over the shipments.",
    ],
)
def test_a_penalty_paid_reported_between_authority_and_firm_is_enforcement(text):
    fams = _fams(text, "Trade Department", "Orca Drives")
    assert Family.ENFORCEMENT in fams and Family.REPORTING not in fams, fams


def test_an_outlet_reporting_a_penalty_keeps_reporting():
    fams = _fams(
        "The Daily Courier reported that Orca Drives agreed to pay a $40m penalty.", "Daily Courier", "Orca Drives"
    )
    assert Family.ENFORCEMENT not in fams, fams


def test_a_report_without_a_penalty_stays_a_report():
    fams = _fams(
        "The Freedonian Trade Department said Orca Drives shipped drives abroad.", "Trade Department", "Orca Drives"
    )
    assert Family.ENFORCEMENT not in fams, fams


def test_a_chief_executive_leads_his_firm():
    fams = _fams('"We regret the mistakes of the past," said ORC chief executive Ivo Rask.', "Orca Drives", "Ivo Rask")
    assert Family.LEADERSHIP in fams and Family.MEMBERSHIP not in fams, fams


AUTH = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Treasury": (P, ["Freedonian Treasury", "Treasury"]),
    "Justice Department": (P, ["Freedonian Justice Department", "Justice Department"]),
    "Senate Trade Committee": (P, ["Senate Trade Committee"]),
    "Orca Drives": (P, ["Orca Drives"]),
    "Ivo Rask": (OFF, ["Ivo Rask"]),
}


@pytest.mark.parametrize(
    "text, authority, target",
    [
        ("The Treasury said Orca Drives used bribery and hid its shipments.", "Treasury", "Orca Drives"),
        (
            "According to the Justice Department, Ivo Rask allegedly smuggled chips abroad.",
            "Justice Department",
            "Ivo Rask",
        ),
    ],
)
def test_an_enforcement_authority_reporting_on_whom_it_acts_against_is_enforcement(text, authority, target):
    spec = {k: AUTH[k] for k in (authority, target)}
    fams = pairs(text, spec).get(frozenset({authority, target}), set())
    assert Family.ENFORCEMENT in fams and Family.REPORTING not in fams, fams


def test_a_committee_reporting_keeps_reporting():
    spec = {k: AUTH[k] for k in ("Senate Trade Committee", "Orca Drives")}
    fams = pairs("The Senate Trade Committee reported that Orca Drives sold drives abroad.", spec).get(
        frozenset({"Senate Trade Committee", "Orca Drives"}), set()
    )
    assert Family.ENFORCEMENT not in fams, fams


def test_an_armed_group_an_authority_accuses_is_its_hostility():
    spec = {"Treasury": AUTH["Treasury"], "Northern Defence Forces": (P, ["Northern Defence Forces"])}
    fams = pairs("The Treasury said the Northern Defence Forces committed grave abuses against civilians.", spec).get(
        frozenset({"Treasury", "Northern Defence Forces"}), set()
    )
    assert Family.HOSTILITY in fams and Family.REPORTING not in fams, fams


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia's director of public prosecutions, Ivo Rask, filed an application in the High Court.",
        "Ivo Rask, head of the merchant marine at the Freedonian Treasury, said the ships were removed.",
    ],
)
def test_the_head_of_a_unit_is_a_member_of_its_body_or_state(text):
    other = "Freedonia" if text.startswith("Freedonia's") else "Treasury"
    spec = {k: AUTH[k] for k in (other, "Ivo Rask")}
    fams = pairs(text, spec).get(frozenset({other, "Ivo Rask"}), set())
    assert Family.MEMBERSHIP in fams and Family.LEADERSHIP not in fams, fams


def test_a_head_of_state_still_leads():
    spec = {k: AUTH[k] for k in ("Freedonia", "Ivo Rask")}
    fams = pairs("Ivo Rask, head of state of Freedonia, opened the session.", spec).get(
        frozenset({"Freedonia", "Ivo Rask"}), set()
    )
    assert Family.MEMBERSHIP not in fams, fams


def test_a_state_extraditing_to_another_state_deals_with_it():
    spec = {
        "Freedonia": AUTH["Freedonia"],
        "Sylvania": (S, ["Sylvania"]),
        "Ruritania": (S, ["Ruritania"]),
        "Ivo Rask": AUTH["Ivo Rask"],
    }
    text = "The authorities of Freedonia have extradited to Sylvania a citizen of Ruritania, businessman Ivo Rask."
    got = pairs(text, spec)
    assert got.get(frozenset({"Freedonia", "Sylvania"})) == {Family.DIPLOMACY}, got
    assert Family.DIPLOMACY not in got.get(frozenset({"Freedonia", "Ruritania"}), set()), got
