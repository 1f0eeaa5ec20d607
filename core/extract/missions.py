"""A state's mission abroad named as "the Embassy of X" (or its consulate, high commission) is, in the news
networks we build, the state speaking through it: the name is a mention of the state, not a body of its own."""

from __future__ import annotations

import re

from core.model import Kind, LocalEntity, Span

_MISSION = re.compile(r"(?:[Tt]he[ \t]+)?(?:Embassy|Consulate(?:[ \t]+General)?|High[ \t]+Commission)[ \t]+of[ \t]+")


def missions_as_states(entities: list[LocalEntity]) -> list[LocalEntity]:
    """Entities with each "Embassy of X" body (X a state of the document) folded into the state as a mention."""
    if not any(e.kind is Kind.PARTY and "of" in e.name for e in entities):
        return entities
    states = {m.text: e for e in entities if e.kind is Kind.STATE for m in e.mentions} | {
        e.name: e for e in entities if e.kind is Kind.STATE
    }
    gone = set()
    for e in entities:
        if e.kind is not Kind.PARTY:
            continue
        heads = [_MISSION.match(m.text) for m in e.mentions]
        if not all(heads):
            continue
        owners = [states.get(m.text[h.end() :].removeprefix("the ")) for m, h in zip(e.mentions, heads, strict=True)]
        if None in owners:
            continue
        for m, h, state in zip(e.mentions, heads, owners, strict=True):
            state.mentions.append(Span(m.start + h.end(), m.end, m.text[h.end() :]))
            state.mentions.sort(key=lambda s: s.start)
        gone.add(id(e))
    return [e for e in entities if id(e) not in gone]
