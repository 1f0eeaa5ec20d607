"""Reporting shapes of round AH: an outlet asking for comment by contacting those asked, 'according to' an
announcement or a post, 'as per X' on a state's government, a speaker citing a body's document. Pair layer off."""

from __future__ import annotations

import pytest

from core.model import Family
from tests.core.test_relations import OFF, P, S, pairs

pytestmark = pytest.mark.usefixtures("rules_alone")


SPEC = {
    "Freedonia": (S, ["Freedonia", "Freedonian", "Freedonia's"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Daily Courier": (P, ["Daily Courier"]),
    "Koala": (P, ["Koala"]),
    "Vox Wire": (P, ["Vox Wire"]),
    "Orca Drives": (P, ["Orca Drives"]),
    "Blue Pike": (P, ["Blue Pike"]),
    "Ministry of Trade of Freedonia": (P, ["Freedonian Trade Ministry", "Trade Ministry"]),
    "Ivo Rask": (OFF, ["Ivo Rask", "Rask"]),
    "Lena Dorn": (OFF, ["Lena Dorn", "Dorn"]),
}


def _fams(text: str, a: str, b: str) -> set[Family]:
    return pairs(text, SPEC).get(frozenset({a, b}), set())


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("The Daily Courier reached out to Orca Drives, Blue Pike and the Trade Ministry for comment.", "Orca Drives"),
        ("The Daily Courier reached out to Orca Drives, Blue Pike and the Trade Ministry for comment.", "Blue Pike"),
        (
            "The Daily Courier reached out to Orca Drives, Blue Pike and the Trade Ministry for comment.",
            "Ministry of Trade of Freedonia",
        ),
        ("The Daily Courier contacted Orca Drives and the Freedonian government for comment.", "Freedonia"),
    ],
)
def test_an_outlet_contacting_for_comment_reports_on_those_asked(text, asked):
    fams = _fams(text, "Daily Courier", asked)
    assert fams == {Family.REPORTING}, fams


def test_a_person_reaching_out_for_comment_is_no_outlet_asking():
    fams = _fams("Ivo Rask reached out to Lena Dorn for comment.", "Ivo Rask", "Lena Dorn")
    assert Family.REPORTING not in fams, fams


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Rask met Lena Dorn in the capital, according to an announcement from the Freedonian Trade Ministry.",
        "Ivo Rask met Lena Dorn in the capital, according to the Trade Ministry's post on social media.",
    ],
)
def test_according_to_an_announcement_or_post_its_author_reports(text):
    assert Family.REPORTING in _fams(text, "Ministry of Trade of Freedonia", "Ivo Rask")


def test_as_per_an_outlet_reports_on_the_state_whose_government_acts():
    text = "Freedonia's government has issued an order closing schools, as per Daily Courier."
    assert Family.REPORTING in _fams(text, "Daily Courier", "Freedonia")


def test_as_per_an_outlet_is_no_report_on_the_state_of_a_firm():
    text = "The Freedonian firm has issued an order closing schools, as per Daily Courier."
    assert Family.REPORTING not in _fams(text, "Daily Courier", "Freedonia")


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Rask said the haze was dense, citing a Vox Wire report.",
        "Based on Vox Wire's observations, Ivo Rask said that for several days the haze was dense.",
        "Rask acknowledged that the air was bad, referencing a Vox Wire report linking smog to Sylvania.",
    ],
)
def test_a_speaker_citing_a_document_reports_on_its_author(text):
    assert Family.REPORTING in _fams(text, "Ivo Rask", "Vox Wire")


def test_a_cited_document_reports_on_whom_it_links():
    text = "Rask acknowledged that the air was bad, referencing a Vox Wire report linking smog to Sylvania."
    assert Family.REPORTING in _fams(text, "Vox Wire", "Sylvania")


def test_a_cited_state_document_has_no_author_named():
    text = "Ivo Rask said the haze was dense, citing a Freedonian report."
    assert Family.REPORTING not in _fams(text, "Ivo Rask", "Freedonia")


def test_a_body_asking_for_comment_is_an_outlet_though_unknown():
    text = "Koala reached out to Orca Drives and the Freedonian government for comment via email."
    assert _fams(text, "Koala", "Orca Drives") == {Family.REPORTING}
