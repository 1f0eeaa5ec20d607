"""A mention nested inside a longer mention of the same entity is not counted as a second mention."""

from __future__ import annotations

from core.extract.nested import drop_nested, without_nested
from core.extract.pipeline import extract_text
from core.model import Kind, LocalEntity, Span


def _span(text: str, part: str, start: int = 0) -> Span:
    at = text.index(part, start)
    return Span(at, at + len(part), part)


def test_inner_mention_of_a_known_form_goes_outer_and_separate_ones_stay() -> None:
    text = "China's Coast Guard said the Coast Guard ships left; China's Coast Guard returned."
    outer = _span(text, "China's Coast Guard")
    inner = _span(text, "Coast Guard", outer.start)
    alone = _span(text, "Coast Guard", outer.end)
    second = _span(text, "China's Coast Guard", alone.end)
    kept = without_nested([outer, inner, alone, second, _span(text, "Coast Guard", second.start)])
    assert kept == [outer, alone, second]


def test_first_nested_form_stays_as_the_only_record_of_that_alias() -> None:
    text = "China's Coast Guard fired; later China's Coast Guard and China's coast guard left."
    outers = [_span(text, "China's Coast Guard"), _span(text, "China's Coast Guard", 5)]
    outers.append(_span(text, "China's coast guard"))
    inners = [_span(text, "Coast Guard"), _span(text, "Coast Guard", outers[1].start), _span(text, "coast guard")]
    kept = without_nested([outers[0], inners[0], outers[1], inners[1], outers[2], inners[2]])
    assert kept == [outers[0], inners[0], outers[1], outers[2]]


def test_only_the_same_entity_hides_a_mention() -> None:
    text = "Philippine Coast Guard vessels"
    body = LocalEntity("Philippine Coast Guard", Kind.PARTY, [_span(text, "Philippine Coast Guard")])
    state = LocalEntity("Philippines", Kind.STATE, [_span(text, "Philippine")])
    drop_nested([body, state])
    assert [m.text for m in state.mentions] == ["Philippine"]
    assert [m.text for m in body.mentions] == ["Philippine Coast Guard"]


def test_extraction_counts_a_nested_name_once() -> None:
    text = (
        "China's Coast Guard fired water cannon at two Philippine vessels near the shoal on Tuesday.\n\n"
        "China's Coast Guard said the ships had intruded, and the Philippine Coast Guard denied it.\n"
    )
    extraction = extract_text(text)
    for entity in extraction.entities:
        spans = [(m.start, m.end) for m in entity.mentions]
        nested = [
            m.text.casefold()
            for m in entity.mentions
            if any(c <= m.start and m.end <= d and (c, d) != (m.start, m.end) for c, d in spans)
        ]
        outer = {m.text.casefold() for m in entity.mentions} - set(nested)
        assert len(nested) == len(set(nested)) and not set(nested) & outer, (entity.name, spans)
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text
    guard = [e for e in extraction.entities if "China" in e.name and "Guard" in e.name]
    assert guard, [e.name for e in extraction.entities]
    texts = [m.text for m in guard[0].mentions]
    assert texts == ["China's Coast Guard", "Coast Guard", "China's Coast Guard"], texts
