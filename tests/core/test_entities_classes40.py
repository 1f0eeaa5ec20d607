"""Round AB (x-ent40): the review mends of round Z and blind33's entity classes, on invented sentences."""

from __future__ import annotations

from core.extract import administrations, entities, kb, state_bodies
from core.extract.furniture import furniture_ranges
from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_labels_capital_is_no_initial(nlp):
    text = HEADLINE + "He was appointed to the committee under section A Tom Ng chairs.\n"
    found = by_text(extract(nlp, text))
    assert "A Tom Ng" not in found


def test_an_initial_after_a_title_still_opens_the_name(nlp):
    text = HEADLINE + "Party general secretary A Rahim Karimov said the ban was wrong.\n"
    assert "A Rahim Karimov" in by_text(extract(nlp, text))


def test_one_test_for_a_states_word_is_shared():
    assert administrations.is_state_word is kb.is_state_word
    assert entities.is_state_word is kb.is_state_word
    assert state_bodies.is_state_word is kb.is_state_word
    assert kb.is_state_word("France") and not kb.is_state_word("Tuesday")


def test_a_headquarters_after_at_is_a_place(nlp):
    text = HEADLINE + "Ruritania and Vexland signed the treaty at the United Nations Headquarters in New York.\n"
    assert not any("Headquarters" in name for name in by_text(extract(nlp, text)))


def test_a_label_before_a_colon_is_no_name(nlp):
    text = HEADLINE + "The frigate left port on Monday.\nBackground: In May the frigate was seen off Ruritania.\n"
    assert "Background" not in by_text(extract(nlp, text))


def test_names_listed_before_channels_are_places(nlp):
    text = HEADLINE + "He said the strait, including the Vorla, Mintang, and Kesh channels, remains open to ships.\n"
    found = by_text(extract(nlp, text))
    assert "Vorla" not in found and "Mintang" not in found


def test_a_ship_class_before_ship_is_no_body(nlp):
    text = HEADLINE + "The navy watched a Dongmar Class Auxiliary Intelligence ship named Seaqueen off the coast.\n"
    assert not any("Class" in name for name in by_text(extract(nlp, text)))


def test_a_hyphen_opens_no_name(nlp):
    text = HEADLINE + "The Defence Department saw a People's Liberation Army-Navy intelligence collection vessel.\n"
    assert not any(name.startswith("-") for name in by_text(extract(nlp, text)))


def test_a_title_case_dateline_town_and_an_outlets_slash_are_furniture():
    text = "Two states sign treaty\nHanoi (VNA) - Ruritania signed a treaty.\nIt is worth 4 billion USD.-VNA\n"
    spans = [text[s:e] for s, e in furniture_ranges(text)]
    assert any("Hanoi" in s for s in spans) and any("VNA" in s and "-" in s for s in spans)
    text = "Two states sign treaty\nVexland News / Ruritania and Vexland signed a treaty on Thursday.\n"
    assert any("Vexland News" in text[s:e] for s, e in furniture_ranges(text))


def test_a_ship_named_by_words_and_a_number(nlp):
    text = HEADLINE + (
        "Vessels spent months shadowing the Chinese Dong Fang Kai 6 survey vessel near the coast.\n"
        "The vessel identified as Nan Hai Lu 12 was first seen on Sunday.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Dong Fang Kai 6"][0] is Kind.VESSEL
    assert found["Nan Hai Lu 12"][0] is Kind.VESSEL


def test_a_person_before_and_islands_minister_is_kept(nlp):
    text = HEADLINE + "Ruritania's Foreign Minister Tom Ng and Vexland Islands Minister of Trade Jo Ray met in May.\n"
    assert "Tom Ng" in by_text(extract(nlp, text))
