"""Names the model cuts in two: an office named after its country, a command named after its force.

"the United States Trade Representative said": a title-case run that ends in "Representative" right after a
country's name, with no person's name after it, is the office itself (a body), not a person: the country's words and
the title are one name. With a name after it ("US Trade Representative Jane Roe") it stays a title. "the People's
Liberation Army Eastern Theater Command": a command written right after the force it belongs to is named with it, as
one body.
"""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.model import Kind

_OFFICE_HEADS = {"Representative"}
_FORCE_ENDS = {"Army", "Navy", "Force", "Forces", "Corps", "Guard", "Guards", "Marines"}


def offices_of_states(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """``chosen`` with each "<country> ... Representative" office made one body's mention."""
    states = {m.end: m for m in chosen if m.kind is Kind.STATE and m.chars is None and m.role in {"name", "acronym"}}
    if not states:
        return chosen
    gone: set[int] = set()
    for m in chosen:
        if m.kind is not Kind.OFFICIAL or m.chars is not None or doc[m.end - 1].text not in _OFFICE_HEADS:
            continue
        state = states.get(m.start)
        named_after = m.end < len(doc) and doc[m.end].ent_type_ == "PERSON"
        if state is None or named_after or not all(t.is_title for t in doc[m.start : m.end]):
            continue
        gone.add(id(state))
        m.start, m.kind, m.key, m.role, m.tier = state.start, Kind.PARTY, None, "org", 1
    return [m for m in chosen if id(m) not in gone]


def commands_of_forces(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """``chosen`` with each "<force> ... Command" written as one name made one body's mention."""
    forces = {
        m.end: m
        for m in chosen
        if m.kind is Kind.PARTY and m.key is not None and m.chars is None and m.key.split()[-1] in _FORCE_ENDS
    }
    if not forces:
        return chosen
    gone: set[int] = set()
    for m in chosen:
        if m.kind is not Kind.PARTY or m.key is not None or m.chars is not None or doc[m.end - 1].text != "Command":
            continue
        force = forces.get(m.start)
        if force is not None and force is not m:
            gone.add(id(force))
            m.start, m.name = force.start, None
    return [m for m in chosen if id(m) not in gone]
