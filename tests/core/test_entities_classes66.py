"""Entity classes of blind set 55 (issue #11, round BA), each on invented sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def test_a_one_word_exercise_name_in_quotes_or_with_its_year_is_no_actor(nlp):
    text = HEADLINE + (
        "Marovia closed the crossings as Belarus and Russia began their military exercises 'Zorvan' on Monday.\n"
        "Officials said the Zorvan drills would last a week.\n"
        "Warsaw acted ahead of the joint military exercises Halvek-2031. The Halvek manoeuvres began on Friday.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Zorvan" not in found and "Halvek" not in found and "Halvek-2031" not in found
    assert found["Belarus"][0] is Kind.STATE


def test_a_word_after_the_exercise_word_without_quotes_or_year_stays(nlp):
    text = HEADLINE + "The navy held exercises Monday with Japan, and Admiral Petra Lindqvist watched.\n"
    found = by_text(extract(nlp, text))
    assert found["Japan"][0] is Kind.STATE
    assert found["Petra Lindqvist"][0] is Kind.OFFICIAL


def test_a_peoples_word_opening_an_airline_names_no_state(nlp):
    text = HEADLINE + "Marovia revoked the licences of Latvian Airlines and Chilean Airways on Monday.\n"
    found = by_text(extract(nlp, text))
    assert found["Latvian Airlines"][0] is Kind.PARTY
    assert "Latvian" not in found and "Chilean" not in found


def test_a_peoples_word_elsewhere_still_names_its_state(nlp):
    text = HEADLINE + "Latvian officials said Latvian Airlines would resume its flights to Marovia.\n"
    found = by_text(extract(nlp, text))
    assert found["Latvian"][0] is Kind.STATE
    assert found["Latvian Airlines"][0] is Kind.PARTY


def test_two_bodies_joined_by_and_are_two(nlp):
    text = HEADLINE + (
        "The plane was refused by the Foreign Ministry and National Civil Aviation Authority of Marovia on Monday.\n"
        "Teams of the Navy and Marovian Coast Guard remain on standby.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Foreign Ministry"][0] is Kind.PARTY
    assert found["National Civil Aviation Authority of Marovia"][0] is Kind.PARTY
    assert not any(" and " in t for t in found)


def test_a_body_whose_first_part_ends_in_no_head_stays_whole(nlp):
    text = HEADLINE + (
        "The Ministry of Trade and Industry said on Monday that the Department of Health and Human Services agreed.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Ministry of Trade and Industry"][0] is Kind.PARTY
    assert found["Department of Health and Human Services"][0] is Kind.PARTY


def test_a_forums_summit_is_no_body(nlp):
    text = HEADLINE + (
        "The deals were signed during the 2031 Forum on Marovia-Africa Trade (FOMAT) Summit in Beijing.\n"
        "FOMAT was first held in 2000. The president spoke on the margins of the Ninth Halvek International"
        " Conference for Coastal Development (HICCD9), in Yokohama, Japan.\n"
    )
    found = by_text(extract(nlp, text))
    assert not any("Forum" in t or "Conference" in t or "FOMAT" in t or "Coastal" in t for t in found)


def test_a_forum_named_without_a_summit_or_an_ordinal_stays_a_body(nlp):
    text = HEADLINE + "Leaders of the Marovian Islands Forum met on the sidelines of the World Economic Forum.\n"
    found = by_text(extract(nlp, text))
    assert found["Marovian Islands Forum"][0] is Kind.PARTY
    assert found["World Economic Forum"][0] is Kind.PARTY


def test_a_feast_before_celebrations_is_no_actor(nlp):
    text = HEADLINE + "The treaty will be signed in Marovia's Khujand during Vesak celebrations, he said.\n"
    found = by_text(extract(nlp, text))
    assert "Vesak" not in found


def test_a_known_body_before_celebrations_stays(nlp):
    text = HEADLINE + "Crowds in Gaza joined Hamas celebrations on Monday, Marovia said.\n"
    found = by_text(extract(nlp, text))
    assert found["Hamas"][0] is Kind.PARTY


def test_a_leaders_name_before_celebrations_is_no_feast(nlp):
    # round BA review item 3: only a feast of the closed list is an event; a name there still acts elsewhere
    text = HEADLINE + (
        "Supporters poured into the streets for Tavoni celebrations after the vote."
        " President Tavoni thanked them on Monday.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Tavoni" in found


def test_a_feast_of_several_words_before_celebrations_is_no_actor(nlp):
    text = HEADLINE + "Marovia closed the border during Lunar New Year celebrations, officials said.\n"
    found = by_text(extract(nlp, text))
    assert not any("New Year" in t for t in found)


def test_a_forum_acting_elsewhere_stays_a_body_after_its_summit(nlp):
    # round BA review item 4: the summit's span is an event, the forum's own name elsewhere is still the body
    text = HEADLINE + (
        "Leaders gathered for the Marovian Islands Forum summit in Tonga on Monday.\n"
        "The Marovian Islands Forum said in a statement that the talks had been fruitful.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Marovian Islands Forum"][0] is Kind.PARTY


def test_the_event_collector_gathers_exercises_and_summits(nlp):
    # round BA review item 8: summits are reached through summits.event_names, not hidden in exercise_names
    from core.extract.exercises import exercise_names
    from core.extract.summits import event_names

    doc = nlp("Troops joined the Noble Harrow exercise before the 2031 Forum on Marovia Trade (FOMAT) Summit opened.")
    texts = {doc[m.start : m.end].text for m in event_names(doc)}
    assert "Noble Harrow" in texts and any("Forum" in t for t in texts)
    assert not any("Forum" in doc[m.start : m.end].text for m in exercise_names(doc))
