"""Round T entity classes (invented sentences): bases and camps, buildings, doctrines, a navy's prefix written before
a ship then the ship bare, the UN's refugee agency named in words, a dateline after a bullet, a line of channels."""

from __future__ import annotations

from core.extract.furniture import furniture_ranges
from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, holding


def _texts(entities) -> set[str]:
    return {m.text for e in entities for m in e.mentions}


def test_bases_and_camps_are_no_actors(nlp):
    text = (
        HEADLINE + "The new sites are Naval Base Rufino Alcantara in Tarlo and Camp Elmer Dela Santos in Vigo. "
        "Troops at Ain al-Kharif Air Base were attacked, Ruritania said."
    )
    texts = _texts(extract(nlp, text))
    assert not [t for t in texts if "Base" in t or "Camp" in t or "Santos" in t or "Alcantara" in t]


def test_a_building_is_no_person(nlp):
    text = HEADLINE + "Ruritania was behind a fire attack on the Mendel Royal Cafe in the capital, the minister said."
    assert not [t for t in _texts(extract(nlp, text)) if "Cafe" in t]


def test_a_doctrine_is_no_body(nlp):
    text = HEADLINE + "The ministry accused Estonia of Ruritanophobia. Ruritania said it would respond."
    assert "Ruritanophobia" not in _texts(extract(nlp, text))


def test_a_ships_navy_prefix_then_its_bare_name_is_one_ship(nlp):
    text = (
        HEADLINE + "The frigate IRIS Valmar docked in the port on Sunday. Brazil said Valmar would leave on Monday."
    )
    found = extract(nlp, text)
    ship = holding(found, "IRIS Valmar")
    assert ship is not None and ship.kind is Kind.VESSEL
    assert holding(found, "Valmar") is ship


def test_the_uns_refugee_agency_in_words_is_unhcr(nlp):
    text = HEADLINE + "The UN refugee agency said on Tuesday that Ruritania must take the migrants in."
    found = extract(nlp, text)
    agency = holding(found, "UN refugee agency")
    assert agency is not None and agency.kind is Kind.PARTY and agency.name == "UNHCR"


def test_a_dateline_after_a_bullet_is_furniture():
    text = "Ruritania cuts ties\n\ndate 2021-03-20 SEOUL \u2022 North Korea severed diplomatic ties with Malaysia.\n"
    taken = [text[a:b] for a, b in furniture_ranges(text)]
    assert any("SEOUL" in t for t in taken)
    assert not any("Malaysia" in t for t in taken)


def test_a_line_of_an_outlets_channels_is_furniture():
    text = (
        "Ruritania cuts ties\n\nRuritania cut ties with Freedonia on Monday.\n"
        "Read us on our channels Daily Ruritanian \u2013 Telegram \u2014 Facebook, \u2014 Google News\n"
        "Ruritania banned Facebook and Telegram in 2022.\n"
    )
    taken = [text[a:b] for a, b in furniture_ranges(text)]
    assert any("Google News" in t for t in taken)
    assert not any("banned" in t for t in taken)


def test_a_holy_book_and_a_function_word_are_no_actors(nlp):
    text = (
        HEADLINE + "Ruritania expelled the envoy over the burning of the Quran. \u201cWith regard to the grave "
        "situation, the ministry has acted,\u201d Ruritania said."
    )
    texts = _texts(extract(nlp, text))
    assert "Quran" not in texts and "With" not in texts


def test_a_coalition_led_by_an_abbreviated_state_is_one_body(nlp):
    text = HEADLINE + "Ruritania agreed on the withdrawal of U.S.-led coalition troops by next year."
    found = extract(nlp, text)
    coalition = holding(found, "U.S.-led coalition")
    assert coalition is not None and coalition.kind is Kind.PARTY


def test_known_bodies_named_in_full(nlp):
    text = (
        HEADLINE + "Ruritania welcomed the African Union\u2019s Peace and Security Council decision. "
        "The Bundeswehr will send a brigade to Ruritania."
    )
    found = extract(nlp, text)
    council = holding(found, "Peace and Security Council")
    assert council is not None and council.kind is Kind.PARTY
    assert "Security Council" not in {e.name for e in found}
    army = holding(found, "Bundeswehr")
    assert army is not None and army.kind is Kind.PARTY


def test_an_agency_inputs_line_is_furniture():
    text = "Ruritania cuts ties\n\nRuritania cut ties with Freedonia on Monday.\n(With agency inputs)\n"
    assert any("agency inputs" in text[a:b] for a, b in furniture_ranges(text))


def test_an_agency_in_brackets_closing_a_paragraph_is_furniture():
    text = (
        "Ruritania cuts ties\n\nRuritania cut ties with Freedonia on Monday.\n"
        "The firm said its staff were safe following the unrest. (BBC)\n(with AFP)\n"
    )
    taken = [text[a:b] for a, b in furniture_ranges(text)]
    assert any("(BBC)" in t for t in taken) and any("AFP" in t for t in taken)
    assert not any("firm said" in t for t in taken)


def test_a_makers_word_before_a_model_number_is_no_person(nlp):
    text = HEADLINE + "Ruritania's military said an Antonov 124 took off on Thursday with 70 tonnes of cargo."
    assert "Antonov" not in _texts(extract(nlp, text))


def test_a_family_name_spelled_like_a_state_is_the_persons(nlp):
    text = (
        HEADLINE + "The navy's spokesman, Rear Admiral Juan Carlos Trinidad, spoke on Monday. Trinidad said the "
        "Ruritanian submarine had left the area."
    )
    found = extract(nlp, text)
    person = holding(found, "Juan Carlos Trinidad")
    assert person is not None and person.kind is Kind.OFFICIAL
    assert holding(found, "Trinidad") is person


def test_a_bodys_acronym_before_a_title_is_no_ships_prefix(nlp):
    """Review of round T: 'IRIS' (a navy's prefix) is also a think tank's acronym; a title after it names a person."""
    text = HEADLINE + "The think tank IRIS Director Jean Dupont said the deal was dead."
    assert not [e for e in extract(nlp, text) if e.kind is Kind.VESSEL]


def test_a_family_name_spelled_like_a_state_stays_the_state_after_a_preposition(nlp):
    """Review of round T: 'aid to Jordan' is the state even after 'Rep. Jim Jordan' is named; 'Jordan said' is him."""
    text = HEADLINE + (
        "Representative Jim Jordan said on Monday that the United States must stop sending aid to Jordan. "
        "Jordan said the money was wasted."
    )
    found = extract(nlp, text)
    assert any(e.kind is Kind.STATE and e.name == "Jordan" for e in found), [(e.name, e.kind) for e in found]


def test_doctrines_scriptures_and_function_words_read_as_names_are_things(nlp):
    """Review of round T: the model seldom makes these mentions in an invented sentence, so the rule is read on the
    mention it gets on real pages ('Russophobia', 'Quran', a quote's 'With')."""
    from core.extract.coref import Mention
    from core.extract.things import names_a_thing

    def thing(text: str, word: str) -> bool:
        doc = nlp(text)
        k = next(t.i for t in doc if t.text == word)
        span = doc[k : k + 1]
        return names_a_thing(doc, Mention(k, k + 1, Kind.PARTY, None, 2), word, span.end_char, text)

    assert thing("Officials denounced Russophobia in the region on Monday.", "Russophobia")
    assert thing("Protesters burned a copy of the Quran outside the embassy.", "Quran")
    assert thing("“With regard to the sanctions, nothing has changed,” he said.", "With")
    assert not thing("Officials met Rustam Aliev in the region on Monday.", "Aliev")
