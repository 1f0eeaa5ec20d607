"""Mends of the round BA review (x-mendc67: items 2, 5, 6, 7), each on invented sentences; each first test fails
without its mend, each second one guards the rule's own case."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract
from tests.core.test_entities_news import HEADLINE


def _found(nlp, sentence: str) -> dict:
    return by_text(extract(nlp, HEADLINE + sentence + "\n"))


# item 2: a group's noun after a name (firm_people._group_after) needs a noun or adjective between, not a verb


def test_a_name_that_said_rebels_did_something_stays_a_person(nlp):
    for sentence in (
        "Jane Roe said rebels had entered the village overnight.",
        "Jane Roe urged rebels to lay down their arms.",
        "Jane Roe told group leaders that the talks would resume.",
    ):
        assert _found(nlp, sentence)["Jane Roe"][0] is Kind.OFFICIAL, sentence


def test_a_name_before_an_adjective_and_a_groups_noun_is_a_body(nlp):
    found = _found(nlp, "Police arrested members of the notorious Garcia drug gang on Monday.")
    assert found["Garcia"][0] is Kind.PARTY


# item 5: "officials told X" (outlet_shapes._told_outlet) only where X closes the clause and nothing is told of X


def test_a_leaders_surname_told_by_officials_stays_a_person(nlp):
    found = _found(
        nlp, "Marovian officials told Vardolen that the strikes must stop. Vardolen did not respond on Tuesday."
    )
    assert found["Vardolen"][0] is Kind.OFFICIAL


def test_a_name_officials_spoke_to_on_condition_of_anonymity_is_an_outlet(nlp):
    found = _found(nlp, "Two officials told Vestika on condition of anonymity that the meeting was canceled.")
    assert found["Vestika"][0] is Kind.PARTY


# item 6: plural makes after goods (products._plural_makes): the goods' word a noun, "as" only in "such as"


def test_a_name_after_watches_as_stays_a_person(nlp):
    found = _found(nlp, "The crowd watches as Ann Rogers speaks to reporters in the capital on Monday.")
    assert found["Ann Rogers"][0] is Kind.OFFICIAL


def test_plural_makes_after_goods_such_as_are_no_people(nlp):
    found = _found(nlp, "He owned a fleet of cars such as Vardenas, Kolbrins and Mestrels.")
    assert not any(kind is Kind.OFFICIAL for kind, _ in found.values())


# item 7: two bodies joined by "and" (paired_bodies): a bare head first splits only before "of X"


def test_a_bare_head_before_and_keeps_the_single_name_whole(nlp):
    found = _found(nlp, "The Army and Air Force Exchange Service said on Monday that the stores would reopen.")
    assert found["Army and Air Force Exchange Service"][0] is Kind.PARTY
    assert "Army" not in found


def test_a_bare_head_before_and_a_body_of_a_state_still_splits(nlp):
    found = _found(nlp, "Teams of the Navy and Coast Guard of Marovia remain on standby.")
    assert "Navy and Coast Guard of Marovia" not in found
    assert found["Coast Guard of Marovia"][0] is Kind.PARTY
