"""Ties stated inside a noun phrase (round AW): a demonym on an occupation noun before a name, and an envoy to a
body named right after the title."""

from __future__ import annotations

import pytest

from core.extract.entities import find_entities
from core.extract.relations import find_relations
from core.model import Family
from tests.core.test_entities_news import HEADLINE


def _read(nlp, text: str) -> set[tuple[str, str, Family]]:
    doc = nlp(HEADLINE + text + "\n")
    ents = find_entities(doc)
    names = [e.name for e in ents]
    return {(names[r.source], names[r.target], r.family) for r in find_relations(doc, ents)}


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("The protest was led by Canadian parliamentarian Marek Dolin over the allegations.", "Marek Dolin", "Canada"),
        ("The court refused to extradite British hedge fund trader Anil Varsh.", "Anil Varsh", "United Kingdom"),
        ("He was called the agent of billionaire US philanthropist Gideon Marr.", "Gideon Marr", "United States"),
        ("The Kuwaiti undersecretary Fahad Al Nimri said the committee was working.", "Fahad Al Nimri", "Kuwait"),
        ("The rally was joined by Swedish campaigner Elsa Lindqvist on Friday.", "Elsa Lindqvist", "Sweden"),
    ],
)
def test_a_demonym_on_an_occupation_before_a_name_is_membership(nlp, text, person, state):
    got = _read(nlp, text)
    assert (person, state, Family.MEMBERSHIP) in got, got


def test_an_envoy_to_a_body_named_right_after_the_title(nlp):
    text = "Chinese Ambassador to the UN Lu Wenqi ahead of the vote said the resolution would undercut the talks."
    got = _read(nlp, text)
    assert ("Lu Wenqi", "United Nations", Family.DIPLOMACY) in got, got
    assert ("Lu Wenqi", "China", Family.MEMBERSHIP) in got, got
    assert ("China", "United Nations", Family.DIPLOMACY) in got, got


def test_an_act_on_a_nationality_titled_person_reaches_the_person(nlp):
    """The words-between layer skipped a name describing a title ('British businessman'); when the title runs into a
    named person, the act is on the person."""
    got = _read(nlp, "A court refused Denmark's request to extradite British businessman Anil Varsh over a fraud.")
    assert ("Denmark", "Anil Varsh", Family.ENFORCEMENT) in got, got
    assert not {t for t in got if {t[0], t[1]} == {"Denmark", "United Kingdom"} and t[2] is not Family.ASSOCIATION}


def test_a_nationality_titled_person_after_a_nouns_of_is_not_acted_on(nlp):
    text = (
        "Orla Fund is the Singapore-registered private investment vehicle of Chinese national Wu Dalin,"
        " Reuters reported."
    )
    got = _read(nlp, text)
    assert not {t for t in got if {t[0], t[1]} == {"Singapore", "Wu Dalin"} and t[2] is not Family.ASSOCIATION}, got


def test_an_author_of_a_book_on_a_state_is_no_member_of_it(nlp):
    got = _read(nlp, "Jane Roe, the author of a book on Japan, said the vote was rigged.")
    assert ("Jane Roe", "Japan", Family.MEMBERSHIP) not in got, got
