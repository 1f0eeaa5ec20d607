"""Two states' names glued by a lost line break are the second state, not a body (glued_states); on invented
sentences."""

from __future__ import annotations

from core.model import Kind
from tests.core.test_entities import by_text, extract


def test_a_dateline_glued_to_the_next_state_is_that_state(nlp):
    text = "HAVANA, CubaCzech Republic Foreign Minister Jan Novak said on Monday that he would call in the envoy."
    found = by_text(extract(nlp, text))
    assert "CubaCzech Republic" not in found, found
    assert found["Czech Republic"][0] is Kind.STATE, found


def test_a_headline_glued_to_a_state_opening_the_next_line_is_that_state(nlp):
    text = "Experts sent to help PeruChile has long fought such outbreaks with drones, the team said."
    found = by_text(extract(nlp, text))
    assert "PeruChile" not in found, found
    assert found["Chile"][0] is Kind.STATE, found
