"""Reports (round Y): an outlet told through its service ('told the X Burmese service'), a report printed in an
outlet ('said a report in X'), every person a speaker says was acted on ('A and B were released')."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

PEOPLE = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Max Ode": (OFF, ["Max Ode"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
    "Northern Times": (P, ["Northern Times"]),
}


def test_an_outlet_told_through_its_service_reports_the_speaker():
    text = "Spokesman Max Ode told the Northern Times Sylvanian service that the talks had failed."
    got = stated(text, PEOPLE)
    assert ("Northern Times", "Max Ode", Family.REPORTING) in got, got


def test_an_outlet_after_another_word_is_no_outlet_told():
    text = "Spokesman Max Ode told the families of Northern Times reporters that the talks had failed."
    got = stated(text, PEOPLE)
    assert ("Northern Times", "Max Ode", Family.REPORTING) not in got, got


def test_a_report_printed_in_an_outlet_speaks_for_the_outlet():
    text = "Freedonia condemned Sylvania's cancellation of the contract, said a report in the Northern Times."
    got = stated(text, PEOPLE)
    assert ("Northern Times", "Freedonia", Family.REPORTING) in got, got


def test_a_report_in_a_month_names_no_outlet():
    got = stated("Freedonia condemned the deal, said a report in March.", PEOPLE)
    assert not any(f is Family.REPORTING for *_, f in got), got
