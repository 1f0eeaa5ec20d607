"""Whatever the rules find, every mention and evidence span must equal the text at its offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.extract import extract_text

NAMES = ["North Korea", "Cuba’s", "Kim Jong-un", "Raúl Castro", "the U.S.", "Pyongyang", "KCNA", "Venezuela",
         "the freighter Sea Star", "President Nicolás Maduro", "Workers’ Party of Korea", "Ri Il Gyu"]
GLUE = [" met ", " visited ", "\u00a0sent a delegation to\u00a0", " and ", ", ", ". ", " said “", "” ", "\n\n",
        " ’s ", " — ", " signed a deal with ", " (", ") "]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(GLUE)), min_size=2, max_size=14))
def test_spans_equal_text_at_their_offsets(parts: list[tuple[str, str]]) -> None:
    text = "".join(name + glue for name, glue in parts) + "."
    extraction = extract_text(text)
    for entity in extraction.entities:
        assert entity.mentions
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text
    for relation in extraction.relations:
        assert 0 <= relation.source < len(extraction.entities)
        assert 0 <= relation.target < len(extraction.entities)
        ev = relation.evidence
        assert text[ev.start : ev.end] == ev.text


def test_corpus_style_characters_survive() -> None:
    text = "North\u00a0Korea’s state media said Cuba’s leader met “Kim Jong-un” in Pyongyang.\n\nCuba thanked him."
    extraction = extract_text(text)
    found = {m.text for e in extraction.entities for m in e.mentions}
    assert found, "the sentence names states and a person"
    for e in extraction.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
