"""Named storms, not people: "Hurricane Milton", "Typhoon Haiyan", "Cyclone Freddy", "floods from Storm Daniel". A
storm's kind written as a title right before a given name (inside the name or just before it) names weather, never a
person or a body."""

from __future__ import annotations

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.model import Kind

# storm kinds written before a storm's given name
_KINDS = frozenset({"hurricane", "typhoon", "cyclone"})
# "Storm" alone also opens a missile's name ("Storm Shadow") or a person's: a storm's only where a weather word
# hangs on the name or the name on it ("Storm Daniel's floods", "floods caused by Storm Daniel")
_WEATHER = frozenset({"flood", "floods", "flooding", "rain", "rains", "rainfall", "winds", "landfall", "downpours"})


def _storm_word(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if not tok.is_title:
        return False
    if tok.lower_ in _KINDS:
        return True
    if tok.text != "Storm":
        return False
    head = tok.head if tok.dep_ == "compound" else tok  # the name's head: 'Storm Daniel'
    near = list(head.children)  # 'Storm Daniel's floods'; 'floods from Storm Daniel', 'floods caused by Storm Daniel'
    near.extend(head.head.children)  # 'Storm Daniel caused floods', 'Storm Daniel brought torrential rain'
    for _ in range(3):
        near.append(head := head.head)
    return any(t.lower_ in _WEATHER for t in near)


def names_a_storm(doc: Doc, m: Mention) -> bool:
    """Does this person-or-body mention without a key start with, or follow, a storm's kind ("Hurricane Milton")?"""
    if m.key is not None or m.kind not in (Kind.PARTY, Kind.OFFICIAL):
        return False
    if m.end - m.start > 1 and _storm_word(doc, m.start):
        return True
    return m.start > 0 and _storm_word(doc, m.start - 1)
