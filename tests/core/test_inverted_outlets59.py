"""News outlets named after a reporting verb that closes the sentence ('..., reported X.', '..., writes X.') and
outlets cited in quotes ('according to “X”'), which the model took for people (round AU, x-rep59). Invented
sentences."""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations import stated


def test_a_name_after_a_closing_reported_is_an_outlet(nlp):
    text = HEADLINE + (
        "Ruritania's Foreign Secretary Anil Varo summoned the Borovian envoy on Tuesday, reported Prothom Lamp.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Prothom Lamp"][0] is Kind.PARTY
    assert found["Anil Varo"][0] is Kind.OFFICIAL


def test_a_name_after_a_closing_writes_is_an_outlet(nlp):
    text = HEADLINE + "The suspects include two Borovian men linked to the attack in Ruritania, writes El Lamp.\n"
    found = by_text(extract(nlp, text))
    assert found["El Lamp"][0] is Kind.PARTY


def test_a_writer_named_again_by_surname_stays_a_person(nlp):
    text = HEADLINE + (
        "The ministry summoned the Borovian envoy on Tuesday, writes Tom Bateman. Bateman added that the talks"
        " went on.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Tom Bateman"][0] is Kind.OFFICIAL


def test_a_lone_name_cited_in_quotes_after_according_to_is_an_outlet(nlp):
    text = HEADLINE + "According to “Spargel”, Lambrecht referred to the protection of Ruritania's infrastructure.\n"
    found = by_text(extract(nlp, text))
    assert found["Spargel"][0] is Kind.PARTY


def test_an_outlet_reports_the_addressee_of_a_letter_its_subject_wrote():
    spec = {
        "Christa Lamb": (Kind.OFFICIAL, ["Christa Lamb", "Lamb"]),
        "Osterlich": (Kind.STATE, ["Osterlich"]),
        "Lamp News Agency": (Kind.PARTY, ["Lamp News Agency"]),
    }
    got = stated(
        "According to Lamp News Agency, in her most recent letter to Osterlich, Lamb reported an urgent lack of"
        " ammunition.",
        spec,
    )
    assert ("Lamp News Agency", "Osterlich", Family.REPORTING) in got, got
    assert ("Lamp News Agency", "Christa Lamb", Family.REPORTING) in got, got


def test_a_known_outlet_named_without_its_article_is_an_outlet():
    spec = {
        "Christa Lamb": (Kind.OFFICIAL, ["Christa Lamb", "Lamb"]),
        "Osterlich": (Kind.STATE, ["Osterlich"]),
        "Spiegel": (Kind.PARTY, ["Spiegel"]),
    }
    got = stated("According to Spiegel, in her letter to Osterlich, Lamb asked for more ammunition.", spec)
    assert ("Spiegel", "Osterlich", Family.REPORTING) in got, got
