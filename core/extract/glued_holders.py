"""A body and the person who holds a post in it, read by the model as one name: "the Russian Ambassador to the
United Nations Jan Roe said", "Director of citizen protection at the Ministry of Foreign Affairs Jan Roe said". After
a title and "of/to/at the", a body's name (one the knowledge base knows, "Ministry/Office/Department of ...", or one
ending in a body's head word) followed by two capitalised name words (the last no dictionary word: not "Office of
Foreign Assets Control") is the body and then the post's holder: the span is cut in two, the body's part joins the
body of that name and the person's part (with the person's other mentions, "Roe said") joins the person of that name
when the article has one. Works on a document's finished entities; one regular expression per mention."""

from __future__ import annotations

import re

from core.extract.kb import lexicon_set, lookup, title_words
from core.extract.modifier_words import in_dictionary
from core.model import Kind, LocalEntity, Span

_GLUED = re.compile(r"(.+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
_BEFORE = re.compile(r"((?:\S+[ \t]+){1,6}?)(?:of|to|at|for)[ \t]+the[ \t]+$")
_FORMAL = ("Ministry of ", "Office of ", "Department of ")


def split_glued_holders(text: str, entities: list[LocalEntity]) -> list[LocalEntity]:
    """Cut each "<body> <First> <Last>" span written after a title into the body and the person."""
    out = list(entities)
    for e in entities:
        if e.kind not in {Kind.PARTY, Kind.OFFICIAL}:
            continue
        for m in e.mentions:
            cut = _cut(text, m)
            if cut is None:
                continue
            body_text, person_text = cut
            body_span = Span(m.start, m.start + len(body_text), body_text)
            person_span = Span(m.end - len(person_text), m.end, person_text)
            surname = person_text.split()[-1]
            person_mentions = [person_span] + [s for s in e.mentions if s.text in {person_text, surname}]
            body_mentions = [body_span] + [s for s in e.mentions if s is not m and s not in person_mentions]
            at = out.index(e)
            out.remove(e)
            _join(out, Kind.PARTY, _body_name(body_text), body_mentions, at)
            _join(out, Kind.OFFICIAL, person_text, person_mentions, len(out))
            break
    return out


def _cut(text: str, m: Span) -> tuple[str, str] | None:
    """(the body's words, the person's two words) when the span is a body glued to a person after a title."""
    found = _GLUED.fullmatch(m.text)
    if found is None or "\n" in m.text:
        return None
    body, first, last = found.groups()
    heads = lexicon_set("org_heads")
    if first in heads or last in heads or lookup(f"{first} {last}") is not None or lookup(last) is not None:
        return None
    if in_dictionary(last):
        return None  # "director of the Office of Foreign Assets Control": words, no surname
    known = lookup(body)
    if not ((known is not None and known.kind is Kind.PARTY) or body.startswith(_FORMAL) or body.split()[-1] in heads):
        return None
    before = _BEFORE.search(text, max(0, m.start - 80), m.start)
    if before is None:
        return None
    titles = title_words()[0]
    if not any(w.lower().strip(",") in titles for w in before.group(1).split()):
        return None
    return body, f"{first} {last}"


def _body_name(body: str) -> str:
    known = lookup(body)
    return known.name if known is not None and known.kind is Kind.PARTY else body


def _join(entities: list[LocalEntity], kind: Kind, name: str, mentions: list[Span], at: int) -> None:
    """Add the mentions to the entity of that kind named so (or written so once), else to a new one at ``at``."""
    texts = {s.text for s in mentions}
    for o in entities:
        if o.kind is kind and (o.name == name or any(s.text in texts | {name} for s in o.mentions)):
            o.mentions = sorted({(s.start, s.end): s for s in o.mentions + mentions}.values(), key=_start)
            return
    entities.insert(at, LocalEntity(name, kind, sorted(mentions, key=_start)))


def _start(span: Span) -> int:
    return span.start
