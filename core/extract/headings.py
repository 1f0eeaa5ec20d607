"""Bullet headings ("• Licensing and Company Creation:") hold no names; a person named before "... vessel" is a ship."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from core.extract.coref import Mention
from core.extract.kb import lexicon_set
from core.extract.nlp import doc_column
from core.model import Kind

# a bulleted line whose head, up to its colon, is written in title case
_BULLET_HEAD = re.compile(r"^[ \t]*[\u2022\u25aa\u25cf\u00b7*-][ \t]+([^:\n]{3,120}):", re.MULTILINE)
_SMALL = {"and", "of", "to", "on", "the", "in", "for", "a", "an", "at", "by", "with", "from", "over", "as", "or"}
_BETWEEN = 3  # lowercase words between a ship's name and its noun: "seismic research vessel"


def heading_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the title-case heads of bulleted lines."""
    out = []
    for m in _BULLET_HEAD.finditer(text):
        words = re.findall(r"[^\W\d_][\w'\u2019-]*", m.group(1))
        if words and all(w[0].isupper() or w in _SMALL for w in words):
            out.append(m.span(1))
    return out


def in_heading(doc: Doc, m: Mention, spans: list[tuple[int, int]]) -> bool:
    """An unkeyed body or person inside a bullet's title-case head: a heading's words, not a name."""
    if not spans or m.key is not None or m.kind not in {Kind.PARTY, Kind.OFFICIAL} or m.chars is not None:
        return False
    a, b = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
    return any(s <= a and b <= e for s, e in spans)


def ship_before_noun(doc: Doc, m: Mention) -> Mention:
    """ "Turkey's Oruc Reis seismic research vessel": an unkeyed person named right before a ship's noun is the ship."""
    if m.kind is not Kind.OFFICIAL or m.key is not None or m.chars is not None or m.end - m.start < 2:
        return m
    if not all(w[:1].isupper() for w in doc_column(doc, "text")[m.start : m.end]):
        return m  # "Hong Kong-flagged vessel": the flag, not the name
    nouns = lexicon_set("vessel_nouns")
    k = m.end
    # only modifiers between ("seismic research"), never a verb or a determiner ("docked his yacht")
    while k < len(doc) and k - m.end < _BETWEEN and doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN"}:
        if doc[k].lower_ in nouns and (k + 1 == len(doc) or doc[k + 1].lower_ not in nouns):
            m.kind, m.key, m.role = Kind.VESSEL, doc[m.start : m.end].text, "name"
            return m
        k += 1
    return m
