"""Reports (round V): a quoted list of names before 'X said', the parties of a clause a report closes."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import OFF, P, S, stated

PEOPLE = {
    "Freedonia": (S, ["Freedonia", "Freedonian"]),
    "Sylvania": (S, ["Sylvania", "Sylvanian"]),
    "Max Ode": (OFF, ["Max Ode"]),
    "Lin Bao": (OFF, ["Lin Bao"]),
    "Ana Voss": (OFF, ["Ana Voss"]),
    "Tom Reed": (OFF, ["Tom Reed"]),
    "Northern Times": (P, ["Northern Times"]),
}


def test_a_quoted_list_before_the_speaker_is_what_he_tells_of_not_a_speaker():
    text = "“Three of our citizens are coming home: Lin Bao, Ana Voss and Tom Reed,” Freedonian President Max Ode said."
    got = stated(text, PEOPLE)
    for name in ("Lin Bao", "Ana Voss", "Tom Reed"):
        assert ("Max Ode", name, Family.REPORTING) in got, (name, got)
        assert (name, "Freedonia", Family.REPORTING) not in got, (name, got)


def test_names_listed_after_a_colon_in_a_quotation_are_reported_on():
    text = "“Today, two citizens are free at last: Lin Bao and Tom Reed,” President Max Ode said in a statement."
    got = stated(text, PEOPLE)
    assert ("Max Ode", "Lin Bao", Family.REPORTING) in got, got
    assert ("Max Ode", "Tom Reed", Family.REPORTING) in got, got


def test_a_list_in_the_writers_own_words_stays_as_it_was():
    # no quotation: the names are no quoted list (and the speaker's word on people acting is talk)
    got = stated("Lin Bao and Tom Reed met in Sylvania, Max Ode said.", PEOPLE)
    assert ("Max Ode", "Tom Reed", Family.REPORTING) not in got, got


def test_an_outlet_closing_the_sentence_reports_on_the_objects_of_the_act():
    text = "The court took the businessmen Lin Bao and Ana Voss off a sanctions list, writes The Northern Times."
    got = stated(text, PEOPLE)
    assert ("Northern Times", "Lin Bao", Family.REPORTING) in got, got
    assert ("Northern Times", "Ana Voss", Family.REPORTING) in got, got


def test_a_state_named_by_its_adjective_in_that_object_is_no_report():
    text = "The court took Sylvanian businessmen Lin Bao and Ana Voss off the list, writes The Northern Times."
    got = stated(text, PEOPLE)
    assert ("Northern Times", "Sylvania", Family.REPORTING) not in got, got


def test_a_reporting_participle_speaks_for_the_subject_of_the_clause_it_closes():
    spec = {**PEOPLE, "Acme Holdings": (P, ["Acme Holdings"])}
    got = stated("Acme Holdings denied the claims, saying that Sylvania had seized the tanker.", spec)
    assert ("Acme Holdings", "Sylvania", Family.REPORTING) in got, got


def test_a_participle_with_its_own_subject_or_before_its_clause_takes_no_speaker():
    from core.extract.nlp import load_nlp
    from core.extract.relations.participles import participle_subjects

    nlp = load_nlp()
    doc = nlp("Saying that Sylvania had seized the tanker, Max Ode left the room.")
    assert all(participle_subjects(t) == [] for t in doc), [(t.text, t.dep_) for t in doc]


def test_a_listing_verb_on_a_person_or_firm_is_enforcement_on_a_state_hostility():
    spec = {**PEOPLE, "Acme Holdings": (P, ["Acme Holdings"])}
    got = stated("Freedonia Sanctions Lin Bao", spec)
    assert ("Freedonia", "Lin Bao", Family.HOSTILITY) not in got, got
    got = stated("Freedonia sanctioned Sylvania on Monday.", spec)
    assert ("Freedonia", "Sylvania", Family.HOSTILITY) in got, got


def test_the_body_that_released_a_speakers_statement_reports_him():
    spec = {**PEOPLE, "White House": (P, ["White House"])}
    text = "“Today, we have secured the release of Lin Bao,” Max Ode said in a statement released by the White House."
    got = stated(text, spec)
    assert ("White House", "Max Ode", Family.REPORTING) in got, got
    # the White House named, but not as the statement's issuer (review of round V: the old sentence named it nowhere)
    text = "“We have secured the release of Lin Bao,” Max Ode said in a statement, after meeting White House staff."
    got = stated(text, spec)
    assert ("White House", "Max Ode", Family.REPORTING) not in got, got


def test_an_outlet_told_by_those_who_speak_for_someone_reports_on_him():
    spec = {**PEOPLE, "Reuters": (P, ["Reuters"]), "Acme Holdings": (P, ["Acme Holdings"])}
    got = stated("Lawyers for Ana Voss welcomed the ruling, telling Reuters that the charges were baseless.", spec)
    assert ("Reuters", "Ana Voss", Family.REPORTING) in got, got
    got = stated("A spokesman for Acme Holdings told Reuters that Sylvania had seized the tanker.", spec)
    assert ("Reuters", "Acme Holdings", Family.REPORTING) in got, got
    got = stated("Lawyers for Ana Voss told the court that the charges were baseless.", spec)
    assert not got, got


def test_an_outlet_that_quotes_a_named_speaker_in_the_passive_reports_on_him():
    spec = {**PEOPLE, "Reuters": (P, ["Reuters"])}
    text = "Lin Bao, the head of the Freedonian security committee, was quoted by Reuters as saying losses were high."
    got = stated(text, spec)
    assert ("Reuters", "Lin Bao", Family.REPORTING) in got, got
