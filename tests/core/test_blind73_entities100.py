"""blind73's entity classes (x-b73e-100, invented sentences): an acute accent or a prime typed for the apostrophe of a
possessive ("Vexland´s") ends the name as the apostrophe does; the model names of aircraft and weapons ("the
Ospreys", "a MiG-21 Bison") and military ranks standing alone ("Air Marshal") are no parties or people (general words
in the KB's non_entities)."""

from __future__ import annotations

from core.extract.clean import clean
from core.extract.pipeline import extract_text
from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _forms(entities, kind: Kind | None = None) -> set[str]:
    return {m.text for e in entities if kind is None or e.kind is kind for m in e.mentions}


def test_an_acute_accent_or_a_prime_before_s_is_a_possessives_apostrophe():
    assert clean("Brazil\u00b4s plan").text == "Brazil\u2019s plan"
    assert clean("Brazil\u2032s plan").text == "Brazil\u2019s plan"
    # not before another letter, nor a word's accent of its own ("caf\u00b4e" typed badly stays as it is)
    assert clean("caf\u00b4e and O\u00b4Neill").text == "caf\u00b4e and O\u00b4Neill"
    assert clean("Brazil\u00b4sa").text == "Brazil\u00b4sa"


def test_a_state_before_an_acute_accent_apostrophe_is_the_state():
    text = HEADLINE + "The drone entered Vexland and France\u00b4s airspace on Monday, the ministry said."
    forms = _forms(extract_text(text).entities, Kind.STATE)
    assert "France" in forms and not any("\u00b4" in f for f in forms)


def test_aircraft_models_and_ranks_alone_are_no_entities(nlp):
    text = (
        HEADLINE + "Norland grounded its Ospreys after the crash. The Osprey went down at sea, and a MiG-21 Bison "
        "was lost too. Air Marshal Tomas Velic said the Air Marshal would report to Defence Minister Ivo Brandt."
    )
    forms = _forms(extract(nlp, text))
    assert not forms & {"Osprey", "Ospreys", "Bison", "Air Marshal"}
    assert "Norland" in forms and "Tomas Velic" in forms


def test_a_body_or_person_holding_such_a_word_stays(nlp):
    text = HEADLINE + "Minister Akinci said the talks on Norland would go on, the Valdorian agency reported."
    forms = _forms(extract(nlp, text))
    assert "Akinci" in forms, forms


def test_a_ship_named_like_an_aircraft_stays_a_ship(nlp):
    text = HEADLINE + "The vessel, named the Osprey, had been sailing without a flag when the Norland navy stopped it."
    found = {m.text: e.kind for e in extract(nlp, text) for m in e.mentions}
    assert found.get("Osprey") is Kind.VESSEL, found
