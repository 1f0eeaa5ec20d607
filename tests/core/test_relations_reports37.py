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


def test_every_person_a_speaker_says_was_acted_on_is_reported():
    text = "Freedonian President Max Ode confirmed that Lin Bao and Ana Voss were released by Sylvania."
    got = stated(text, PEOPLE)
    assert ("Max Ode", "Lin Bao", Family.REPORTING) in got, got
    assert ("Max Ode", "Ana Voss", Family.REPORTING) in got, got
    # a report read from 'As X said' (its clause is no ccomp of the verb, so only the passive subject's joined
    # names the speaker's doers take in reach the second person)
    got = stated("As Max Ode said, Lin Bao and Ana Voss were released by Sylvania.", PEOPLE)
    assert ("Max Ode", "Lin Bao", Family.REPORTING) in got, got
    assert ("Max Ode", "Ana Voss", Family.REPORTING) in got, got


def test_people_a_speaker_only_says_met_stay_talk():
    got = stated("Max Ode said Lin Bao would meet Ana Voss.", PEOPLE)
    assert ("Max Ode", "Ana Voss", Family.REPORTING) not in got, got


def test_a_speaker_reports_the_state_of_the_official_whose_act_he_tells():
    text = "Sylvanian President Lin Bao has exempted Freedonia from sanctions, Freedonian minister Max Ode announced."
    got = stated(text, PEOPLE)
    assert ("Max Ode", "Lin Bao", Family.REPORTING) in got, got
    assert ("Max Ode", "Sylvania", Family.REPORTING) in got, got


def test_the_speakers_own_state_in_that_phrase_is_no_report():
    text = "Freedonian President Lin Bao has exempted Sylvania from the sanctions, Freedonian minister Max Ode said."
    got = stated(text, PEOPLE)
    assert ("Max Ode", "Freedonia", Family.REPORTING) not in got, got


def test_a_body_acting_gives_no_state_the_speaker_reports():
    spec = {**PEOPLE, "Freedonian Navy": (P, ["Freedonian Navy"])}
    got = stated("The Freedonian Navy thwarted an attack at sea, Defence Minister Max Ode told parliament.", spec)
    assert ("Max Ode", "Freedonia", Family.REPORTING) not in got, got
