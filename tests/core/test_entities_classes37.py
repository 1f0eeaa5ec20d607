"""Entity classes recurring on the first runs of blind sets 28-30 (issue #11, round Y), each on invented sentences."""

from __future__ import annotations

import pytest

from core.extract.forces import body_signature
from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


@pytest.mark.parametrize(
    ("formal", "plain"),
    [
        ("Royal Norwegian Navy", "Norwegian navy"),
        ("Armed Forces of the Philippines", "Philippine armed forces"),
        ("Navy of Brazil", "Brazil's navy"),
    ],
)
def test_a_crown_or_of_state_force_name_has_the_plain_forms_signature(formal, plain):
    assert body_signature(formal) is not None
    assert body_signature(formal) == body_signature(plain)


def test_not_every_of_name_is_a_states_force():
    assert body_signature("Ministry of Defence of the Philippines") is None
    assert body_signature("Royal Navy") is None  # no state word: left to the lexicon


def test_the_royal_navy_of_a_state_and_its_plain_form_are_one_body(nlp):
    text = HEADLINE + (
        "The Royal Norwegian Navy sent a frigate to the strait on Monday. A spokesman for the Norwegian navy said"
        " the frigate would stay for a week.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Royal Norwegian Navy"][1] == found["Norwegian navy"][1]


def test_the_armed_forces_of_a_state_and_its_plain_form_are_one_body(nlp):
    text = HEADLINE + (
        "The Armed Forces of the Philippines said on Monday that two ships had been shadowed. Philippine armed"
        " forces will keep patrolling the shoal, it said.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["Armed Forces of the Philippines"][1] == found["Philippine armed forces"][1]


def test_a_states_lower_case_parliament_is_a_body_of_that_state(nlp):
    text = HEADLINE + (
        "Norway's parliament ratified the port sale in June. The parliament also approved a new customs law.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Norway's parliament" in found
    assert found["Norway's parliament"][1] == found["parliament"][1]
    assert found["Norway"][1] != found["parliament"][1]


def test_a_parliament_under_its_formal_name_is_the_states_parliament():
    assert body_signature("National Assembly of Kenya") == ("Kenya", "parliament")
    assert body_signature("Kenya's parliament") == ("Kenya", "parliament")
    assert body_signature("Kenyan Grand National Assembly") == ("Kenya", "parliament")
    assert body_signature("National Assembly") is None


def test_the_formal_parliament_and_the_states_lower_case_parliament_are_one_body(nlp):
    text = HEADLINE + (
        "The National Assembly of Kenya approved the treaty on Monday. Kenya's parliament had delayed the vote"
        " twice.\n"
    )
    found = by_text(extract(nlp, text))
    assert found["National Assembly of Kenya"][1] == found["Kenya's parliament"][1]


def test_a_bare_surname_read_as_a_body_is_the_one_person_of_another_document_who_carries_it():
    from core.model import DocExtraction, LocalEntity, Span
    from core.resolve import resolve

    def one(name, kind):
        return LocalEntity(name=name, kind=kind, mentions=[Span(0, len(name), name)])

    resolved = resolve([
        (1, DocExtraction(entities=[one("Lorcan Vesey", Kind.OFFICIAL), one("Marta Quill", Kind.OFFICIAL)])),
        (2, DocExtraction(entities=[one("Vesey", Kind.PARTY), one("Halvard", Kind.PARTY)])),
        (3, DocExtraction(entities=[one("Ada Quill", Kind.OFFICIAL), one("Quill", Kind.PARTY)])),
    ])
    found = {e.name: (e.kind, set(e.members)) for e in resolved}
    assert found["Lorcan Vesey"] == (Kind.OFFICIAL, {(1, 0), (2, 0)})
    assert found["Halvard"][0] is Kind.PARTY  # no person carries it
    assert found["Quill"] == (Kind.PARTY, {(3, 1)})  # two people carry it: left alone


def test_a_titles_portfolio_after_of_is_no_first_name_of_the_holder(nlp):
    text = HEADLINE + "Secretary of Commerce John Doe signed the order on Monday, and Doe said it would stand.\n"
    found = by_text(extract(nlp, text))
    assert "Commerce John Doe" not in found
    assert found["John Doe"][0] is Kind.OFFICIAL


def test_a_parliament_written_as_a_place_is_no_body(nlp):
    text = HEADLINE + (
        "The leaders met for a summit at the Danish parliament on Monday. The party holds most seats in the Norwegian"
        " parliament. Greece's parliament voted for the treaty on Tuesday.\n"
    )
    found = by_text(extract(nlp, text))
    assert "Danish parliament" not in found and "Norwegian parliament" not in found
    assert found["Greece's parliament"][0] is Kind.PARTY  # the twin: a parliament that acts is a body
