"""A body whose state only its canonical name holds ('the Justice Department' for 'US Department of Justice') is
tied to that state only where the text says so: a mention spelling the state, or the state named in the sentence
that first names the body (round AJ, false 'part of' pairs on blind13..39). Entities placed by hand."""

from __future__ import annotations

from core.model import Family
from tests.core.test_relations import P, S, pairs

SPEC = {
    "Chile": (S, ["Chile", "Chilean"]),
    "Peru": (S, ["Peru", "Peruvian"]),
    "Chile Department of Justice": (P, ["Justice Department", "Chilean Justice Department"]),
}
BODY = "Chile Department of Justice"


def _membership(text: str) -> bool:
    return Family.MEMBERSHIP in pairs(text, SPEC).get(frozenset({BODY, "Chile"}), set())


def test_a_body_named_without_its_state_is_not_tied_to_it():
    assert not _membership(
        "The Justice Department filed charges against a Peruvian hacker on Thursday. He is wanted in Chile."
    )


def test_a_body_whose_mention_spells_its_state_is_tied_to_it():
    assert _membership(
        "The Chilean Justice Department filed charges against a Peruvian hacker on Thursday. He is wanted in Chile."
    )


def test_a_body_named_in_a_sentence_naming_its_state_is_tied_to_it():
    assert _membership("Chile charged a Peruvian hacker on Thursday, the Justice Department said.")
