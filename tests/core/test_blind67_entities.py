"""Entity classes first seen on blind67's first run (issue #11, x-b67e-88), each on invented sentences: a maker's
word before a model's code of letters and digits ("an Airbus A330-300", "two Boeing 777s"), a name closed by a code
opened by a digit ("a Dassault Falcon 7X"), a time stamp after "GMT", "the Federal Government" read as the article's
one federation, a region's name ("X State") typed as a person, the legal form "SJSC" closing a firm's name, and a
Title Case headline read as one name.

The measure of quality is bench/real (real articles, scored); these pin each rule and a case where it could over-fire.
"""

from __future__ import annotations

from core.extract.coref import Mention
from core.extract.things import names_a_thing
from core.model import Kind
from tests.core.test_entities import by_name, extract
from tests.core.test_entities_news import HEADLINE


def _names(nlp, text: str) -> dict:
    return by_name(extract(nlp, HEADLINE + text + "\n"))


def _mentions(found: dict) -> set[str]:
    return {t for _, forms in found.values() for t in forms}


# a maker's word before a model's code (things._model_code_after, things._CODE_END)


def test_a_makers_word_before_a_lettered_model_code_is_no_body(nlp):
    found = _names(nlp, "The Zelbus A340-300 flight from Ostrava to Vrena was cancelled on Monday.")
    assert "Zelbus" not in _mentions(found), found


def test_a_makers_word_before_a_plural_model_number_is_no_body(nlp):
    found = _names(nlp, "Only one of the two Korvan 787s covered by the order is now in Ostrava.")
    assert "Korvan" not in _mentions(found), found


def test_a_name_closed_by_a_digit_led_code_is_no_body(nlp):
    text = "The jets, a Bremont Condor 9X and two smaller planes, are parked at Ostrava airport."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Bremont")
    m = Mention(start, start + 3, Kind.OFFICIAL, None, 2, "person")
    said = doc[start : start + 3].text
    assert said == "Bremont Condor 9X"
    assert names_a_thing(doc, m, said, doc[start + 2].idx + 2, text)


def test_a_name_closed_by_a_plain_number_is_left_to_other_rules(nlp):
    text = "The Gorvan Sector 12 council met at Ostrava on Monday."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Gorvan")
    m = Mention(start, start + 3, Kind.PARTY, None, 2, "org")
    assert not names_a_thing(doc, m, "Gorvan Sector 12", doc[start + 2].idx + 2, text)


def test_a_force_acronym_before_an_aircraft_code_stays(nlp):
    found = _names(nlp, "A RAF RC-135 aircraft was intercepted over the Black Sea, the Ministry of Defence said.")
    assert "RAF" in _mentions(found) or "Royal Air Force" in found, found


def test_a_firm_before_a_decade_stays(nlp):
    found = _names(nlp, "Trade with Zelvex Holdings grew in the 1990s, Zelvex 1990s filings show.")
    assert any("Zelvex" in t for t in _mentions(found)), found


# a time stamp (things._TIME_ZONE)


def test_a_time_stamp_after_gmt_is_no_name(nlp):
    found = _names(nlp, "15:41 GMT 04.06.2022 (Updated: 15:42 GMT 04.06.2022)\nThe court in Ostrava ruled on Friday.")
    assert not any(t.startswith("GMT") for t in _mentions(found)), found


# "the Federal Government" (federal_governments.py)


def test_the_federal_government_is_the_articles_one_federation(nlp):
    found = _names(
        nlp,
        "Australian officials met Chinese counterparts in Beijing. The Federal Government said it was providing "
        "consular assistance to Jane Roe and her family.",
    )
    kind, forms = found["Australia"]
    assert kind is Kind.STATE and "Federal Government" in forms, found


def test_the_federal_government_with_two_federations_is_left_alone(nlp):
    found = _names(
        nlp,
        "Nigeria and Germany signed the deal in Berlin. The Federal Government said it would pay the firm.",
    )
    assert "Federal Government" not in found.get("Nigeria", (None, []))[1], found
    assert "Federal Government" not in found.get("Germany", (None, []))[1], found


def test_the_federal_government_beside_the_federation_it_presses_is_not_that_federation(nlp):
    found = _names(
        nlp,
        "Prime Minister Jane Roe said the Federal Government would press Washington over tariffs imposed by the "
        "United States on steel.",
    )
    assert "Federal Government" not in found.get("United States", (None, []))[1], found


# a region's name typed as a person (things._REGION_WORDS)


def _official(nlp, text: str, words: str) -> tuple:
    doc = nlp(text)
    first = words.split()[0]
    start = next(t.i for t in doc if t.text == first)
    end = start + len(words.split())
    assert doc[start:end].text == words
    return doc, Mention(start, end, Kind.OFFICIAL, None, 2, "person"), doc[end - 1].idx + len(doc[end - 1])


def test_a_regions_name_is_no_person(nlp):
    text = "The debt is owed by Varko State, the firm said."
    doc, m, end_char = _official(nlp, text, "Varko State")
    assert names_a_thing(doc, m, "Varko State", end_char, text)


def test_a_known_body_ending_in_state_stays(nlp):
    text = "The debt is owed to Varko State, the firm said."
    doc, m, end_char = _official(nlp, text, "Varko State")
    m.key = "varko state"  # a name the knowledge base or the document already keys: not the bare region rule's
    assert not names_a_thing(doc, m, "Varko State", end_char, text)


# a legal form closing a firm's name (lexicon company_tails: "SJSC", "CJSC")


def test_a_saudi_joint_stock_form_closes_the_firms_name(nlp):
    found = _names(nlp, "The planes are part of a portfolio sold to Varkon Commercial Bank SJSC in 2018.")
    assert "SJSC" not in found and any(t.endswith("Bank SJSC") for t in _mentions(found)), found


# a Title Case headline read as one name (things._headline_cased)


def test_a_title_case_headline_is_no_name(nlp):
    text = "Release Of Seized Varko Air Jet Ordered By Ostravan Court | PHOTO COURTESY\nThe court ruled on Friday."
    words = "Release Of Seized Varko Air Jet Ordered By Ostravan Court"
    doc = nlp(text)
    m = Mention(0, len(words.split()), Kind.PARTY, None, 2, "org")
    assert doc[0 : m.end].text == words
    assert names_a_thing(doc, m, words, len(words), text)


def test_a_long_body_name_in_title_case_inside_a_sentence_stays(nlp):
    text = "The Network Of Traders In Ostrava said on Friday that talks would resume."
    words = "Network Of Traders In Ostrava"
    doc = nlp(text)
    m = Mention(1, 1 + len(words.split()), Kind.PARTY, None, 2, "org")
    assert doc[m.start : m.end].text == words
    assert not names_a_thing(doc, m, words, 4 + len(words), text)
