"""Entity and relation classes first seen on blind66's first run (issue #11, x-b66-87), each on invented sentences: a
weight before a goods word ("3089 Kgs Charas"), a ship's prefix that is also a body's acronym ("RFA", "MSC"), a quoted
nickname inside a person's name, a ship's class word ("Mistral-class") used bare, "&" for "and" inside one body's
name, and a state's own ministry tied to it by another act (MEMBERSHIP, the organ-and-state rule).

The measure of quality is bench/real (real articles, scored); these pin each rule and a case where it could over-fire.
"""

from __future__ import annotations

from core.model import Family, Kind
from tests.core.test_entities import by_name, extract
from tests.core.test_entities_news import HEADLINE
from tests.core.test_relations import P, S, stated, tied


def _names(nlp, sentence: str) -> dict:
    return by_name(extract(nlp, HEADLINE + sentence + "\n"))


def _mentions(found: dict) -> set[str]:
    return {t for _, forms in found.values() for t in forms}


# units of measure after a number (things.names_a_thing)


def test_a_weight_before_a_goods_word_is_no_name(nlp):
    found = _names(nlp, "The seized drugs include 2170 Kgs Hashish, 93 Kgs Heroin and 12 Kgs Ketamine, the navy said.")
    assert not any(t.startswith("Kgs") for t in _mentions(found)), found


def test_a_unit_word_with_no_number_before_it_is_left_alone(nlp):
    found = _names(nlp, "The Tons Valley Council met in Dravik on Monday.")
    assert any("Council" in t for t in _mentions(found)), found


# ship prefixes that are also acronyms (hulls.ACRONYM_PREFIXES)


def test_rfa_before_a_name_is_a_ship(nlp):
    found = _names(nlp, "Sailors and marines on board RFA Corvane hauled bales of cocaine near Aruba on Monday.")
    ships = {n: v for n, v in found.items() if v[0] is Kind.VESSEL}
    assert any("RFA Corvane" in forms for _, forms in ships.values()), found


def test_msc_before_a_name_is_a_ship_and_alone_the_line(nlp):
    found = _names(nlp, "Agents seized cocaine aboard the boxship MSC Tavola. In a statement, MSC said it helps them.")
    ships = [forms for kind, forms in found.values() if kind is Kind.VESSEL]
    assert any("MSC Tavola" in forms for forms in ships), found
    assert any(kind is Kind.PARTY and "MSC" in forms for kind, forms in found.values()), found


def test_rfa_alone_stays_the_radio(nlp):
    found = _names(nlp, "Radio Free Asia (RFA) reported the arrests. RFA said the police declined to comment.")
    assert not any(kind is Kind.VESSEL for kind, _ in found.values()), found


# a quoted nickname inside a person's name (nicknamed.py)


def test_a_quoted_nickname_inside_a_name_is_one_person(nlp):
    found = _names(nlp, "Tomas Varga, a son of jailed drug lord Emilio ‘El Toro’ Varga, was extradited to Spain.")
    assert any("Emilio ‘El Toro’ Varga" in forms for _, forms in found.values()), found
    assert not any(t.startswith("Emilio ‘El") and t.endswith("Toro") for t in _mentions(found)), found


def test_a_quoted_word_between_two_names_is_no_nickname(nlp):
    found = _names(nlp, 'Chancellor Anton Berger called the deal "historic" Monday in Dravik.')
    assert not any('"historic"' in t for t in _mentions(found)), found


# a ship's class word used bare (things.names_a_thing)


def test_a_ship_class_word_used_bare_is_no_body(nlp):
    found = _names(nlp, "Two Corsaro-class assault ships were built for the navy. Corsaro's air wing holds 16 jets.")
    assert "Corsaro" not in found, found


# "&" for "and" (kb.fold)


def test_ampersand_and_and_spell_one_body(nlp):
    found = _names(
        nlp,
        "Officials of the Customs and Frontier Service seized the ship. On July 4, Customs & Frontier Service "
        "officials executed a search warrant.",
    )
    bodies = [forms for kind, forms in found.values() if kind is Kind.PARTY and any("Frontier" in f for f in forms)]
    assert len(bodies) == 1, found


# a state's own ministry (announcements.ministry_members)

SPEC = {
    "Chile": (S, ["Chile", "Chilean"]),
    "Peru": (S, ["Peru", "Peruvian"]),
    "Ministry of Foreign Affairs of Chile": (P, ["Chilean foreign ministry"]),
}


def test_a_states_own_ministry_is_its_member_whatever_it_did():
    got = stated("The Chilean foreign ministry had at the weekend called on Chilean citizens to leave Peru.", SPEC)
    assert tied(got, "Ministry of Foreign Affairs of Chile", "Chile", Family.MEMBERSHIP), got
    assert not tied(got, "Ministry of Foreign Affairs of Chile", "Chile", Family.DIPLOMACY), got


def test_another_states_ministry_keeps_the_act():
    spec = {"Chile": (S, ["Chile"]), "Ministry of Foreign Affairs of Peru": (P, ["Peruvian foreign ministry"])}
    got = stated("The Peruvian foreign ministry summoned Chile's ambassador on Monday.", spec)
    assert not tied(got, "Ministry of Foreign Affairs of Peru", "Chile", Family.MEMBERSHIP), got


def test_a_nickname_in_straight_quotes_the_model_reads_as_one_name(nlp):
    found = _names(nlp, 'Pedro Alvarez, a son of jailed drug lord Joaquin "El Toro" Mendez, was extradited to Spain.')
    assert any('Joaquin "El Toro" Mendez' in forms for _, forms in found.values()), found


def test_a_nicknamed_name_joins_the_same_name_without_the_nickname(nlp):
    found = _names(nlp, "Police said gang leader Rony ‘Le Chat’ Delmar fled. Officers arrested Rony Delmar in Dravik.")
    people = [forms for kind, forms in found.values() if kind is Kind.OFFICIAL and any("Delmar" in f for f in forms)]
    assert len(people) == 1 and "Rony ‘Le Chat’ Delmar" in people[0], found


def test_msc_before_a_firm_word_stays_the_firm(nlp):
    found = _names(nlp, "The cruise line MSC Cruises said on Monday that its ships would avoid the Red Sea.")
    assert not any(kind is Kind.VESSEL for kind, _ in found.values()), found
