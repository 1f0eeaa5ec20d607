"""A state's mission abroad named as "the Embassy of X" (or its consulate, high commission) is, in the news
networks we build, the state speaking through it: the name is a mention of the state, not a body of its own.
So is "the Indian High Commission" / "the Kenyan Embassy": the demonym is the state's mention, and the bare
"High Commission" that takes up the name later is the same mission, no body of its own either."""

from __future__ import annotations

import re

from core.model import Kind, LocalEntity, Span

_MISSION = re.compile(r"(?:[Tt]he[ \t]+)?(?:Embassy|Consulate(?:[ \t]+General)?|High[ \t]+Commission)[ \t]+of[ \t]+")
_KIND = r"(?:Embassy|Consulate(?:[ \t]+General)?|High[ \t]+Commission)"
_OWNED = re.compile(r"(?:[Tt]he[ \t]+)?(?:(\w+)[ \t]+)?" + _KIND)  # "the Indian High Commission", "High Commission"


def missions_as_states(entities: list[LocalEntity]) -> list[LocalEntity]:
    """Entities with each "Embassy of X" body (X a state of the document) folded into the state as a mention."""
    if not any(e.kind is Kind.PARTY and ("of" in e.name or _OWNED.fullmatch(e.name)) for e in entities):
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
            if _owned_mission(e, states):
                gone.add(id(e))
            continue
        owners = [states.get(m.text[h.end() :].removeprefix("the ")) for m, h in zip(e.mentions, heads, strict=True)]
        if None in owners:
            continue
        for m, h, state in zip(e.mentions, heads, owners, strict=True):
            state.mentions.append(Span(m.start + h.end(), m.end, m.text[h.end() :]))
            state.mentions.sort(key=lambda s: s.start)
        gone.add(id(e))
    return [e for e in entities if id(e) not in gone]


def _owned_mission(e: LocalEntity, states: dict[str, LocalEntity]) -> bool:
    """ "the Indian High Commission" (and its bare "High Commission"), India a state of the document: each demonym
    becomes a mention of its state; True when the body is folded so."""
    owned = [_OWNED.fullmatch(m.text) for m in e.mentions]
    if not all(owned) or not any(h.group(1) for h in owned):
        return False
    if any(h.group(1) and h.group(1) not in states for h in owned):
        return False
    for m, h in zip(e.mentions, owned, strict=True):
        if h.group(1):
            state, a, b = states[h.group(1)], m.start + h.start(1), m.start + h.end(1)
            if not any((s.start, s.end) == (a, b) for s in state.mentions):
                state.mentions.append(Span(a, b, h.group(1)))
                state.mentions.sort(key=lambda s: s.start)
    return True
