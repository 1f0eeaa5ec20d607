"""Round U entity classes (invented sentences): a prison and a bridge are places, plural ranks and a sailor's rank
before names, a quoted nickname between given name and surname, a national society named with its demonym, an
operation's year, a task group's dotted number after its commander's rank, a page's picture widget."""

from __future__ import annotations

from core.extract.furniture import furniture_ranges
from core.model import Kind
from tests.core.test_entities import extract
from tests.core.test_entities_news import HEADLINE, holding


def _texts(entities) -> set[str]:
    return {m.text for e in entities for m in e.mentions}


def test_a_prison_and_a_bridge_are_no_actors(nlp):
    text = (
        HEADLINE + "The poet spent years in Valdor Prison near the capital, Ruritania said. "
        "Trucks reached the Merano International Bridge that links Ruritania and Borduria on Thursday."
    )
    texts = _texts(extract(nlp, text))
    assert not [t for t in texts if "Prison" in t or "Bridge" in t]


def test_plural_ranks_and_a_sailors_rank_are_no_part_of_the_names(nlp):
    text = (
        HEADLINE + "The officers, namely Captains Anil Kumar Sethi, Ravi Das, Commanders Vikram Rao and Sailor Ramesh, "
        "were freed by Qatar."
    )
    texts = _texts(extract(nlp, text))
    assert "Anil Kumar Sethi" in texts and "Ramesh" in texts
    assert not [t for t in texts if "Captains" in t or "Sailor" in t]


def test_a_given_name_before_a_quoted_nickname_is_no_person_of_its_own(nlp):
    text = HEADLINE + "President Ferdinand \u201cBingo\u201d Alvarez Jr. said Ruritania would take her back."
    texts = _texts(extract(nlp, text))
    assert "Ferdinand" not in texts


def test_a_national_society_keeps_its_demonym(nlp):
    text = HEADLINE + "The Chadian Red Crescent Society said it sent aid to Sudan on Monday."
    found = extract(nlp, text)
    society = holding(found, "Chadian Red Crescent Society")
    assert society is not None and society.kind is Kind.PARTY


def test_an_operations_year_and_a_task_groups_number_close_their_names(nlp):
    text = (
        HEADLINE + "Australia sent troops under Operation Kanga Assist 2022 on Monday. "
        "Commander Joint Task Group 631.4 and Commanding Officer Captain Stuart Wells said all were well."
    )
    texts = _texts(extract(nlp, text))
    assert "Operation Kanga Assist 2022" in texts and "Joint Task Group 631.4" in texts
    assert not [t for t in texts if "Commander" in t or "Commanding" in t]


def test_a_picture_widget_is_furniture():
    text = "Ship leaves for the islands\n\nCamera IconHMAS Sydney has left for Tonga, where it will help.\n"
    taken = [text[a:b] for a, b in furniture_ranges(text)]
    assert any("Camera Icon" in t for t in taken)
    assert not any("Tonga" in t for t in taken)
