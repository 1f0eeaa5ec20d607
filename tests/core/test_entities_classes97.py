"""Round BH's entity classes (x-ent97, invented sentences): the former states (West Germany, the German Democratic
Republic, Yugoslavia, Czechoslovakia) are states of their own, not today's Germany or nothing ('East Germany' and
'East German' name today's eastern Germany as often: Germany, round BH's review); a body's name joined by "and"
keeps its first words when they are hyphened ("Agro-Food and Fisheries Authority") or when the model reads the whole
name after a first body's "and"."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE


def _names(entities, kind: Kind | None = None) -> set[str]:
    return {e.name for e in entities if kind is None or e.kind is kind}


def _forms(entities, kind: Kind | None = None) -> set[str]:
    return {m.text for e in entities if kind is None or e.kind is kind for m in e.mentions}


def test_west_germany_is_no_germany(nlp):
    text = (
        HEADLINE + "The president asked his allies to stay away from the games, and about forty countries, including "
        "Canada, West Germany and Norway, followed his lead. The German Democratic Republic took part."
    )
    states = _names(extract(nlp, text), Kind.STATE)
    assert "West Germany" in states and "German Democratic Republic" in states
    assert "Germany" not in states


def test_east_germany_is_todays_germany(nlp):
    for text in (
        "The far right won the vote in the East German state of Thuringia, and Russia welcomed it.",
        "Support for the far right is highest in East Germany, where Saxony votes next week.",
    ):
        states = _names(extract(nlp, HEADLINE + text), Kind.STATE)
        assert "Germany" in states and not {"East Germany", "German Democratic Republic"} & states


def test_germany_stays_germany(nlp):
    text = HEADLINE + "Germany and Norway signed the accord on Monday, the German foreign ministry said."
    states = _names(extract(nlp, text), Kind.STATE)
    assert "Germany" in states and "West Germany" not in states


def test_yugoslavia_and_czechoslovakia_are_states(nlp):
    text = (
        HEADLINE + "The tribunal was set up after the dissolution of Yugoslavia, the envoy said, recalling the "
        "peaceful split of Czechoslovakia."
    )
    states = _names(extract(nlp, text), Kind.STATE)
    assert {"Yugoslavia", "Czechoslovakia"} <= states


def test_a_hyphened_word_opens_a_body_joined_by_and(nlp):
    text = (
        HEADLINE + "The ship was met in port by agents with Norway's Agro-Food and Fisheries Authority, who found "
        "the logs in its hold."
    )
    forms = _forms(extract(nlp, text), Kind.PARTY)
    assert "Agro-Food and Fisheries Authority" in forms
    assert "Fisheries Authority" not in forms


def test_two_bodies_joined_by_and_stay_two(nlp):
    text = HEADLINE + "The Norland Navy and Ports Authority said on Monday that the harbour would reopen."
    forms = _forms(extract(nlp, text), Kind.PARTY)
    assert "Navy and Ports Authority" not in forms


def test_the_model_s_whole_name_after_a_first_body_s_and(nlp):
    text = (
        HEADLINE + "Vestria's Ministry of Commerce and National Development and Planning Commission did not "
        "immediately respond to a request for comment."
    )
    forms = _forms(extract(nlp, text), Kind.PARTY)
    assert "National Development and Planning Commission" in forms
    assert "Ministry of Commerce" in forms and "Planning Commission" not in forms
