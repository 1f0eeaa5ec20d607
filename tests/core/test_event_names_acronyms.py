"""Named sports events are no bodies (event_names.py); a known acronym the text spells out as another body is that
body here (coref._spelled_here)."""

from __future__ import annotations

from core.extract import extract_text
from core.extract.event_names import drop_event_names
from core.model import Kind, LocalEntity, Span


def _entity(kind: Kind, *forms: str) -> LocalEntity:
    spans, at = [], 0
    for f in forms:
        spans.append(Span(at, at + len(f), f))
        at += len(f) + 1
    return LocalEntity(forms[0], kind, spans)


def test_sports_events_are_dropped() -> None:
    found = drop_event_names(
        [
            _entity(Kind.PARTY, "Copa Oceanica 2031 Trophy"),
            _entity(Kind.OFFICIAL, "Northern Rowing Championships"),
            _entity(Kind.PARTY, "Lakeland Cup 2029"),
        ]
    )
    assert found == []


def test_bodies_that_run_events_and_vessels_stay() -> None:
    kept = [
        _entity(Kind.PARTY, "Lakeland Cup Organising Committee"),
        _entity(Kind.PARTY, "Northern Rowing Federation"),
        _entity(Kind.VESSEL, "Olympics"),
        _entity(Kind.PARTY, "Lakeland Cup", "Lakeland Football Union"),  # one form is no event
    ]
    assert drop_event_names(kept) == kept


def _bodies(text: str) -> dict[str, set[str]]:
    return {e.name: {m.text for m in e.mentions} for e in extract_text(text).entities if e.kind == "PARTY"}


def test_known_acronym_spelled_out_as_another_body_joins_it() -> None:
    text = (
        "ICC weighs new venue for the final\n\n"
        "The ICC is under pressure. The International Cricket Council met in Dubai on Monday to discuss the "
        "schedule. Officials said the ICC would announce its decision next week."
    )
    found = _bodies(text)
    assert "International Cricket Council" in found
    assert "ICC" in found["International Cricket Council"]
    assert "International Criminal Court" not in found


def test_known_acronym_stays_with_the_known_body_when_named() -> None:
    text = "The International Criminal Court issued a warrant on Monday. Judges at the ICC said the case would proceed."
    found = _bodies(text)
    assert "ICC" in found.get("International Criminal Court", set())
