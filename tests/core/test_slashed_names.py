"""A slash tight inside a body's name joins its two words (`slashed_names.slash_inside_name`, x-b83e-127)."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract


def test_a_slash_inside_a_body_name_keeps_the_name_whole(nlp):
    text = "Staff of the Federal Search/Rescue Coordination Office met the families in Tallinn on Friday."
    found = by_text(extract(nlp, text))
    assert found.get("Federal Search/Rescue Coordination Office", (None,))[0] is Kind.PARTY, found
    assert "Federal Search" not in found, found


def test_a_slash_at_the_start_of_a_name_still_parts_two_bodies(nlp):
    text = "The NATO/EU Joint Planning Mission reported to both councils on Monday."
    found = by_text(extract(nlp, text))
    assert "NATO/EU Joint Planning Mission" not in found, found
