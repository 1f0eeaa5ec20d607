"""A mention inside a longer mention of the same entity ("Coast Guard" in "China's Coast Guard") is not a second one.

A nested mention is kept only while it is the entity's sole record of that form in the document: the forms of an
entity's mentions are its aliases (resolution joins documents through them, and a later "the Coast Guard said" is
found through them), so the first nested "Coast Guard" stays when nothing else spells it, and every other nested
one goes.
"""

from __future__ import annotations

from core.model import LocalEntity, Span


def _form(text: str) -> str:
    return " ".join(text.casefold().split())


def without_nested(mentions: list[Span]) -> list[Span]:
    """``mentions`` less each one inside another, longer one whose form the others already carry; order kept."""
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    nested: set[tuple[int, int]] = set()
    reach = -1  # the furthest end of the mentions begun so far
    for m in ordered:
        if m.end <= reach:
            nested.add((m.start, m.end))
        reach = max(reach, m.end)
    known = {_form(m.text) for m in mentions if (m.start, m.end) not in nested}
    dropped: set[tuple[int, int]] = set()
    for m in ordered:
        if (m.start, m.end) in nested:
            if _form(m.text) in known:
                dropped.add((m.start, m.end))
            known.add(_form(m.text))
    return [m for m in mentions if (m.start, m.end) not in dropped]


def drop_nested(entities: list[LocalEntity]) -> list[LocalEntity]:
    """Each entity without its redundant nested mentions (a mention of another entity never hides one)."""
    for entity in entities:
        entity.mentions = without_nested(entity.mentions)
    return entities
